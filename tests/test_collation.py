"""Chinese sort order for names and class names."""

from __future__ import annotations

from jilu_desktop.collation import class_order_text, sorted_chinese


def test_names_sort_by_pinyin() -> None:
    names = ["周婷", "张伟", "徐丽", "李小明", "赵敏", "陈静", "欧阳娜娜", "Anna"]
    # The Chinese collation puts hanzi before Latin letters.
    assert sorted_chinese(names, str) == ["陈静", "李小明", "欧阳娜娜", "徐丽", "张伟", "赵敏", "周婷", "Anna"]


def test_class_numbers_in_hanzi_or_digits_sort_as_numbers() -> None:
    assert class_order_text("五(1)班") == "5(1)班"
    assert class_order_text("初二(3)班") == "初2(3)班"
    assert class_order_text("十二班") == "12班"
    assert class_order_text("二十班") == "20班"
    assert class_order_text("二十三班") == "23班"
    classes = ["五(10)班", "一(2)班", "五(2)班", "十一班", "二年级", "六(1)班"]
    assert sorted_chinese(classes, class_order_text) == [
        "一(2)班",
        "二年级",
        "五(2)班",
        "五(10)班",
        "六(1)班",
        "十一班",
    ]


def test_by_class_then_name() -> None:
    students = [("五(2)班", "赵敏"), ("五(1)班", "张伟"), ("五(2)班", "陈静"), ("四(3)班", "周婷")]
    ordered = sorted_chinese(students, lambda s: class_order_text(s[0]), lambda s: s[1])
    assert ordered == [("四(3)班", "周婷"), ("五(1)班", "张伟"), ("五(2)班", "陈静"), ("五(2)班", "赵敏")]
