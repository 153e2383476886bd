"""The bundled CJK font, made the application font so that Chinese never depends on the machine's fonts."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from jilu_desktop.paths import resources_dir

log = logging.getLogger(__name__)

FONT_FILE = "wqy-microhei.ttc"  # WenQuanYi Micro Hei, Apache-2.0
FONT_FAMILY = "WenQuanYi Micro Hei"
# Hanzi at the common 9 pt default are hard to read on the projectors and old screens of school offices.
MIN_POINT_SIZE = 10.0


def bundled_font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def load_bundled_font(app: QGuiApplication, path: Path | None = None) -> str | None:
    """Register the bundled font and make it the application font; None (and a warning) if it cannot be."""
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
    return family
