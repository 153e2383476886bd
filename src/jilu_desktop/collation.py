"""Chinese sort order, as Chinese readers and their spreadsheet programs sort: names by pinyin (陈, 李, 徐, 张,
赵, 周), and class names with their numbers in number order, written in digits or in hanzi (一年级 before
二年级, 五(2)班 before 五(10)班). QtCore's collator (ICU) knows pinyin; no widgets, no QApplication needed.

QtCore is imported only when something is sorted, so that the `jilu` commands that sort nothing never load
Qt; where it cannot be loaded (a machine without Qt's libraries), names fall back to character order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import Any, TypeVar

T = TypeVar("T")

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HANZI_NUMBER = re.compile("[零〇一二两三四五六七八九十]+")


def _compare() -> Callable[[str, str], int]:
    """The Chinese collator's comparison (numbers in number order); character order without QtCore."""
    try:
        from PySide6.QtCore import QCollator, QLocale
    except (ImportError, OSError):
        return lambda a, b: (a > b) - (a < b)
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)  # 2 before 10
    return collator.compare


def _hanzi_number(match: re.Match[str]) -> str:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23 (grades and classes rarely go further)."""
    text = match.group()
    if "十" not in text:
        return "".join(str(_DIGITS[ch]) for ch in text)
    tens, _, ones = text.partition("十")
    value = (_DIGITS.get(tens[-1], 1) if tens else 1) * 10 + (_DIGITS.get(ones[:1], 0) if ones else 0)
    return str(value)


def class_order_text(class_name: str) -> str:
    """The class name with its hanzi numbers as digits, for sorting (五(1)班 → 5(1)班, 初二 → 初2)."""
    return _HANZI_NUMBER.sub(_hanzi_number, class_name)


def sorted_chinese(items: Iterable[T], *keys: Callable[[T], str]) -> list[T]:
    """`items` sorted by each text key in turn, in Chinese order (class names: use class_order_text)."""
    items = list(items)
    if len(items) < 2:
        return items  # nothing to compare: QtCore stays unloaded
    compare = cmp_to_key(_compare())

    def key(item: T) -> Any:  # a tuple of the collator's comparison keys
        return tuple(compare(k(item)) for k in keys)

    return sorted(items, key=key)
