"""The bundled CJK font becomes the application font; without it the app still starts."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication

from jilu_desktop.ui.fonts import (
    FONT_FAMILY,
    MIN_POINT_SIZE,
    bundled_font_path,
    load_bundled_font,
    load_rare_character_fonts,
)

RARE_FAMILIES = ("HanaMinA", "HanaMinB")


def test_the_font_ships_with_the_app() -> None:
    assert bundled_font_path().is_file()


def test_bundled_font_becomes_the_application_font(qapp: QApplication, app_font: QFont) -> None:
    family = load_bundled_font(qapp)

    assert family == FONT_FAMILY == "WenQuanYi Micro Hei"
    assert qapp.font().family() == FONT_FAMILY
    # Not merely requested: the font the widgets will really draw with.
    assert QFontInfo(qapp.font()).family() == FONT_FAMILY
    assert qapp.font().pointSizeF() >= MIN_POINT_SIZE


def test_missing_font_warns_and_keeps_the_system_font(
    qapp: QApplication, app_font: QFont, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="jilu_desktop.ui.fonts"):
        family = load_bundled_font(qapp, tmp_path / "missing.ttc")

    assert family is None
    assert qapp.font() == app_font
    assert "using the system font" in caplog.text


def test_unreadable_font_warns_and_keeps_the_system_font(
    qapp: QApplication, app_font: QFont, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken.ttc"
    broken.write_bytes(b"not a font" * 100)
    with caplog.at_level(logging.WARNING, logger="jilu_desktop.ui.fonts"):
        family = load_bundled_font(qapp, broken)

    assert family is None
    assert qapp.font() == app_font
    assert "could not be loaded" in caplog.text


def _drawn_by(text: str, font: QFont) -> dict[str, str]:
    """Which family really draws each character of `text` (after Qt's fallback); "" for a missing glyph."""
    drawn = {}
    for ch in text:
        layout = QTextLayout(ch, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        fonts = [run.rawFont() for run in layout.glyphRuns()]
        drawn[ch] = next((f.familyName() for f in fonts if f.supportsCharacter(ord(ch))), "")
    return drawn


def test_rare_characters_in_names_are_drawn_from_the_bundled_fonts(qapp: QApplication, app_font: QFont) -> None:
    """The window shows the names the record book prints: 𠀾𪚥 (Extension B) and 䶮 (Extension A)."""
    assert load_bundled_font(qapp) == FONT_FAMILY
    drawn = _drawn_by("李小明王𠀾𪚥刘䶮", qapp.font())
    assert {drawn[ch] for ch in "李小明王刘"} == {FONT_FAMILY}
    assert drawn["𠀾"] in RARE_FAMILIES and drawn["𪚥"] in RARE_FAMILIES
    assert drawn["䶮"] in (FONT_FAMILY, *RARE_FAMILIES)


def test_rare_character_fonts_can_come_later(
    qapp: QApplication, app_font: QFont, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """The program registers them just after its first paint; missing files are logged, not fatal."""
    load_bundled_font(qapp, rare_characters=False)
    with caplog.at_level(logging.WARNING, logger="jilu_desktop.ui.fonts"):
        assert load_rare_character_fonts(qapp, tmp_path) == []
    assert "rare characters" in caplog.text
    assert load_rare_character_fonts(qapp) == list(RARE_FAMILIES)
    assert _drawn_by("𠀾", qapp.font())["𠀾"] in RARE_FAMILIES
