"""argparse's side: help in Chinese (or English), and its errors as one translated line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jilu_desktop.cli.argparse_messages import translate

from .conftest import Jilu


def test_help_is_chinese_and_touches_no_data(jilu: Jilu, data_dir: Path) -> None:
    result = jilu("--help")
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("用法：jilu ")
    for words in ("选项", "--data-dir DIR", "命令", "log ", "progress ", "JILU_DATA_DIR", "JILU_LANG", "JILU_TODAY"):
        assert words in result.out
    assert not data_dir.exists()


def test_subcommand_help(jilu: Jilu) -> None:
    result = jilu("log", "add", "--help")
    assert result.code == 0
    assert result.out.startswith("用法：jilu log add ")
    assert "--student ID" in result.out and "一次三名学生计 3 人次" in result.out


def test_english_help(jilu: Jilu) -> None:
    result = jilu("--lang", "en", "progress", "--help")
    assert result.code == 0
    assert result.out.startswith("usage: jilu progress ")
    assert "month (default: this month)" in result.out


def test_parse_errors_do_not_create_the_data(jilu: Jilu, data_dir: Path) -> None:
    jilu.bad("student", "add")
    assert not data_dir.exists()


@pytest.mark.parametrize(
    ("args", "line"),
    [
        pytest.param(["student", "add"], "jilu: 错误：缺少参数 --name（详见 jilu student add --help）", id="required"),
        pytest.param(
            ["log", "add", "--date", "2026-12-01"],
            "jilu: 错误：缺少参数 --kind、--student、--place、--content（详见 jilu log add --help）",
            id="several-required",
        ),
        pytest.param(
            ["lgo"],
            "jilu: 错误：没有“lgo”这个命令，"
            "可用的命令：profile、student、pledge、log、progress、export、archive、settings、gui、demo"
            "（详见 jilu --help）",
            id="unknown-command",
        ),
        pytest.param(
            ["log"],
            "jilu: 错误：缺少命令，可用的命令：add、list、show、edit、delete（详见 jilu log --help）",
            id="no-command",
        ),
        pytest.param(
            ["student", "list", "--bogus", "x"],
            "jilu: 错误：无法识别的参数：--bogus x（详见 jilu student list --help）",
            id="unrecognised",
        ),
        pytest.param(
            ["student", "delete", "三"],
            "jilu: 错误：参数 ID 的值“三”不是有效的整数（详见 jilu student delete --help）",
            id="invalid-int",
        ),
        pytest.param(
            ["--lang", "fr", "progress"],
            "jilu: 错误：参数 --lang 的值“fr”无效，可选：zh、en（详见 jilu --help）",
            id="choice",
        ),
        pytest.param(
            ["progress", "--month", "2026-11", "--school-year", "2026"],
            "jilu: 错误：参数 --school-year 不能与 --month 同时使用（详见 jilu progress --help）",
            id="exclusive",
        ),
        pytest.param(
            ["log", "list", "--month"],
            "jilu: 错误：参数 --month 后面缺少一个值（详见 jilu log list --help）",
            id="no-value",
        ),
        pytest.param(
            ["log", "list", "--json=yes"],
            "jilu: 错误：参数 --json 不需要值（去掉“=yes”）（详见 jilu log list --help）",
            id="flag-with-value",
        ),
    ],
)
def test_argparse_errors_in_chinese(jilu: Jilu, args: list[str], line: str) -> None:
    assert jilu.bad(*args) == line


def test_argparse_errors_in_english(jilu: Jilu) -> None:
    assert jilu.bad("--lang", "en", "lgo").startswith("jilu: error: there is no command “lgo”; the commands are: ")
    assert jilu.bad("--lang", "en", "student", "delete", "x") == (
        "jilu: error: argument ID: “x” is not a valid whole number (see jilu student delete --help)"
    )
    assert jilu.bad("--lang", "en", "student", "list", "--bogus") == (
        "jilu: error: unrecognised arguments: --bogus (see jilu student list --help)"
    )


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        pytest.param(
            ["log", "add", "--bogus"],
            "jilu: 错误：无法识别的参数：--bogus（详见 jilu log add --help）",
            "jilu: error: unrecognised arguments: --bogus (see jilu log add --help)",
            id="instead-of-every-required-one",
        ),
        pytest.param(
            ["log", "add", "--dat", "2026-12-03", "--kind", "talk", "--student", "1", "--place", "a", "--content", "b"],
            "jilu: 错误：无法识别的参数：--dat 2026-12-03（详见 jilu log add --help）",
            "jilu: error: unrecognised arguments: --dat 2026-12-03 (see jilu log add --help)",
            id="misspelled-required-option",
        ),
        pytest.param(
            ["student", "add", "--nmae", "李小明"],
            "jilu: 错误：无法识别的参数：--nmae 李小明（详见 jilu student add --help）",
            "jilu: error: unrecognised arguments: --nmae 李小明 (see jilu student add --help)",
            id="the-one-required-option",
        ),
        pytest.param(
            ["--bogus"],
            "jilu: 错误：无法识别的参数：--bogus（详见 jilu --help）",
            "jilu: error: unrecognised arguments: --bogus (see jilu --help)",
            id="instead-of-the-missing-command",
        ),
        pytest.param(
            ["log", "--bogus"],
            "jilu: 错误：无法识别的参数：--bogus（详见 jilu log --help）",
            "jilu: error: unrecognised arguments: --bogus (see jilu log --help)",
            id="instead-of-the-missing-sub-command",
        ),
    ],
)
def test_unknown_arguments_are_told_before_missing_ones(
    jilu: Jilu, data_dir: Path, args: list[str], zh: str, en: str
) -> None:
    # A misspelled option used to be told as “missing --date, --kind, …”, never naming the misspelling.
    assert jilu.bad(*args) == zh
    assert jilu.bad("--lang", "en", *args) == en
    assert not data_dir.exists()


def test_missing_arguments_are_still_told_when_nothing_is_unknown(jilu: Jilu) -> None:
    assert jilu.bad("log", "add", "--date", "2026-12-03", "--kind", "talk") == (
        "jilu: 错误：缺少参数 --student、--place、--content（详见 jilu log add --help）"
    )
    assert jilu.bad("--lang", "en", "student", "add") == (
        "jilu: error: missing argument --name (see jilu student add --help)"
    )


def test_no_abbreviated_options(jilu: Jilu) -> None:
    # `--stu` must not quietly mean `--student`: a later option could change what an old script does.
    assert "无法识别的参数" in jilu.bad("log", "list", "--stu", "1")


def test_translate_keeps_unknown_messages() -> None:
    assert translate("something argparse says in a new version", "zh") == "something argparse says in a new version"


def test_translate_values_quoted_by_repr() -> None:
    message = 'argument --student: invalid int value: "it\'s"'
    assert translate(message, "zh") == "参数 --student 的值“it's”不是有效的整数"
