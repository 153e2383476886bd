"""The bundled fonts: a CJK font made the application font, so that Chinese never depends on the machine's
fonts, and the two Hanazono Mincho fonts behind it for the rare characters (生僻字) of some names, so that
the window shows every name the record book prints."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from jilu_desktop.paths import resources_dir

log = logging.getLogger(__name__)

FONT_FILE = "wqy-microhei.ttc"  # WenQuanYi Micro Hei, Apache-2.0
FONT_FAMILY = "WenQuanYi Micro Hei"
# Behind it, for characters it lacks (CJK Extension A in HanaMinA, Extensions B and later in HanaMinB).
RARE_FONT_FILES = ("HanaMinA.ttf", "HanaMinB.ttf")
# Hanzi at the common 9 pt default are hard to read on the projectors and old screens of school offices.
MIN_POINT_SIZE = 10.0


def bundled_font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def load_bundled_font(app: QGuiApplication, path: Path | None = None, rare_characters: bool = True) -> str | None:
    """Register the bundled font and make it the application font; None (and a warning) if it cannot be.

    With `rare_characters`, the fonts for rare characters are registered too (some 10 ms; the program
    itself does that just after its first paint, see load_rare_character_fonts)."""
    path = path or bundled_font_path()
    if not path.is_file():
        log.warning("bundled font %s is missing; using the system font", path)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font %s could not be loaded; using the system font", path)
        return None
    # The collection also holds a monospaced face; the proportional one is for the interface.
    family = FONT_FAMILY if FONT_FAMILY in families else families[0]
    font = QFont(app.font())
    font.setFamilies([family])
    if font.pointSizeF() > 0:  # a pixel-sized system font is left as the system sized it
        font.setPointSizeF(max(font.pointSizeF(), MIN_POINT_SIZE))
    app.setFont(font)
    log.debug("application font: %s %.1f pt", family, font.pointSizeF())
    if rare_characters:
        load_rare_character_fonts(app)
    return family


def load_rare_character_fonts(app: QGuiApplication, fonts_dir: Path | None = None) -> list[str]:
    """Register the fonts for rare characters as the fallbacks of the application font; their families.

    A character the interface font lacks is then drawn from them (Qt substitutes a family's listed
    substitutes for the glyphs it does not have), on every platform and in widgets already shown."""
    fonts_dir = fonts_dir or resources_dir() / "fonts"
    families: list[str] = []
    for name in RARE_FONT_FILES:
        path = fonts_dir / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not loaded:
            log.warning("font for rare characters %s is missing or unreadable; they may show as boxes", path)
            continue
        families.extend(f for f in loaded if f not in families)
    if families:
        for family in app.font().families():
            QFont.insertSubstitutions(family, [f for f in families if f not in QFont.substitutes(family)])
        for window in app.topLevelWindows():
            window.requestUpdate()
    return families
