"""The program's own preferences: language, font size, on/off flags."""

from __future__ import annotations

import pytest

from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.preferences import (
    FONT_SIZE_MAX,
    FONT_SIZE_MIN,
    check_font_size,
    check_language,
    encode_flag,
    parse_flag,
)


def test_font_size_range() -> None:
    assert check_font_size(FONT_SIZE_MIN) == FONT_SIZE_MIN
    assert check_font_size(" 14 ") == 14
    assert check_font_size(FONT_SIZE_MAX) == FONT_SIZE_MAX
    for bad in (FONT_SIZE_MIN - 1, FONT_SIZE_MAX + 1, -3):
        with pytest.raises(ValidationError) as caught:
            check_font_size(bad)
        assert caught.value.code == "out_of_range"
        assert caught.value.field == "font_size"
    assert caught.value.message("zh") == f"界面字号应在 {FONT_SIZE_MIN} 至 {FONT_SIZE_MAX} 之间，现在是 -3"
    assert (
        caught.value.message("en")
        == f"interface font size must be between {FONT_SIZE_MIN} and {FONT_SIZE_MAX}; it is -3"
    )


@pytest.mark.parametrize("bad", ["十二", "12.5", "", True])
def test_font_size_must_be_a_whole_number(bad: object) -> None:
    with pytest.raises(ValidationError) as caught:
        check_font_size(bad)  # type: ignore[arg-type]
    assert caught.value.code == "bad_number"


def test_language() -> None:
    assert check_language("zh") == "zh"
    assert check_language("en") == "en"
    with pytest.raises(ValidationError) as caught:
        check_language("fr")
    assert caught.value.field == "language"
    assert "fr" in caught.value.message("zh")


def test_flags() -> None:
    assert parse_flag(None, True) is True
    assert parse_flag(None, False) is False
    assert parse_flag("0", True) is False
    assert parse_flag("1", False) is True
    assert parse_flag("yes", False) is False
    assert parse_flag(encode_flag(True), False) is True
    assert parse_flag(encode_flag(False), True) is False
