"""argparse's own error messages, told in Chinese.

argparse builds its messages in English (through gettext, for which no Chinese catalogue ships), so the
common ones are recognised here by shape and rewritten. Anything not recognised is passed on as it is:
an English message is better than a wrong translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from jilu_desktop.domain.messages import Lang

_TYPE_NAMES: Final = {"int": ("整数", "whole number"), "float": ("数字", "number")}


def _names(text: str) -> list[str]:
    """Split argparse's lists: "'a', 'b'" (choices) or "--a, --b" (required arguments)."""
    return [part.strip().strip("'\"") for part in text.split(",") if part.strip()]


def _join(lang: Lang, items: list[str]) -> str:
    return "、".join(items) if lang == "zh" else ", ".join(items)


def _required(lang: Lang, m: re.Match[str], metavars: tuple[str, ...], commands: tuple[str, ...]) -> str:
    missing = _names(m["names"])
    if missing and missing[0] in metavars:  # `jilu log` alone: say which commands could follow
        choices = _join(lang, list(commands))
        return (
            f"缺少命令，可用的命令：{choices}" if lang == "zh" else f"a command is missing; the commands are: {choices}"
        )
    names = _join(lang, missing)
    return f"缺少参数 {names}" if lang == "zh" else f"missing argument {names}"


def _one_of(lang: Lang, m: re.Match[str]) -> str:
    names = _join(lang, m["names"].split())
    return f"需要以下参数之一：{names}" if lang == "zh" else f"one of these arguments is needed: {names}"


def _invalid_choice(lang: Lang, m: re.Match[str], metavars: tuple[str, ...]) -> str:
    choices = _join(lang, _names(m["choices"]))
    if m["arg"] in metavars:
        if lang == "zh":
            return f"没有“{m['value']}”这个命令，可用的命令：{choices}"
        return f"there is no command “{m['value']}”; the commands are: {choices}"
    if lang == "zh":
        return f"参数 {m['arg']} 的值“{m['value']}”无效，可选：{choices}"
    return f"argument {m['arg']}: “{m['value']}” is not allowed; choose from {choices}"


def _invalid_type(lang: Lang, m: re.Match[str]) -> str:
    zh, en = _TYPE_NAMES.get(m["type"], (m["type"], m["type"]))
    if lang == "zh":
        return f"参数 {m['arg']} 的值“{m['value']}”不是有效的{zh}"
    return f"argument {m['arg']}: “{m['value']}” is not a valid {en}"


def _unrecognized(lang: Lang, m: re.Match[str]) -> str:
    found = m["args"]
    return f"无法识别的参数：{found}" if lang == "zh" else f"unrecognised arguments: {found}"


def _expected_one(lang: Lang, m: re.Match[str]) -> str:
    return f"参数 {m['arg']} 后面缺少一个值" if lang == "zh" else f"argument {m['arg']} needs a value"


def _expected_some(lang: Lang, m: re.Match[str]) -> str:
    if lang == "zh":
        return f"参数 {m['arg']} 后面至少需要一个值"
    return f"argument {m['arg']} needs at least one value"


def _expected_at_most(lang: Lang, m: re.Match[str]) -> str:
    if lang == "zh":
        return f"参数 {m['arg']} 后面最多只能有一个值"
    return f"argument {m['arg']} takes at most one value"


def _not_allowed_with(lang: Lang, m: re.Match[str]) -> str:
    if lang == "zh":
        return f"参数 {m['arg']} 不能与 {m['other']} 同时使用"
    return f"argument {m['arg']} cannot be used together with {m['other']}"


def _ignored_value(lang: Lang, m: re.Match[str]) -> str:
    if lang == "zh":
        return f"参数 {m['arg']} 不需要值（去掉“={m['value']}”）"
    return f"argument {m['arg']} takes no value (drop “={m['value']}”)"


def _ambiguous(lang: Lang, m: re.Match[str]) -> str:
    if lang == "zh":
        return f"参数 {m['option']} 不明确，可能是：{m['matches']}"
    return f"ambiguous option {m['option']}; it could be {m['matches']}"


# argparse quotes a value with repr(): single quotes, or double quotes when the value holds a single one.
_QUOTED: Final = r"""(?P<q>['"])(?P<value>.*)(?P=q)"""

_Rewrite = Callable[[Lang, re.Match[str]], str]

_PATTERNS: Final[list[tuple[re.Pattern[str], _Rewrite]]] = [
    (re.compile(r"^one of the arguments (?P<names>.+) is required$"), _one_of),
    (re.compile(r"^argument (?P<arg>\S+): invalid (?P<type>\w+) value: " + _QUOTED + "$"), _invalid_type),
    (re.compile(r"^unrecognized arguments: (?P<args>.*)$"), _unrecognized),
    (re.compile(r"^argument (?P<arg>\S+): expected one argument$"), _expected_one),
    (re.compile(r"^argument (?P<arg>\S+): expected at least one argument$"), _expected_some),
    (re.compile(r"^argument (?P<arg>\S+): expected at most one argument$"), _expected_at_most),
    (re.compile(r"^argument (?P<arg>\S+): not allowed with argument (?P<other>\S+)$"), _not_allowed_with),
    (re.compile(r"^argument (?P<arg>\S+): ignored explicit argument " + _QUOTED + "$"), _ignored_value),
    (re.compile(r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.+)$"), _ambiguous),
]
_INVALID_CHOICE: Final = re.compile(
    r"^argument (?P<arg>\S+): invalid choice: " + _QUOTED + r" \(choose from (?P<choices>.+)\)$"
)


_REQUIRED: Final = re.compile(r"^the following arguments are required: (?P<names>.+)$")


def translate(message: str, lang: Lang, metavars: tuple[str, ...] = (), commands: tuple[str, ...] = ()) -> str:
    """argparse's `message` in `lang`.

    `metavars` are the names argparse uses for a sub-command argument, `commands` the sub-commands of the
    parser that failed (to list them when one is missing).
    """
    match = _INVALID_CHOICE.match(message)
    if match:
        return _invalid_choice(lang, match, metavars)
    match = _REQUIRED.match(message)
    if match:
        return _required(lang, match, metavars, commands)
    for pattern, rewrite in _PATTERNS:
        match = pattern.match(message)
        if match:
            return rewrite(lang, match)
    return message
