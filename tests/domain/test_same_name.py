"""Two entries of one child: names and classes compared as they read, not as they happened to be typed."""

from __future__ import annotations

import pytest

from jilu_desktop.domain.students import Student, StudentRecord, alike_ids, comparable, likely_same_student


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("三（10）班", "三(10)班"),
        ("三（１０）班", "三(10)班"),
        ("Emma  Smith", "emma smith"),
        (" EMMA\u3000Smith ", "emma smith"),  # an ideographic space, as a Chinese IME types it
        ("李小明", "李小明"),
    ],
)
def test_comparable(typed: str, read: str) -> None:
    assert comparable(typed) == read


@pytest.mark.parametrize(
    ("new", "existing", "same"),
    [
        (Student("王芳", "三（10）班"), Student("王芳", "三(10)班"), True),
        (Student("王芳"), Student("王芳", "三(10)班"), True),  # no class given: could be her
        (Student("王芳", "三(10)班"), Student("王芳"), True),
        (Student("王芳", "三(9)班"), Student("王芳", "三(10)班"), False),
        (Student("emma smith", "5a"), Student("Emma Smith", "5A"), True),
        (Student("Emma  Smith"), Student("Emma Smith"), True),
        (Student("王方", "三(10)班"), Student("王芳", "三(10)班"), False),
    ],
)
def test_likely_same_student(new: Student, existing: Student, same: bool) -> None:
    assert likely_same_student(new, existing) is same


def test_alike_ids_are_those_sharing_name_and_class() -> None:
    records = [
        StudentRecord(1, Student("李小明", "五(1)班")),
        StudentRecord(2, Student("李小明", "五(2)班")),
        StudentRecord(3, Student("李小明", "五（1）班")),
        StudentRecord(4, Student("王芳")),
        StudentRecord(5, Student("王芳")),
        StudentRecord(6, Student("张伟", "五(1)班")),
    ]
    assert alike_ids(records) == {1, 3, 4, 5}
