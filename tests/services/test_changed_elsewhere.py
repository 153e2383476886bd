"""`expected`: a change made only if the object is still as the caller (the window's undo) left it.

The other program is a second AppServices on the same data folder, as the `jilu` command opens it while the
window is open.
"""

from __future__ import annotations

import pytest

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.errors import ConflictError, NotFoundError
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock


@pytest.fixture
def li(services: AppServices) -> int:
    return services.students.add(name="李小明", class_name="五(1)班")


def _add(services: AppServices, student: int, content: str = "谈心") -> int:
    return services.activities.add(date="2026-12-01", kind="talk", student_ids=[student], place="教室", content=content)


# --- activities ---


def test_an_activity_is_edited_only_if_unchanged(services: AppServices, cli: AppServices, li: int) -> None:
    record = services.activities.get(_add(services, li))
    cli.activities.edit(record.id, place="图书室（命令行改的）")

    with pytest.raises(ConflictError) as raised:
        services.activities.edit(record.id, expected=record, content="改了")

    assert raised.value.message("zh").startswith("2026-12-01 的这条活动记录已在别处被修改（例如在命令行中）")
    assert "was changed elsewhere" in raised.value.message("en")
    stored = services.activities.get(record.id).activity
    assert (stored.place, stored.content) == ("图书室（命令行改的）", "谈心")  # nothing written


def test_an_unchanged_activity_is_edited(services: AppServices, li: int) -> None:
    record = services.activities.get(_add(services, li))
    services.students.edit(li, name="李晓明")  # the students' names are not the record's fields

    after = services.activities.edit(record.id, expected=record, content="改了")

    assert after.activity.content == "改了"


def test_an_activity_is_deleted_only_if_unchanged(services: AppServices, cli: AppServices, li: int) -> None:
    record = services.activities.get(_add(services, li))
    cli.activities.edit(record.id, content="命令行补充的内容")

    with pytest.raises(ConflictError):
        services.activities.delete(record.id, expected=record)
    with pytest.raises(ConflictError):
        services.activities.delete_many([record.id], expected=[record])

    assert services.activities.get(record.id).activity.content == "命令行补充的内容"
    assert services.activities.delete(record.id, expected=services.activities.get(record.id)).id == record.id


def test_deleting_several_deletes_none_if_one_was_changed(services: AppServices, cli: AppServices, li: int) -> None:
    records = [services.activities.get(_add(services, li, text)) for text in ("一", "二", "三")]
    cli.activities.edit(records[2].id, content="三（改）")

    with pytest.raises(ConflictError):
        services.activities.delete_many([r.id for r in records], expected=records)

    assert len(services.activities.list()) == 3


def test_a_new_record_never_takes_the_id_of_one_deleted_elsewhere(
    services: AppServices, cli: AppServices, li: int, paths: AppPaths
) -> None:
    record = services.activities.get(_add(services, li))
    cli.activities.delete(record.id)
    # A new record, written later with the very same fields, gets an id of its own, not the freed one.
    later = open_services(paths, FixedClock(record.created_at.date(), record.created_at.replace(minute=59)))
    try:
        assert _add(later, li) > record.id
    finally:
        later.close()

    with pytest.raises(NotFoundError):
        services.activities.delete(record.id, expected=record)
    assert len(services.activities.list()) == 1


def test_a_record_deleted_elsewhere_is_not_found(services: AppServices, cli: AppServices, li: int) -> None:
    record = services.activities.get(_add(services, li))
    cli.activities.delete(record.id)

    with pytest.raises(NotFoundError):
        services.activities.edit(record.id, expected=record, content="改了")
    assert services.activities.list() == []


# --- students ---


def test_a_student_is_edited_or_deleted_only_if_unchanged(services: AppServices, cli: AppServices, li: int) -> None:
    before = services.students.get(li).student
    cli.students.edit(li, class_name="五(2)班")

    with pytest.raises(ConflictError) as raised:
        services.students.edit(li, expected=before, name="李晓明")
    with pytest.raises(ConflictError):
        services.students.delete(li, expected=before)

    assert raised.value.message("zh").startswith("学生“李小明”的信息已在别处被修改")
    assert services.students.get(li).student.class_name == "五(2)班"
    now = services.students.get(li).student
    assert services.students.edit(li, expected=now, name="李晓明").student.name == "李晓明"


# --- the pledge ---


def test_a_pledge_is_written_or_deleted_only_if_unchanged(services: AppServices, cli: AppServices, li: int) -> None:
    first = services.pledges.set(2026, li, measures="每周两次午休辅导").pledge
    cli.pledges.set(2026, li, commitments="命令行写的承诺")

    with pytest.raises(ConflictError) as raised:
        services.pledges.delete(2026, expected=first)
    with pytest.raises(ConflictError):
        services.pledges.set(2026, li, measures="", expected=first)
    with pytest.raises(ConflictError):
        services.pledges.set(2026, li, measures="", expected=None)  # “there was none”: there is one now

    assert raised.value.message("zh").startswith("2026学年的志愿书已在别处被修改")
    view = services.pledges.get(2026)
    assert view is not None
    assert (view.pledge.measures, view.pledge.commitments) == ("每周两次午休辅导", "命令行写的承诺")
    assert services.pledges.set(2026, li, measures="", expected=view.pledge).pledge.measures == ""
    assert services.pledges.set(2025, li, measures="去年", expected=None).pledge.measures == "去年"


# --- the profile ---


def test_the_profile_is_changed_only_if_unchanged(services: AppServices, cli: AppServices) -> None:
    before = services.profile.update(name="王丽华", school="湖塘实验小学")
    cli.profile.update(post="语文教师")

    with pytest.raises(ConflictError) as raised:
        services.profile.update(expected=before, school="别的学校")

    assert raised.value.message("zh").startswith("个人信息已在别处被修改")
    assert (services.profile.get() or before).school == "湖塘实验小学"
    now = services.profile.get()
    assert services.profile.update(expected=now, school="别的学校").school == "别的学校"
