"""When the teacher began taking part (参加起始月份): months before it are 未参加, neither met nor missed.

A teacher who joins the campaign in December has not failed September to November; they are simply not
hers to account for. The month she began is either stated by her (a setting) or taken from the book:

- the month of her first activity of any kind (生活帮扶 included: it is taking part, though not counted);
- a pledge (志愿书) for school year Y is a promise for Y, so it counts from its signing month, but never
  before September of Y (a pledge signed in June for next year does not make this June count); a pledge
  with no signing date is a promise for the whole of Y, so it counts from September of Y. Months in which
  she had pledged but logged nothing ARE missed: that is what the pledge promised;
- the earliest of these. With neither a record nor a pledge, this month: a new book starts now.

The derived month can only be as honest as the book; a teacher who joined before her first record (or
whose paper pledge is dated earlier than anything she entered) states the month herself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from jilu_desktop.domain.calendar import SCHOOL_YEAR_FIRST_MONTH, Month
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.validation import CAMPAIGN_START

FIELD = "participation_start"


class StartSource(StrEnum):
    SETTING = "setting"  # stated by the teacher
    ACTIVITY = "activity"  # the month of the first activity
    PLEDGE = "pledge"  # a pledge's signing month, or its school year's September
    NONE = "none"  # nothing in the book yet: this month


@dataclass(frozen=True)
class Participation:
    start: Month
    source: StartSource

    @property
    def automatic(self) -> bool:
        return self.source is not StartSource.SETTING

    def participates(self, month: Month) -> bool:
        return month >= self.start


def pledge_start(school_year: int, signed_on: dt.date | None) -> Month:
    """The first month a pledge for `school_year` speaks for."""
    first = Month(school_year, SCHOOL_YEAR_FIRST_MONTH)
    if signed_on is None:
        return first
    return max(first, Month.of(signed_on))


def derive_start(
    first_activity: dt.date | None, pledges: Iterable[tuple[int, dt.date | None]], today: dt.date
) -> Participation:
    """The month the book shows she began: the earliest of her first activity and her pledges' months."""
    candidates: list[tuple[Month, StartSource]] = []
    if first_activity is not None:
        candidates.append((Month.of(first_activity), StartSource.ACTIVITY))
    candidates.extend((pledge_start(year, signed), StartSource.PLEDGE) for year, signed in pledges)
    if not candidates:
        return Participation(Month.of(today), StartSource.NONE)
    # On a tie the activity is named: it is the more tangible evidence.
    month, source = min(candidates, key=lambda c: (c[0], c[1] is not StartSource.ACTIVITY))
    return Participation(month, source)


def participation(
    stated: Month | None,
    first_activity: dt.date | None,
    pledges: Iterable[tuple[int, dt.date | None]],
    today: dt.date,
) -> Participation:
    """The stated month if there is one, else the one derived from the book."""
    if stated is not None:
        return Participation(stated, StartSource.SETTING)
    return derive_start(first_activity, pledges, today)


def check_start(value: str | Month, today: dt.date) -> Month:
    """A stated participation start: a month (YYYY-MM) from the campaign's start up to this month."""
    month = value if isinstance(value, Month) else Month.parse(str(value), FIELD)
    if month > Month.of(today):
        raise ValidationError("participation_in_future", FIELD, value=str(month), limit=str(Month.of(today)))
    if month < Month.of(CAMPAIGN_START):
        raise ValidationError("participation_too_early", FIELD, value=str(month), limit=str(Month.of(CAMPAIGN_START)))
    return month


def encode_start(month: Month | None) -> str:
    """As stored in the settings: "2026-10", or "" for automatic."""
    return "" if month is None else str(month)


def decode_start(text: str | None) -> Month | None:
    """A stored setting; nothing stored, or anything unreadable (written by hand), means automatic."""
    if not text:
        return None
    try:
        return Month.parse(text, FIELD)
    except ValidationError:
        return None
