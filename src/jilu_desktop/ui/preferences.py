"""The teacher's preferences applied to the running program: language (at start-up) and font size (any time).

app = QApplication(...); load_bundled_font(app)
translations = apply_preferences(app, services)   # keep it: the translators live as long as it does
window = MainWindow(services)
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

from jilu_desktop.services import AppServices
from jilu_desktop.ui.i18n import Translations, install_translations


def apply_font_size(size: int | None) -> None:
    """Make `size` points the application's font size, at once (None leaves the font as it is).

    Widgets that set no font of their own follow the application font, so the change shows everywhere.
    """
    app = QGuiApplication.instance()
    if size is None or not isinstance(app, QGuiApplication):
        return
    font = QFont(QGuiApplication.font())
    if font.pointSizeF() > 0 and round(font.pointSizeF()) == size:
        return
    font.setPointSizeF(size)
    QGuiApplication.setFont(font)


def apply_preferences(app: QGuiApplication, services: AppServices, pseudo: bool | None = None) -> Translations:
    """Install the translators for the stored language and apply the stored font size; call before any window."""
    prefs = services.settings.preferences()
    translations = install_translations(app, prefs.language, pseudo)
    apply_font_size(prefs.font_size)
    return translations
