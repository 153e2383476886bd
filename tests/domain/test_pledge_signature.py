"""The pledge's handwritten signature: a PNG picture of bounded size, or none."""

from __future__ import annotations

import datetime as dt

import pytest

from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.pledge import PNG_MAGIC, SIGNATURE_LIMIT_BYTES, Pledge, check_signature, make_pledge

TODAY = dt.date(2026, 12, 4)
PNG = PNG_MAGIC + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def test_no_signature() -> None:
    assert make_pledge(school_year=2026, mentee_id=1, today=TODAY).signature_png is None
    assert check_signature(None) is None
    assert check_signature(b"") is None  # empty means “no signature”, as empty text means “no text”


def test_png_is_kept_as_given() -> None:
    pledge = make_pledge(school_year=2026, mentee_id=1, today=TODAY, signature_png=PNG)
    assert pledge.signature_png == PNG
    assert check_signature(PNG) == PNG


def test_not_a_png_is_refused_by_its_field() -> None:
    for data in (b"GIF89a" + b"\x00" * 20, b"\xff\xd8\xff\xe0 jpeg", PNG_MAGIC[:-1]):
        with pytest.raises(ValidationError) as caught:
            make_pledge(school_year=2026, mentee_id=1, today=TODAY, signature_png=data)
        assert caught.value.code == "signature_not_png"
        assert caught.value.field == "signature"
        assert caught.value.message("zh") == "签名图片不是 PNG 图片，无法保存；请重新签名或重新导入"
        assert "not a PNG" in caught.value.message("en")


def test_size_limit() -> None:
    at_limit = PNG + b"\x00" * (SIGNATURE_LIMIT_BYTES - len(PNG))
    assert check_signature(at_limit) == at_limit
    with pytest.raises(ValidationError) as caught:
        check_signature(at_limit + b"\x00")
    assert caught.value.code == "signature_too_large"
    assert caught.value.field == "signature"
    assert caught.value.message("zh") == "签名图片太大（2049 KB，最多 2048 KB）；请裁剪或缩小后重新导入"
    assert "2049 KB" in caught.value.message("en")


def test_signature_bytes_are_not_in_the_repr() -> None:
    # A pledge is logged and shown in test failures; a picture's bytes would bury everything else.
    assert "signature" not in repr(Pledge(2026, 1, signature_png=PNG))
