"""Field checks shared by every record, and the messages they give in both languages."""

from __future__ import annotations

import datetime as dt
import string
import unicodedata

import pytest

from jilu_desktop.domain.errors import DomainError, ValidationError
from jilu_desktop.domain.messages import FIELD_NAMES, MESSAGES, field_name, normalize_lang, render
from jilu_desktop.domain.validation import (
    CAMPAIGN_START,
    check_past_date,
    check_year_range,
    clean_text,
    parse_date,
    parse_gender,
    parse_time,
    parse_year,
)

TODAY = dt.date(2026, 12, 4)


# --- text -------------------------------------------------------------------------------------------------


def test_clean_text_trims_and_normalises_to_nfc() -> None:
    decomposed = "e\u0301cole"  # e + combining acute accent
    assert unicodedata.normalize("NFC", decomposed) != decomposed
    cleaned = clean_text("place", f"  {decomposed}\t", limit=10, required=True)
    assert cleaned == "\u00e9cole"
    assert len(cleaned) == 5


def test_clean_text_counts_nfc_characters_against_the_limit() -> None:
    # Five decomposed characters are ten code points but five characters after NFC.
    assert clean_text("name", "e\u0301" * 5, limit=5, required=True) == "\u00e9" * 5


def test_clean_text_multiline_turns_crlf_and_cr_into_lf() -> None:
    assert clean_text("content", "一\r\n二\r三\n四", limit=100, required=True, multiline=True) == "一\n二\n三\n四"


def test_clean_text_multiline_keeps_tabs() -> None:
    assert clean_text("content", "一\t二", limit=100, required=True, multiline=True) == "一\t二"


