"""A school year's targets and the months exempt from them."""

from __future__ import annotations

import pytest

from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.targets import (
    DEFAULT_EXEMPT_MONTHS,
    DEFAULT_TALKS_VISITS,
    DEFAULT_TUTORING,
    TARGET_LIMIT,
    YearTargets,
    check_target,
    decode_exempt_months,
    encode_exempt_months,
    parse_exempt_months,
)


def test_defaults_are_six_and_eight() -> None:
    assert (DEFAULT_TALKS_VISITS, DEFAULT_TUTORING) == (6, 8)
    targets = YearTargets()
    assert (targets.talks_visits, targets.tutoring, targets.exempt_months) == (6, 8, frozenset({7, 8}))


@pytest.mark.parametrize(("value", "expected"), [(0, 0), ("4", 4), (" 5 ", 5), (TARGET_LIMIT, TARGET_LIMIT)])
def test_check_target(value: int | str, expected: int) -> None:
    assert check_target("talks_visits", value) == expected


@pytest.mark.parametrize("value", [-1, TARGET_LIMIT + 1, "101", "-3"])
def test_target_out_of_range(value: int | str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_target("tutoring", value)
    assert caught.value.code == "target_out_of_range"
    number = int(value)
    assert caught.value.message("zh") == f"补课辅导目标应在 0 至 100 人次之间，现在是 {number}"
    assert caught.value.message("en") == f"tutoring target must be between 0 and 100 person-times; it is {number}"


@pytest.mark.parametrize("value", ["six", "", "4.5", "六"])
def test_target_not_a_number(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_target("talks_visits", value)
    assert caught.value.code == "bad_number"
    assert caught.value.message("zh") == f"谈心/家访目标“{value}”不是有效的数字"


def test_parse_exempt_months() -> None:
    assert parse_exempt_months(["7", "8"]) == frozenset({7, 8})
    assert parse_exempt_months([1, 2, 2, 7, 8]) == frozenset({1, 2, 7, 8})
    assert parse_exempt_months([" 12 "]) == frozenset({12})
    assert parse_exempt_months([]) == frozenset()


@pytest.mark.parametrize("value", ["0", "13", "-1", "七", "7.0", "", "²", 0, 13])
def test_parse_exempt_months_rejects(value: str | int) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_exempt_months([str(7), str(value)] if isinstance(value, str) else [7, value])
    assert caught.value.code == "bad_exempt_month"
    assert caught.value.field == "exempt_months"
    assert caught.value.message("zh") == f"免计月份应为 1 至 12 的数字，“{value}”无效"
    assert caught.value.message("en") == f'exempt months must be numbers from 1 to 12; "{value}" is not'


def test_exempt_months_encoding_round_trip() -> None:
    assert encode_exempt_months(frozenset({8, 1, 7})) == "1,7,8"
    assert decode_exempt_months("1,7,8") == frozenset({1, 7, 8})
    assert encode_exempt_months(frozenset()) == ""
    assert decode_exempt_months("") == frozenset()
    assert decode_exempt_months(encode_exempt_months(DEFAULT_EXEMPT_MONTHS)) == DEFAULT_EXEMPT_MONTHS
