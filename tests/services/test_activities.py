"""Activities through the service: record, edit, delete, and find them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from jilu_desktop.domain.activities import ActivityFilter, ActivityKind, StudentRef
from jilu_desktop.domain.errors import NotFoundError, ValidationError
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock


@pytest.fixture
def kids(services: AppServices) -> dict[str, int]:
    return {name: services.students.add(name=name) for name in ("李小明", "王芳", "张伟", "刘洋")}


def add(services: AppServices, **fields: Any) -> int:
    values: dict[str, Any] = {"date": "2026-12-01", "kind": "talk", "place": "办公室", "content": "谈心"}
    values.update(fields)
    return services.activities.add(**values)


def test_add_and_get(services: AppServices, kids: dict[str, int], clock: FixedClock) -> None:
    ids = [kids["张伟"], kids["李小明"], kids["王芳"]]
    activity_id = add(
        services, date="2026-11-20", time="16:30", kind="补课", student_ids=ids, place=" 教室 ", content="辅导数学"
    )
    record = services.activities.get(activity_id)
    assert record.id == activity_id
    assert record.activity.date == dt.date(2026, 11, 20)
    assert record.activity.time == dt.time(16, 30)
    assert record.activity.kind is ActivityKind.TUTORING
    assert record.activity.place == "教室"
    assert record.activity.content == "辅导数学"
    # Students come back in the order given, with their names.
    assert record.activity.student_ids == tuple(ids)
    assert record.students == (
        StudentRef(kids["张伟"], "张伟"),
        StudentRef(kids["李小明"], "李小明"),
        StudentRef(kids["王芳"], "王芳"),
    )
    assert record.created_at == clock.now()
    assert record.updated_at == clock.now()


def test_add_refuses_unknown_student_and_writes_nothing(services: AppServices, kids: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        add(services, student_ids=[kids["王芳"], 999])
    assert caught.value.code == "unknown_student"
    assert caught.value.field == "students"
    assert caught.value.message("zh") == "没有编号为 999 的学生"
    assert services.activities.list() == []
    assert services.students.get(kids["王芳"]).activity_count == 0


def test_add_refuses_invalid_fields(services: AppServices, kids: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        add(services, student_ids=[kids["王芳"]], date="2026-12-05")
    assert caught.value.code == "future_date"
    with pytest.raises(ValidationError) as caught:
        add(services, student_ids=[])
    assert caught.value.code == "no_students"
    assert services.activities.list() == []


def test_get_unknown(services: AppServices) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.activities.get(5)
    assert caught.value.code == "unknown_activity"
    assert caught.value.message("en") == "there is no activity with id 5"


def test_list_newest_first(services: AppServices, kids: dict[str, int]) -> None:
    s = [kids["王芳"]]
    a = add(services, student_ids=s, date="2026-11-02")
    b = add(services, student_ids=s, date="2026-12-01", time="08:00")
    c = add(services, student_ids=s, date="2026-12-01", time="16:00")
    d = add(services, student_ids=s, date="2026-10-15")
    e = add(services, student_ids=s, date="2026-11-02")  # same day as a, recorded later
    assert [r.id for r in services.activities.list()] == [c, b, e, a, d]
    assert [r.id for r in services.activities.list(newest_first=False)] == [d, a, e, b, c]


def test_filter_by_date_range_inclusive(services: AppServices, kids: dict[str, int]) -> None:
    s = [kids["王芳"]]
    last_oct = add(services, student_ids=s, date="2026-10-31")
    first_nov = add(services, student_ids=s, date="2026-11-01")
    last_nov = add(services, student_ids=s, date="2026-11-30")
    first_dec = add(services, student_ids=s, date="2026-12-01")
    november = ActivityFilter(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30))
    assert [r.id for r in services.activities.list(november)] == [last_nov, first_nov]
    assert [r.id for r in services.activities.list(ActivityFilter(start=dt.date(2026, 11, 30)))] == [
        first_dec,
        last_nov,
    ]
    assert [r.id for r in services.activities.list(ActivityFilter(end=dt.date(2026, 10, 31)))] == [last_oct]


def test_filter_by_kind_and_student(services: AppServices, kids: dict[str, int]) -> None:
    talk = add(services, kind="talk", student_ids=[kids["王芳"], kids["张伟"]])
    visit = add(services, kind="家访", student_ids=[kids["张伟"]])
    tutoring = add(services, kind="tutoring", student_ids=[kids["李小明"], kids["王芳"]])
    assert [r.id for r in services.activities.list(ActivityFilter(kind=ActivityKind.HOME_VISIT))] == [visit]
    by_wang = services.activities.list(ActivityFilter(student_id=kids["王芳"]))
    assert sorted(r.id for r in by_wang) == sorted([talk, tutoring])
    # The filtered activities still come back with all of their students.
    assert {r.id: len(r.students) for r in by_wang} == {talk: 2, tutoring: 2}
    both = ActivityFilter(kind=ActivityKind.TALK, student_id=kids["张伟"])
    assert [r.id for r in services.activities.list(both)] == [talk]
    assert services.activities.list(ActivityFilter(student_id=kids["刘洋"])) == []


def test_search_content_place_and_student_name(services: AppServices, kids: dict[str, int]) -> None:
    by_content = add(services, student_ids=[kids["王芳"]], content="讲解分数应用题", place="教室")
    by_place = add(services, student_ids=[kids["王芳"]], content="谈心", place="心理辅导室")
    by_name = add(services, student_ids=[kids["刘洋"], kids["王芳"]], content="谈心", place="操场")

    def found(text: str) -> set[int]:
        return {r.id for r in services.activities.list(ActivityFilter(search=text))}

    assert found("分数") == {by_content}
    assert found("辅导室") == {by_place}
    assert found("刘洋") == {by_name}
    assert found("王芳") == {by_content, by_place, by_name}
    assert found("  分数  ") == {by_content}
    assert found("") == {by_content, by_place, by_name}
    assert found("没有这个") == set()
    combined = ActivityFilter(search="谈心", student_id=kids["刘洋"])
    assert [r.id for r in services.activities.list(combined)] == [by_name]


def test_search_matches_percent_and_underscore_literally(services: AppServices, kids: dict[str, int]) -> None:
    s = [kids["王芳"]]
    percent = add(services, student_ids=s, content="正确率提高到 90%")
    underscore = add(services, student_ids=s, content="作业本 a_b 页")
    backslash = add(services, student_ids=s, content="路径 C:\\作业")
    plain = add(services, student_ids=s, content="正确率提高到 90 分，作业本 axb 页")

    def found(text: str) -> set[int]:
        return {r.id for r in services.activities.list(ActivityFilter(search=text))}

    assert found("%") == {percent}
    assert found("90%") == {percent}
    assert found("_") == {underscore}
    assert found("a_b") == {underscore}
    assert found("\\") == {backslash}
    assert found("90") == {percent, plain}


def test_edit_changes_given_fields_only(services: AppServices, kids: dict[str, int]) -> None:
    activity_id = add(services, student_ids=[kids["王芳"]], date="2026-11-20", time="16:30", place="教室")
    edited = services.activities.edit(activity_id, content="谈学习计划与作息")
    assert edited.activity.content == "谈学习计划与作息"
    assert edited.activity.date == dt.date(2026, 11, 20)
    assert edited.activity.time == dt.time(16, 30)
    assert edited.activity.place == "教室"
    assert services.activities.get(activity_id) == edited


def test_edit_replaces_students_in_the_new_order(services: AppServices, kids: dict[str, int]) -> None:
    a, b, c, d = kids["李小明"], kids["王芳"], kids["张伟"], kids["刘洋"]
    activity_id = add(services, student_ids=[a, b, c])
    edited = services.activities.edit(activity_id, student_ids=[c, d, a])
    assert edited.activity.student_ids == (c, d, a)
    assert [s.name for s in edited.students] == ["张伟", "刘洋", "李小明"]
    assert services.activities.get(activity_id).activity.student_ids == (c, d, a)
    assert services.students.get(b).activity_count == 0
    assert services.students.get(d).activity_count == 1
    services.activities.edit(activity_id, student_ids=[b])
    assert services.activities.get(activity_id).students == (StudentRef(b, "王芳"),)


def test_edit_keeps_created_at_and_moves_updated_at(services: AppServices, kids: dict[str, int]) -> None:
    activity_id = add(services, student_ids=[kids["王芳"]])
    created = services.activities.get(activity_id).created_at
    later = FixedClock(dt.date(2026, 12, 6), dt.datetime(2026, 12, 6, 9, 0))
    edited = AppServices(services.db, later).activities.edit(activity_id, place="图书室")
    assert edited.created_at == created
    assert edited.updated_at == dt.datetime(2026, 12, 6, 9, 0)


def test_edit_refuses_unknown_student_and_changes_nothing(services: AppServices, kids: dict[str, int]) -> None:
    activity_id = add(services, student_ids=[kids["王芳"], kids["张伟"]], content="原来的")
    before = services.activities.get(activity_id)
    with pytest.raises(ValidationError) as caught:
        services.activities.edit(activity_id, student_ids=[kids["王芳"], 999], content="新的")
    assert caught.value.code == "unknown_student"
    assert services.activities.get(activity_id) == before


def test_edit_refuses_invalid_fields_and_changes_nothing(services: AppServices, kids: dict[str, int]) -> None:
    activity_id = add(services, student_ids=[kids["王芳"]])
    before = services.activities.get(activity_id)
    with pytest.raises(ValidationError) as caught:
        services.activities.edit(activity_id, time="24:00", place="新地点")
    assert caught.value.code == "bad_time"
    assert services.activities.get(activity_id) == before


def test_edit_unknown(services: AppServices, kids: dict[str, int]) -> None:
    activity_id = add(services, student_ids=[kids["王芳"]])
    with pytest.raises(NotFoundError):
        services.activities.edit(activity_id + 1, place="x")
    with pytest.raises(TypeError, match="mood"):
        services.activities.edit(activity_id, mood="good")


def test_delete_returns_what_was_deleted(services: AppServices, kids: dict[str, int]) -> None:
    keep = add(services, student_ids=[kids["王芳"]])
    gone = add(services, student_ids=[kids["张伟"], kids["王芳"]], content="要删除的")
    deleted = services.activities.delete(gone)
    assert deleted.id == gone
    assert deleted.activity.content == "要删除的"
    assert deleted.activity.student_ids == (kids["张伟"], kids["王芳"])
    assert [r.id for r in services.activities.list()] == [keep]
    assert services.students.get(kids["张伟"]).activity_count == 0
    with pytest.raises(NotFoundError):
        services.activities.get(gone)
    with pytest.raises(NotFoundError):
        services.activities.delete(gone)
    # What delete returned is enough to restore it.
    a = deleted.activity
    restored = services.activities.add(
        date=a.date, time=a.time, kind=a.kind, student_ids=a.student_ids, place=a.place, content=a.content
    )
    assert services.activities.get(restored).activity == a


def test_last_place(services: AppServices, kids: dict[str, int]) -> None:
    assert services.activities.last_place() is None
    add(services, student_ids=[kids["王芳"]], place="教室", date="2026-12-01")
    add(services, student_ids=[kids["王芳"]], place="学生家中", date="2026-11-01")  # recorded later
    assert services.activities.last_place() == "学生家中"
