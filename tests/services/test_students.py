"""Students through the service: add, edit, list, and delete without orphaning a record."""

from __future__ import annotations

import pytest

from jilu_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services import AppServices


def test_add_and_get(services: AppServices) -> None:
    student_id = services.students.add(
        name="李小明",
        class_name="五(1)班",
        gender="male",
        birth_year="2015",
        difficulties=["学习", "经济"],
        difficulty_detail="数学基础薄弱",
    )
    record = services.students.get(student_id)
    assert record.id == student_id
    assert record.activity_count == 0
    assert record.student.name == "李小明"
    assert record.student.gender == "男"
    assert record.student.birth_year == 2015
    assert record.student.difficulties == frozenset({Difficulty.LEARNING, Difficulty.ECONOMIC})
    assert record.student.difficulty_detail == "数学基础薄弱"


def test_rare_names(services: AppServices) -> None:
    ids = [services.students.add(name=name) for name in ("𠀾", "䶮", "龘")]
    assert [services.students.get(i).student.name for i in ids] == ["𠀾", "䶮", "龘"]


def test_invalid_student_not_added(services: AppServices) -> None:
    with pytest.raises(ValidationError) as caught:
        services.students.add(name="小明", birth_year="1970")
    assert caught.value.code == "year_out_of_range"
    assert services.students.list() == []


def test_list_by_class_then_name_with_counts(services: AppServices) -> None:
    b = services.students.add(name="乙", class_name="五(2)班")
    a = services.students.add(name="甲", class_name="五(1)班")
    c = services.students.add(name="丙", class_name="五(1)班")
    services.activities.add(date="2026-12-01", kind="talk", student_ids=[a, b], place="教室", content="谈心")
    services.activities.add(date="2026-12-02", kind="tutoring", student_ids=[a], place="教室", content="辅导")
    listed = services.students.list()
    assert [(r.student.class_name, r.student.name) for r in listed] == [
        ("五(1)班", "丙"),  # bǐng before jiǎ
        ("五(1)班", "甲"),
        ("五(2)班", "乙"),
    ]
    assert {r.id: r.activity_count for r in listed} == {a: 2, b: 1, c: 0}
    assert services.students.get(a).activity_count == 2


def test_list_in_chinese_order(services: AppServices) -> None:
    """Class numbers in number order (hanzi or digits), then names by pinyin, as a Chinese reader expects."""
    for name, class_name in [
        ("周婷", "五(10)班"),
        ("赵敏", "五(2)班"),
        ("陈静", "五(2)班"),
        ("徐丽", "四(1)班"),
        ("李小明", "五(2)班"),
        ("张伟", "十一班"),
    ]:
        services.students.add(name=name, class_name=class_name)
    listed = [(r.student.class_name, r.student.name) for r in services.students.list()]
    assert listed == [
        ("四(1)班", "徐丽"),
        ("五(2)班", "陈静"),
        ("五(2)班", "李小明"),
        ("五(2)班", "赵敏"),
        ("五(10)班", "周婷"),
        ("十一班", "张伟"),
    ]


def test_edit_keeps_fields_not_given(services: AppServices) -> None:
    student_id = services.students.add(
        name="王芳", class_name="五(1)班", gender="女", birth_year=2015, difficulties=["economic"]
    )
    edited = services.students.edit(student_id, class_name="六(1)班")
    assert edited.student.class_name == "六(1)班"
    stored = services.students.get(student_id)
    assert stored.student == edited.student
    assert stored.student.name == "王芳"
    assert stored.student.gender == "女"
    assert stored.student.birth_year == 2015
    assert stored.student.difficulties == frozenset({Difficulty.ECONOMIC})


def test_edit_replaces_difficulties(services: AppServices) -> None:
    student_id = services.students.add(name="张伟", difficulties=["learning", "economic"])
    services.students.edit(student_id, difficulties=["economic", "心理"])
    assert services.students.get(student_id).student.difficulties == frozenset(
        {Difficulty.ECONOMIC, Difficulty.PSYCHOLOGICAL}
    )
    services.students.edit(student_id, difficulties=[])
    assert services.students.get(student_id).student.difficulties == frozenset()


