"""Pseudonyms for an anonymized record book: students become 学生A, 学生B …, the key mentee 重点帮扶学生.

The notice asks that publication never burden a helped student; a book shared beyond the school union
must carry no student's real name. Names are replaced wherever they occur, in the students field and
inside free text (content, place, pledge wording). The teacher's own name stays: the union needs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

MENTEE_ALIAS: Final = "重点帮扶学生"
STUDENT_ALIAS_PREFIX: Final = "学生"

# Two-character surnames, so that the given name of 欧阳晓东 is 晓东 and not 阳晓东.
_COMPOUND_SURNAMES: Final = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "申屠",
        "闻人",
        "钟离",
        "澹台",
        "公冶",
        "太史",
        "濮阳",
        "万俟",
        "呼延",
        "赫连",
        "第五",
    ]
)


def alias_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB … (as spreadsheet columns are named)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _is_cjk(text: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003ffff" for ch in text)


def given_name(name: str) -> str | None:
    """The given name of a Chinese name, when it is distinctive enough to hide too (two characters or more).

    李小明 → 小明; 欧阳晓东 → 晓东; 王芳 → None (芳 alone would blot out ordinary words).
    """
    if len(name) < 3 or not _is_cjk(name):
        return None
    rest = name[2:] if name[:2] in _COMPOUND_SURNAMES else name[1:]
    return rest if len(rest) >= 2 else None


@dataclass(frozen=True)
class Pseudonyms:
    """Real name → alias, for names and for free text."""

    aliases: Mapping[str, str]
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _text_aliases: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def name(self, real: str) -> str:
        return self.aliases.get(real, real)

    def text(self, text: str) -> str:
        """Every known name in `text` replaced in one pass, longest names first."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._text_aliases[m.group(0)], text)

    @property
    def hidden(self) -> frozenset[str]:
        """Every string the anonymized book must not contain."""
        return frozenset(self._text_aliases)


def make_pseudonyms(names: Iterable[str], mentee: str | None = None) -> Pseudonyms:
    """Aliases for `names` in the order given (the order they first appear in the book); the mentee's is fixed.

    A name given twice gets one alias. Given names (小明 of 李小明) are replaced in free text as well,
    unless they are also some other student's full name.
    """
    aliases: dict[str, str] = {}
    if mentee:
        aliases[mentee] = MENTEE_ALIAS
    index = 0
    for name in names:
        if name and name not in aliases:
            aliases[name] = f"{STUDENT_ALIAS_PREFIX}{alias_letters(index)}"
            index += 1
    in_text = dict(aliases)
    for real, alias in aliases.items():
        short = given_name(real)
        if short is not None and short not in in_text:
            in_text[short] = alias
    if not in_text:
        return Pseudonyms(aliases)
    ordered = sorted(in_text, key=lambda n: (-len(n), n))
    pattern = re.compile("|".join(re.escape(n) for n in ordered))
    return Pseudonyms(aliases, pattern, in_text)
