"""The teacher's preferences for the program itself: language, interface font size, reminders."""

from __future__ import annotations

from typing import Final

from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.messages import Lang

LANGUAGES: Final[tuple[Lang, ...]] = ("zh", "en")
# Below 10 pt hanzi are hard to read on school projectors; above 24 pt the pages no longer fit the window.
FONT_SIZE_MIN: Final = 10
FONT_SIZE_MAX: Final = 24
REMINDERS_DEFAULT: Final = True


def check_language(value: str) -> Lang:
    text = str(value).strip()
    for lang in LANGUAGES:
        if text == lang:
            return lang
    raise ValidationError("bad_language", "language", value=value)


def check_font_size(value: str | int) -> int:
    """An interface font size in points, FONT_SIZE_MIN to FONT_SIZE_MAX."""
    if isinstance(value, bool):
        raise ValidationError("bad_number", "font_size", value=value)
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError("bad_number", "font_size", value=value) from None
    if not FONT_SIZE_MIN <= number <= FONT_SIZE_MAX:
        raise ValidationError("out_of_range", "font_size", value=number, low=FONT_SIZE_MIN, high=FONT_SIZE_MAX)
    return number


def parse_flag(value: str | None, default: bool) -> bool:
    """A stored on/off setting ("1"/"0"); anything else (or nothing stored) is the default."""
    if value == "1":
        return True
    if value == "0":
        return False
    return default


def encode_flag(value: bool) -> str:
    return "1" if value else "0"