def test_bad_edit_changes_nothing(services: AppServices) -> None:
    student_id = services.students.add(name="张伟", class_name="五(1)班")
    with pytest.raises(ValidationError):
        services.students.edit(student_id, class_name="六(1)班", gender="?")
    assert services.students.get(student_id).student.class_name == "五(1)班"


def test_edit_unknown_field_or_student(services: AppServices) -> None:
    student_id = services.students.add(name="张伟")
    with pytest.raises(TypeError, match="nickname"):
        services.students.edit(student_id, nickname="伟伟")
    with pytest.raises(NotFoundError) as caught:
        services.students.edit(999, name="x")
    assert caught.value.code == "unknown_student"


def test_get_unknown(services: AppServices) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.students.get(42)
    assert caught.value.code == "unknown_student"
    assert caught.value.message("zh") == "没有编号为 42 的学生"
    assert caught.value.message("en") == "there is no student with id 42"


def test_delete(services: AppServices) -> None:
    student_id = services.students.add(name="杨帆", difficulties=["other"])
    deleted = services.students.delete(student_id)
    assert deleted.id == student_id
    assert deleted.student.name == "杨帆"
    assert services.students.list() == []
    with pytest.raises(NotFoundError):
        services.students.get(student_id)


def test_delete_unknown(services: AppServices) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.students.delete(7)
    assert caught.value.code == "unknown_student"


def test_delete_refused_while_in_records(services: AppServices) -> None:
    student_id = services.students.add(name="刘洋")
    other = services.students.add(name="陈静")
    for day in ("2026-11-02", "2026-11-03"):
        services.activities.add(date=day, kind="talk", student_ids=[other, student_id], place="教室", content="谈心")
    with pytest.raises(ConflictError) as caught:
        services.students.delete(student_id)
    assert caught.value.code == "student_has_records"
    assert caught.value.message("zh") == "学生“刘洋”还有 2 条活动记录，不能删除；请先修改或删除这些记录"
    assert caught.value.message("en") == (
        'student "刘洋" still appears in 2 activities and cannot be deleted; edit or delete those first'
    )
    assert services.students.get(student_id).student.name == "刘洋"
    # Once the records no longer name the student, the student can go.
    for record in services.activities.list():
        services.activities.edit(record.id, student_ids=[other])
    services.students.delete(student_id)
    assert [r.id for r in services.students.list()] == [other]


def test_delete_refused_for_a_pledge_mentee(services: AppServices) -> None:
    student_id = services.students.add(name="吴昊")
    services.pledges.set(2025, student_id)
    services.pledges.set(2026, student_id)
    with pytest.raises(ConflictError) as caught:
        services.students.delete(student_id)
    assert caught.value.code == "student_is_mentee"
    assert caught.value.message("zh") == "学生“吴昊”是2025、2026学年志愿书中的重点帮扶学生，不能删除"
    assert services.students.get(student_id).student.name == "吴昊"


def test_the_same_child_entered_twice_is_caught(services: AppServices) -> None:
    first = services.students.add(name="李小明", class_name="五(1)班")
    for class_name in ("五(1)班", ""):
        with pytest.raises(ConflictError) as caught:
            services.students.add(name="李小明", class_name=class_name)
        assert caught.value.code == "student_same_name" and caught.value.field == "name"
        assert caught.value.message("zh") == (
            f"学生名单中已经有“李小明”（五(1)班，编号 {first}）。如果这是另一名同名的学生，请确认后再添加；"
            "也可以在姓名后加字区分，如“李小明（大）”"
        )
    assert [r.id for r in services.students.list()] == [first]  # nothing added


