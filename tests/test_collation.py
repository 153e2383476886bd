"""Chinese sort order for names and class names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_without_qtcore_names_fall_back_to_character_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", None)  # as on a machine where Qt cannot load
    assert sorted_chinese(["周婷", "陈静", "五(10)班", "五(2)班"], str) == sorted(
        ["周婷", "陈静", "五(10)班", "五(2)班"]
    )


def test_commands_that_sort_nothing_do_not_load_qt(tmp_path: Path) -> None:
    """`jilu` loads Qt only for what needs it (listing students sorts them; progress and log list do not)."""
    code = (
        "import sys\n"
        "from jilu_desktop.cli import main\n"
        f"for args in (['demo'], ['progress'], ['log', 'list'], ['student', 'show', '1']):\n"
        f"    assert main(['--data-dir', {str(tmp_path / 'book')!r}, *args]) == 0, args\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    env = {**os.environ, "JILU_TODAY": "2026-12-04"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
