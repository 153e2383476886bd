"""Plain rows for the records table, months with records, and putting deleted records and students back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from jilu_desktop.domain.activities import (
    SUMMARY_EXCERPT,
    ActivityFilter,
    ActivityKind,
    ActivityRecord,
    ActivitySummary,
)
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from jilu_desktop.services import AppServices


def _as_summary(record: ActivityRecord) -> ActivitySummary:
    a = record.activity
    names = tuple(s.name for s in record.students)
    return ActivitySummary(record.id, a.date, a.time, a.kind, names, a.place, a.content[:SUMMARY_EXCERPT])


def add(services: AppServices, **fields: Any) -> int:
    values: dict[str, Any] = {"date": "2026-12-01", "kind": "talk", "place": "办公室", "content": "谈心"}
    values.update(fields)
    return services.activities.add(**values)


@pytest.fixture
def demo(services: AppServices) -> AppServices:
    services.demo.fill([2025, 2026], per_month=30)  # several hundred records: both ways of naming students
    return services


@pytest.mark.parametrize(
    "flt",
    [
        ActivityFilter(),
        ActivityFilter(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31)),
        ActivityFilter(kind=ActivityKind.HOME_VISIT),
        ActivityFilter(student_id=2),
        ActivityFilter(search="王芳"),
        ActivityFilter(search="教室", kind=ActivityKind.TUTORING, start=dt.date(2026, 9, 1)),
        ActivityFilter(search="没有这样的内容"),
    ],
)
@pytest.mark.parametrize("newest_first", [True, False])
def test_summaries_are_the_listed_records_in_the_same_order(
    demo: AppServices, flt: ActivityFilter, newest_first: bool
) -> None:
    expected = [_as_summary(r) for r in demo.activities.list(flt, newest_first)]

    assert demo.activities.summaries(flt, newest_first) == expected


def test_summary_fields(services: AppServices) -> None:
    li, wang = services.students.add(name="李小明"), services.students.add(name="王芳")
    long_text = "辅导" * 100
    first = add(services, date="2026-11-20", time="16:30", kind="补课", student_ids=[wang, li], content=long_text)
    second = add(services, student_ids=[li], place="学生家中", kind="家访")

    rows = services.activities.summaries()

    assert (
        rows
        == [
            ActivitySummary(
                second, dt.date(2026, 12, 1), None, ActivityKind.HOME_VISIT, ("李小明",), "学生家中", "谈心"
            ),
            ActivitySummary(
                first,
                dt.date(2026, 11, 20),
                dt.time(16, 30),
                ActivityKind.TUTORING,
                ("王芳", "李小明"),  # in the order given, not by id
                "办公室",
                long_text[:SUMMARY_EXCERPT],
            ),
        ]
    )


def test_limit_gives_the_latest(demo: AppServices) -> None:
    latest = demo.activities.summaries(limit=5)

    assert latest == demo.activities.summaries()[:5]


def test_months_with_their_counts(services: AppServices) -> None:
    li = services.students.add(name="李小明")
    for date in ("2026-12-01", "2026-12-03", "2026-10-09", "2025-10-09"):
        add(services, date=date, student_ids=[li])

    assert services.activities.months() == [(Month(2026, 12), 2), (Month(2026, 10), 1), (Month(2025, 10), 1)]


def test_a_deleted_record_comes_back_as_it_was(services: AppServices) -> None:
    li, wang = services.students.add(name="李小明"), services.students.add(name="王芳")
    activity_id = add(services, student_ids=[wang, li], time="07:50", content="早读前谈心")
    before = services.activities.get(activity_id)

    deleted = services.activities.delete(activity_id)
    services.activities.restore(deleted)

    assert services.activities.get(activity_id) == before  # same id, students in order, same times


def test_restore_refuses_an_id_taken_meanwhile(services: AppServices) -> None:
    li = services.students.add(name="李小明")
    activity_id = add(services, student_ids=[li])
    record = services.activities.get(activity_id)

    with pytest.raises(ConflictError) as raised:
        services.activities.restore(record)

    assert raised.value.message("zh") == f"编号为 {activity_id} 的活动记录已经存在，无法恢复被删除的那一条"


def test_restore_refuses_a_record_whose_student_is_gone(services: AppServices) -> None:
    li = services.students.add(name="李小明")
    record = services.activities.delete(add(services, student_ids=[li]))
    services.students.delete(li)

    with pytest.raises(ValidationError) as raised:
        services.activities.restore(record)

    assert raised.value.field == "students"
    assert services.activities.list() == []


def test_a_deleted_student_comes_back_under_the_same_id(services: AppServices) -> None:
    li = services.students.add(
        name="李小明",
        class_name="五(1)班",
        gender="男",
        birth_year=2015,
        difficulties=["learning"],
        difficulty_detail="留守",
    )
    before = services.students.get(li)

    services.students.restore(services.students.delete(li))

    assert services.students.get(li) == before
    with pytest.raises(ConflictError):
        services.students.restore(before)


def test_a_slice_at_a_time(demo: AppServices) -> None:
    everything = demo.activities.summaries()

    assert demo.activities.summaries(limit=50, offset=100) == everything[100:150]
    assert demo.activities.summaries(limit=50, offset=len(everything)) == []


@pytest.mark.parametrize(
    "flt",
    [
        ActivityFilter(),
        ActivityFilter(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31)),
        ActivityFilter(kind=ActivityKind.TUTORING),
        ActivityFilter(search="王芳"),
        ActivityFilter(search="没有这样的内容"),
    ],
)
def test_count_records_and_person_times(demo: AppServices, flt: ActivityFilter) -> None:
    rows = demo.activities.summaries(flt)

    assert demo.activities.count(flt) == (len(rows), sum(len(r.students) for r in rows))


def test_delete_and_restore_several_at_once(services: AppServices) -> None:
    li = services.students.add(name="李小明")
    ids = [add(services, student_ids=[li], content=text) for text in ("一", "二", "三")]
    before = services.activities.list()

    deleted = services.activities.delete_many(ids[:2])
    assert [r.activity.content for r in services.activities.list()] == ["三"]

    services.activities.restore_many(deleted)
    assert services.activities.list() == before


def test_several_at_once_is_all_or_nothing(services: AppServices) -> None:
    li = services.students.add(name="李小明")
    ids = [add(services, student_ids=[li], content=text) for text in ("一", "二")]

    with pytest.raises(NotFoundError):
        services.activities.delete_many([ids[0], 999])
    assert len(services.activities.list()) == 2

    deleted = services.activities.delete_many(ids)
    assert add(services, student_ids=[li], content="新的") > max(ids)  # a freed id is never given again
    services.activities.restore_many(deleted[1:])  # the second is back: restoring both again cannot be done
    with pytest.raises(ConflictError):
        services.activities.restore_many(deleted)
    assert sorted(r.activity.content for r in services.activities.list()) == ["二", "新的"]
    services.activities.restore_many(deleted[:1])
    assert sorted(r.activity.content for r in services.activities.list()) == ["一", "二", "新的"]
