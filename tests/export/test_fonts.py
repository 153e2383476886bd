"""Fonts: embedded as subsets, rare characters drawn by a fallback, missing ones reported, never boxes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.export import wording
from jilu_desktop.export.data import TextItem
from jilu_desktop.export.fonts import MAIN_FONT, default_fonts, find_unprintable, printable, unprintable_error
from jilu_desktop.services import AppServices
from jilu_desktop.services.export import ExportService
from tests.export.conftest import Pdf

RARE_A = "刘䶮"  # U+4DAE, CJK Extension A: in HanaMinA
RARE_B = "李𠀾明"  # U+2003E, CJK Extension B, one of the few HanaMinA also has
RARE_B2 = "张𧒽"  # U+274BD, CJK Extension B: only in HanaMinB
NO_FONT = "张\U00030001"  # CJK Extension G: no shipped font has it


def test_main_font_has_every_character_of_the_fixed_wording() -> None:
    fonts = default_fonts()
    texts = (
        [value for name, value in vars(wording).items() if name.isupper() and isinstance(value, str)]
        + list(wording.INSIDE_COVER)
        + list(wording.FEEDBACK_NOTES)
        + list(wording.STATE_LABELS.values())
    )
    texts += [
        "第 1 页 / 共 12 页",
        "帮扶内容或帮扶心得（接上页）：",
        "（接下页）",
        "二〇二六年十二月",
        "年级(或单位)",
        "—",
    ]
    for text in texts:
        for ch in printable(text).replace("\n", ""):
            assert fonts.font_for(ch) == MAIN_FONT, (text, ch)


def test_rare_characters_fall_back_to_hanazono() -> None:
    fonts = default_fonts()
    assert fonts.font_for("䶮") == "JiluHanaMinA"
    assert fonts.font_for("𠀾") == "JiluHanaMinA"
    assert fonts.font_for("𧒽") == "JiluHanaMinB"
    assert fonts.font_for("李") == MAIN_FONT
    assert fonts.runs(RARE_B) == [(MAIN_FONT, "李"), ("JiluHanaMinA", "𠀾"), (MAIN_FONT, "明")]
    assert fonts.markup("<" + RARE_B2) == '&lt;张<font name="JiluHanaMinB">𧒽</font>'


def test_missing_characters_are_found_with_their_position() -> None:
    fonts = default_fonts()
    assert fonts.missing(NO_FONT) == [(2, "\U00030001")]
    assert fonts.missing("\ue000") == [(1, "\ue000")]  # private use
    assert fonts.missing("一行\n两行\t及变体选择符葛\U000e0100") == []  # layout and ignorable marks
    found = find_unprintable(fonts, [TextItem("学生“张X”的姓名", "the name", NO_FONT)])
    error = unprintable_error(found)
    assert error.code == "export_unprintable"
    assert "学生“张X”的姓名第2个字" in error.message("zh") and "U+30001" in error.message("zh")
    assert "character 2" in error.message("en")


def assert_embedded(pdf: Pdf) -> None:
    assert pdf.fonts
    for name, font in pdf.fonts.items():
        assert re.match(r"^/[A-Z]{6}\+", name), f"{name} is not a subset"
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"
        assert "/ToUnicode" in font


def test_fonts_are_embedded_subsets(export: ExportService, services: AppServices, tmp_path: Path) -> None:
    services.demo.fill([2026])
    pdf = Pdf(export.export_record_book(2026, tmp_path / "book.pdf").path)
    assert_embedded(pdf)
    assert not any("Helvetica" in name or "Times" in name for name in pdf.fonts)


def _with_rare_names(services: AppServices) -> None:
    services.demo.fill([2026])
    for name in (RARE_A, RARE_B, RARE_B2):
        sid = services.students.add(name=name, class_name="五(2)班")
        services.activities.add(
            date="2026-11-20", time="16:10", kind="谈心", student_ids=[sid], place="办公室",
            content=f"与{name}谈心，了解学习情况。",
        )  # fmt: skip


def test_rare_character_names_are_printed_with_the_fallback_font(
    export: ExportService, services: AppServices, tmp_path: Path
) -> None:
    _with_rare_names(services)
    pdf = Pdf(export.export_record_book(2026, tmp_path / "book.pdf").path)
    assert_embedded(pdf)
    for name in (RARE_A, RARE_B, RARE_B2):
        assert name in pdf.flat  # extractable, so also searchable and copyable
    assert f"与{RARE_B}谈心" in pdf.flat
    names = " ".join(pdf.fonts)
    assert "HanaMinB" in names and "HanaMinA" in names


def test_a_character_no_font_has_is_reported_before_writing(
    export: ExportService, services: AppServices, tmp_path: Path
) -> None:
    services.demo.fill([2026])
    sid = services.students.add(name=NO_FONT)
    services.activities.add(
        date="2026-11-20", kind="谈心", student_ids=[sid], place="办公室", content="谈心，了解学习情况。"
    )
    out = tmp_path / "out" / "book.pdf"
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out)
    assert caught.value.code == "export_unprintable"
    message = caught.value.message("zh")
    assert f"学生“{NO_FONT}”的姓名" in message and "第2个字" in message and "U+30001" in message
    assert not out.exists()
    assert not out.parent.exists()  # not even the folder: an export never makes one
    # anonymized, the name is replaced, so the book can be made
    out.parent.mkdir()
    export.export_record_book(2026, out, anonymize=True)
    assert out.exists()
