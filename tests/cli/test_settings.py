"""`jilu settings …` and which language the CLI speaks."""

from __future__ import annotations

import pytest

from jilu_desktop.services import AppServices

from .conftest import Book, Jilu


def test_targets_and_show(jilu: Jilu, services: AppServices) -> None:
    jilu.ok("settings", "targets", "--school-year", "2026", "--talks-visits", "4", "--tutoring", "10")
    assert jilu.json("settings", "show", "--school-year", "2026") == {
        "school_year": 2026,
        "talks_visits": 4,
        "tutoring": 10,
        "exempt_months": [7, 8],
        "participation_start": "2026-12",  # an empty book begins this month
        "participation_start_source": "none",
        "language": "zh",
    }
    stored = services.settings.targets(2026)
    assert (stored.talks_visits, stored.tutoring) == (4, 10)
    assert services.settings.targets(2025).talks_visits == 6


def test_targets_one_given_keeps_the_other(jilu: Jilu) -> None:
    jilu.ok("settings", "targets", "--school-year", "2026", "--tutoring", "12")
    shown = jilu.json("settings", "show")  # the current school year by default
    assert (shown["school_year"], shown["talks_visits"], shown["tutoring"]) == (2026, 6, 12)


def test_targets_needs_a_number(jilu: Jilu) -> None:
    assert "--talks-visits" in jilu.bad("settings", "targets", "--school-year", "2026")


def test_exempt_months(jilu: Jilu) -> None:
    out = jilu.ok("settings", "exempt-months", "--school-year", "2026", "1", "2", "7", "8")
    assert out == "2026学年：谈心/家访每月 6 人次，补课辅导每月 8 人次；免计月份：1月、2月、7月、8月\n"
    assert jilu.json("settings", "show", "--school-year", "2026")["exempt_months"] == [1, 2, 7, 8]
    jilu.ok("settings", "exempt-months", "--school-year", "2026")
    assert jilu.json("settings", "show", "--school-year", "2026")["exempt_months"] == []


def test_language_setting_changes_every_message(book: Book) -> None:
    jilu = book.jilu
    assert jilu.ok("settings", "language") == "zh\n"
    assert jilu.ok("settings", "language", "en") == "Language set to English\n"
    assert jilu.ok("settings", "language") == "en\n"
    # Domain messages, argparse's messages (read before the data is opened) and the words of `progress`.
    assert jilu.bad("student", "delete", "99") == "jilu: error: there is no student with id 99"
    assert jilu.bad("student", "add") == "jilu: error: missing argument --name (see jilu student add --help)"
    assert jilu.ok("progress").startswith("2026-12  in progress")
    # --lang wins over the stored setting.
    assert jilu.bad("--lang", "zh", "student", "delete", "99") == "jilu: 错误：没有编号为 99 的学生"
    assert jilu.ok("settings", "language", "zh") == "界面语言已设为中文\n"
    assert jilu.bad("student", "delete", "99") == "jilu: 错误：没有编号为 99 的学生"


def test_jilu_lang_environment_variable(jilu: Jilu, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JILU_LANG", "en_US.UTF-8")
    jilu.new_book()
    assert jilu.bad("student", "delete", "99") == "jilu: error: there is no student with id 99"
    assert jilu.bad("student", "add") == "jilu: error: missing argument --name (see jilu student add --help)"
    # --lang wins over JILU_LANG.
    assert jilu.bad("--lang", "zh", "student", "delete", "99") == "jilu: 错误：没有编号为 99 的学生"


def test_jilu_lang_wins_over_the_stored_setting(jilu: Jilu, monkeypatch: pytest.MonkeyPatch) -> None:
    jilu.ok("settings", "language", "en")
    monkeypatch.setenv("JILU_LANG", "zh")
    assert jilu.bad("student", "delete", "99") == "jilu: 错误：没有编号为 99 的学生"


def test_bad_language_is_refused(jilu: Jilu) -> None:
    line = jilu.bad("settings", "language", "fr")
    assert line.startswith("jilu: 错误：参数 LANG 的值“fr”无效，可选：zh、en")
    assert jilu.files() == []
    jilu.new_book()
    assert jilu.ok("settings", "language") == "zh\n"