@pytest.mark.parametrize("text", ["一\n二", "一\t二", "一\x00二", "一\x1b二", "一\x7f二"])
def test_clean_text_single_line_refuses_control_characters(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text("place", text, limit=100, required=True)
    assert caught.value.code == "control_chars"
    assert caught.value.field == "place"
    assert caught.value.message("zh") == "地点含有无法保存的控制字符"
    assert caught.value.message("en") == "place contains control characters that cannot be saved"


@pytest.mark.parametrize("text", ["一\x00二", "一\x08二", "一\x0b二", "一\x0c二", "一\x1f二", "一\x7f二"])
def test_clean_text_multiline_refuses_other_control_characters(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text("content", text, limit=100, required=True, multiline=True)
    assert caught.value.code == "control_chars"


@pytest.mark.parametrize("text", ["ab\udce9", "\ud800", "x\x85y", "x\x9by"])
def test_clean_text_refuses_lone_surrogates_and_c1_controls(text: str) -> None:
    # Lone surrogates come from undecodable command-line bytes; SQLite cannot store them.
    for multiline in (False, True):
        with pytest.raises(ValidationError) as caught:
            clean_text("content", text, limit=100, required=True, multiline=multiline)
        assert caught.value.code == "control_chars"


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", None])
def test_clean_text_required(text: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text("place", text, limit=50, required=True)
    assert caught.value.code == "required"
    assert str(caught.value) == "地点不能为空"
    assert caught.value.message("en") == "place must not be empty"


def test_clean_text_optional_empty_is_empty_string() -> None:
    assert clean_text("title", None, limit=50, required=False) == ""
    assert clean_text("title", "  ", limit=50, required=False) == ""


def test_clean_text_too_long_names_limit_and_length() -> None:
    assert clean_text("place", "操" * 50, limit=50, required=True) == "操" * 50
    with pytest.raises(ValidationError) as caught:
        clean_text("place", "操" * 51, limit=50, required=True)
    error = caught.value
    assert error.code == "too_long"
    assert error.params == {"limit": 50, "length": 51}
    assert error.message("zh") == "地点最多 50 个字，现在有 51 个字"
    assert error.message("en") == "place may have at most 50 characters; it has 51"


def test_clean_text_length_is_measured_after_trimming() -> None:
    assert clean_text("place", "  " + "a" * 50 + "  ", limit=50, required=True) == "a" * 50


@pytest.mark.parametrize("name", ["𠀾", "䶮", "龘", "𪚥", "王𠀾", "李䶮龘"])
def test_rare_characters_are_accepted_and_count_as_one(name: str) -> None:
    assert clean_text("name", name, limit=len(name), required=True) == name


# --- dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-09-01", dt.date(2026, 9, 1)),
        ("2026-9-1", dt.date(2026, 9, 1)),
        (" 2026-12-04 ", dt.date(2026, 12, 4)),
        ("2028-02-29", dt.date(2028, 2, 29)),
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date("date", text) == expected


@pytest.mark.parametrize(
    "text", ["2027-02-29", "2026-02-30", "2026-13-01", "2026-04-31", "2026/09/01", "", "昨天", "20260901"]
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("date", text)
    assert caught.value.code == "bad_date"
    assert caught.value.params == {"value": text}
    assert caught.value.message("zh") == f"日期“{text}”不是有效的日期（应为 年-月-日，如 2026-09-01）"
    assert caught.value.message("en") == f'date "{text}" is not a valid date (expected YYYY-MM-DD, e.g. 2026-09-01)'


def test_check_past_date_accepts_today_and_campaign_start() -> None:
    assert check_past_date("date", TODAY, TODAY) == TODAY
    assert check_past_date("date", CAMPAIGN_START, TODAY) == CAMPAIGN_START


def test_check_past_date_refuses_tomorrow() -> None:
    with pytest.raises(ValidationError) as caught:
        check_past_date("date", dt.date(2026, 12, 5), TODAY)
    assert caught.value.code == "future_date"
    assert caught.value.message("zh") == "日期 2026-12-05 还没有到，不能记录未来的日期"
    assert caught.value.message("en") == "date 2026-12-05 is in the future"


def test_check_past_date_refuses_before_campaign() -> None:
    assert dt.date(2008, 9, 1) == CAMPAIGN_START
    with pytest.raises(ValidationError) as caught:
        check_past_date("date", dt.date(2008, 8, 31), TODAY)
    assert caught.value.code == "date_too_early"
    assert caught.value.message("zh") == "日期 2008-08-31 早于 2008-09-01，请检查"
    assert caught.value.message("en") == "date 2008-08-31 is before 2008-09-01; please check it"


# --- times ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("00:00", dt.time(0, 0)), ("9:05", dt.time(9, 5)), ("23:59", dt.time(23, 59)), (" 16:30 ", dt.time(16, 30))],
)
def test_parse_time(text: str, expected: dt.time) -> None:
    assert parse_time("time", text) == expected


@pytest.mark.parametrize("text", ["25:61", "24:00", "9:5", "12:60", "123:00", "12-30", "noon", ""])
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time("time", text)
    assert caught.value.code == "bad_time"
    assert caught.value.field == "time"
    assert caught.value.message("zh") == f"时间“{text}”不是有效的时间（应为 时:分，00:00 至 23:59）"
    assert caught.value.message("en") == f'time "{text}" is not a valid time (expected HH:MM, 00:00 to 23:59)'


# --- years, genders ---------------------------------------------------------------------------------------


def test_parse_year() -> None:
    assert parse_year("birth_year", "2015") == 2015
    assert parse_year("birth_year", 2015) == 2015
    assert parse_year("birth_year", " 2015 ") == 2015


@pytest.mark.parametrize("value", ["15", "20150", "二〇一五", "2015年", "", 15])
def test_parse_year_rejects(value: str | int) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_year("birth_year", value)
    assert caught.value.code == "bad_year"
    assert caught.value.message("zh") == f"出生年份“{value}”不是有效的年份（应为四位数字，如 2026）"


def test_check_year_range() -> None:
    assert check_year_range("teaching_since", 1990, 1946, 2026) == 1990
    assert check_year_range("teaching_since", 1946, 1946, 2026) == 1946
    assert check_year_range("teaching_since", 2026, 1946, 2026) == 2026
    with pytest.raises(ValidationError) as caught:
        check_year_range("teaching_since", 2027, 1946, 2026)
    assert caught.value.code == "year_out_of_range"
    assert caught.value.message("zh") == "从教年份应在 1946 至 2026 之间，现在是 2027"
    assert caught.value.message("en") == "year teaching began must be between 1946 and 2026; it is 2027"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("男", "男"),
        ("女", "女"),
        ("m", "男"),
        ("M", "男"),
        ("male", "男"),
        (" Male ", "男"),
        ("f", "女"),
        ("F", "女"),
        ("female", "女"),
        ("FEMALE", "女"),
        (None, None),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_gender_aliases(value: str | None, expected: str | None) -> None:
    assert parse_gender("gender", value) == expected


@pytest.mark.parametrize("value", ["x", "男女", "unknown", "1"])
def test_parse_gender_rejects(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_gender("gender", value)
    assert caught.value.code == "bad_gender"
    assert caught.value.message("zh") == "性别只能是“男”或“女”"
    assert caught.value.message("en") == "gender must be 男 (male) or 女 (female)"


# --- messages ---------------------------------------------------------------------------------------------


def test_every_message_renders_in_both_languages() -> None:
    for code, (zh, en) in MESSAGES.items():
        assert zh != en, code
        names = {name for template in (zh, en) for _, name, _, _ in string.Formatter().parse(template) if name}
        params: dict[str, object] = {name: f"<{name}>" for name in names - {"field"}}
        for lang in ("zh", "en"):
            text = render(code, lang, "place", **params)
            assert text, code
            assert "{" not in text, code
        if "field" in names:
            assert "地点" in render(code, "zh", "place", **params)
            assert "place" in render(code, "en", "place", **params)


def test_field_names() -> None:
    assert field_name("content", "zh") == "帮扶内容或帮扶心得"
    assert field_name("content", "en") == "content"
    assert field_name("no_such_field", "zh") == "no_such_field"
    assert all(zh and en for zh, en in FIELD_NAMES.values())


def test_domain_error_str_is_chinese_and_message_can_be_english() -> None:
    error = ValidationError("required", "name")
    assert isinstance(error, DomainError)
    assert str(error) == "姓名不能为空"
    assert error.message("en") == "name must not be empty"
    assert error.message("zh") == "姓名不能为空"


@pytest.mark.parametrize(
    ("value", "lang"),
    [
        ("en", "en"),
        ("en_US", "en"),
        ("EN-gb", "en"),
        ("zh", "zh"),
        ("zh-CN", "zh"),
        (None, "zh"),
        ("", "zh"),
        ("fr", "zh"),
    ],
)
def test_normalize_lang(value: str | None, lang: str) -> None:
    assert normalize_lang(value) == lang