def test_same_name_in_another_class_or_confirmed_is_added(services: AppServices) -> None:
    first = services.students.add(name="李小明", class_name="五(1)班")
    other_class = services.students.add(name="李小明", class_name="三(2)班")
    confirmed = services.students.add(name="李小明", class_name="五(1)班", same_name_ok=True)
    assert len({first, other_class, confirmed}) == 3
    with pytest.raises(ConflictError):  # no class given: it could be any of them
        services.students.add(name="李小明")


def test_the_message_names_every_student_of_that_name(services: AppServices) -> None:
    first = services.students.add(name="李小明", class_name="五(1)班")
    second = services.students.add(name="李小明", class_name="五(1)班", same_name_ok=True)
    with pytest.raises(ConflictError) as caught:
        services.students.add(name="李小明", class_name="五(1)班")
    assert caught.value.code == "student_same_name" and caught.value.field == "name"
    assert caught.value.message("zh") == (
        f"学生名单中已经有 2 名“李小明”：编号 {first}（五(1)班）、编号 {second}（五(1)班）。"
        "如果这是另一名同名的学生，请确认后再添加；也可以在姓名后加字区分，如“李小明（大）”"
    )
    assert caught.value.message("en") == (
        f'There are already 2 students "李小明": id {first} (五(1)班), id {second} (五(1)班). If this is another '
        'student of the same name, confirm to add them; or tell them apart in the name, e.g. "李小明 (C)"'
    )
    assert len(services.students.list()) == 2


@pytest.mark.parametrize(
    ("existing", "typed"),
    [
        (("王芳", "三(10)班"), ("王芳", "三（10）班")),  # full-width brackets, as the IME types them
        (("王芳", "三(10)班"), ("王芳", "三（１０）班")),  # full-width digits too
        (("王芳", "三(10)班"), ("王芳", " 三(10)班 ")),
        (("Emma Smith", "5A"), ("emma smith", "5a")),
        (("Emma Smith", "5A"), ("Emma  Smith", "5A")),
    ],
)
def test_how_it_was_typed_does_not_make_another_child(
    services: AppServices, existing: tuple[str, str], typed: tuple[str, str]
) -> None:
    first = services.students.add(name=existing[0], class_name=existing[1])
    with pytest.raises(ConflictError) as caught:
        services.students.add(name=typed[0], class_name=typed[1])
    assert caught.value.code == "student_same_name"
    assert f"编号 {first}" in caught.value.message("zh")
    assert [r.id for r in services.students.list()] == [first]


def test_editing_into_another_students_name_and_class_is_checked(services: AppServices) -> None:
    wang = services.students.add(name="王芳", class_name="三(10)班")
    other = services.students.add(name="王方", class_name="三(9)班", difficulty_detail="家里困难")
    with pytest.raises(ConflictError) as caught:
        services.students.edit(other, name="王芳", class_name="三（10）班")
    assert caught.value.code == "student_same_name"
    assert f"编号 {wang}" in caught.value.message("zh")
    assert services.students.get(other).student.name == "王方"  # nothing written
    assert services.students.get(other).student.class_name == "三(9)班"

    # Confirmed: another child of that name and class.
    edited = services.students.edit(other, name="王芳", class_name="三(10)班", same_name_ok=True)
    assert (edited.student.name, edited.student.class_name) == ("王芳", "三(10)班")
    assert services.students.get(other).student.difficulty_detail == "家里困难"


def test_editing_a_student_who_already_shares_a_name_is_not_refused(services: AppServices) -> None:
    first = services.students.add(name="李小明", class_name="五(1)班")
    second = services.students.add(name="李小明", class_name="五(1)班", same_name_ok=True)
    # Name and class unchanged: the teacher was told when the second one was added.
    services.students.edit(second, birth_year="2015", difficulties=["学习"])
    assert services.students.get(second).student.birth_year == 2015
    # A student's own name is never a conflict with themselves.
    services.students.edit(first, name="李小明", class_name="五(1)班", gender="男")
    assert services.students.get(first).student.gender == "男"
