"""Field checks shared by every record: text, dates, months, years and times."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Final

from jilu_desktop.domain.errors import ValidationError

# The campaign began with the district notice of 2008-09-05; nothing can be recorded before it.
CAMPAIGN_START: Final = dt.date(2008, 9, 1)

# C0 and C1 controls, and lone surrogates (undecodable command-line bytes), which SQLite cannot store.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def clean_text(field: str, value: str | None, *, limit: int, required: bool, multiline: bool = False) -> str:
    """Normalise (NFC, trimmed, CRLF to LF) and check length in characters."""
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    pattern = _CONTROL if multiline else _CONTROL_SINGLE_LINE
    if pattern.search(text):
        raise ValidationError("control_chars", field)
    if required and not text:
        raise ValidationError("required", field)
    if len(text) > limit:
        raise ValidationError("too_long", field, limit=limit, length=len(text))
    return text


def parse_date(field: str, value: str) -> dt.date:
    match = _DATE.match(value.strip())
    if not match:
        raise ValidationError("bad_date", field, value=value)
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValidationError("bad_date", field, value=value) from None


def check_past_date(field: str, value: dt.date, today: dt.date) -> dt.date:
    if value > today:
        raise ValidationError("future_date", field, value=value.isoformat())
    if value < CAMPAIGN_START:
        raise ValidationError("date_too_early", field, value=value.isoformat(), limit=CAMPAIGN_START.isoformat())
    return value


def parse_month(field: str, value: str) -> tuple[int, int]:
    match = _MONTH.match(value.strip())
    if not match or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1:
        raise ValidationError("bad_month", field, value=value)
    return int(match[1]), int(match[2])


def parse_year(field: str, value: str | int) -> int:
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}", text):
        raise ValidationError("bad_year", field, value=value)
    return int(text)


def check_year_range(field: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise ValidationError("year_out_of_range", field, value=value, low=low, high=high)
    return value


def parse_time(field: str, value: str) -> dt.time:
    match = _TIME.match(value.strip())
    if not match:
        raise ValidationError("bad_time", field, value=value)
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise ValidationError("bad_time", field, value=value)
    return dt.time(hour, minute)


GENDERS: Final = ("男", "女")
_GENDER_ALIASES: Final = {"男": "男", "女": "女", "m": "男", "male": "男", "f": "女", "female": "女"}


def parse_gender(field: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    gender = _GENDER_ALIASES.get(value.strip().lower())
    if gender is None:
        raise ValidationError("bad_gender", field)
    return gender
