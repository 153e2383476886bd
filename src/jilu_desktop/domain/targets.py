"""A school year's targets (6 and 8 by default) and the months exempt from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from jilu_desktop.domain.errors import ValidationError

DEFAULT_TALKS_VISITS = 6
DEFAULT_TUTORING = 8
DEFAULT_EXEMPT_MONTHS: frozenset[int] = frozenset({7, 8})  # summer vacation
TARGET_LIMIT = 100


@dataclass(frozen=True)
class YearTargets:
    talks_visits: int = DEFAULT_TALKS_VISITS
    tutoring: int = DEFAULT_TUTORING
    exempt_months: frozenset[int] = field(default_factory=lambda: DEFAULT_EXEMPT_MONTHS)


def check_target(field_name: str, value: str | int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError("bad_number", field_name, value=value) from None
    if not 0 <= number <= TARGET_LIMIT:
        raise ValidationError("target_out_of_range", field_name, value=number, low=0, high=TARGET_LIMIT)
    return number


def parse_exempt_months(values: list[str] | list[int] | set[int] | frozenset[int]) -> frozenset[int]:
    months: set[int] = set()
    for value in values:
        text = str(value).strip()
        if not text.isdecimal() or not 1 <= int(text) <= 12:
            raise ValidationError("bad_exempt_month", "exempt_months", value=value)
        months.add(int(text))
    return frozenset(months)


def encode_exempt_months(months: frozenset[int]) -> str:
    return ",".join(str(m) for m in sorted(months))


def decode_exempt_months(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(",") if part)
