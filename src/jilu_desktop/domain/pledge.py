"""The yearly pledge (志愿书, appendix 3 of the notice): one per school year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jilu_desktop.domain.calendar import school_year_bounds, school_year_of
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.validation import CAMPAIGN_START, check_year_range, clean_text, parse_date

DETAIL_LIMIT = 500
MEASURES_LIMIT = 1000
COMMITMENTS_LIMIT = 1000
# Pledges are usually signed at the start of term, sometimes in the summer before it.
SIGNING_OPENS_MONTHS_BEFORE = 3
# The handwritten signature is kept as a PNG picture; the app crops and scales it to a few dozen KB,
# so this limit only refuses pictures that were not made by it (and keeps the file on a USB stick small).
SIGNATURE_LIMIT_BYTES = 2 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Pledge:
    school_year: int
    mentee_id: int
    difficulty_detail: str = ""
    measures: str = ""
    commitments: str = ""
    signed_on: dt.date | None = None
    signature_png: bytes | None = field(default=None, repr=False)


def check_school_year(value: int, today: dt.date) -> int:
    """A school year from the campaign's first up to the next one (a pledge may be prepared ahead)."""
    return check_year_range("school_year", value, CAMPAIGN_START.year, school_year_of(today) + 1)


def check_signature(png: bytes | None) -> bytes | None:
    """A signature picture to store: PNG (by its magic bytes) and at most SIGNATURE_LIMIT_BYTES; None or
    empty bytes mean no signature."""
    if not png:
        return None
    if not png.startswith(PNG_MAGIC):
        raise ValidationError("signature_not_png", "signature")
    if len(png) > SIGNATURE_LIMIT_BYTES:
        raise ValidationError(
            "signature_too_large",
            "signature",
            size_kb=(len(png) + 1023) // 1024,
            limit_kb=SIGNATURE_LIMIT_BYTES // 1024,
        )
    return bytes(png)


def signing_window(school_year: int) -> tuple[dt.date, dt.date]:
    start, end = school_year_bounds(school_year)
    return start.replace(month=9 - SIGNING_OPENS_MONTHS_BEFORE), end


def make_pledge(
    *,
    school_year: int,
    mentee_id: int,
    today: dt.date,
    difficulty_detail: str | None = None,
    measures: str | None = None,
    commitments: str | None = None,
    signed_on: str | dt.date | None = None,
    signature_png: bytes | None = None,
) -> Pledge:
    check_school_year(school_year, today)
    signed: dt.date | None = None
    if isinstance(signed_on, dt.date):
        signed = signed_on
    elif signed_on is not None and signed_on.strip():
        signed = parse_date("signed_on", signed_on)
    if signed is not None:
        if signed > today:
            raise ValidationError("future_date", "signed_on", value=signed.isoformat())
        low, high = signing_window(school_year)
        if not low <= signed <= high:
            raise ValidationError(
                "signed_outside_year",
                "signed_on",
                value=signed.isoformat(),
                school_year=school_year,
                low=low.isoformat(),
                high=high.isoformat(),
            )
    return Pledge(
        school_year=school_year,
        mentee_id=mentee_id,
        difficulty_detail=clean_text(
            "difficulty_detail", difficulty_detail, limit=DETAIL_LIMIT, required=False, multiline=True
        ),
        measures=clean_text("measures", measures, limit=MEASURES_LIMIT, required=False, multiline=True),
        commitments=clean_text("commitments", commitments, limit=COMMITMENTS_LIMIT, required=False, multiline=True),
        signed_on=signed,
        signature_png=check_signature(signature_png),
    )
