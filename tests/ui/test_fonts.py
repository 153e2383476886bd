"""The bundled CJK font becomes the application font; without it the app still starts."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from jilu_desktop.ui.fonts import FONT_FAMILY, MIN_POINT_SIZE, bundled_font_path, load_bundled_font


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
