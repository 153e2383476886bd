"""The interface language: Qt translators for the teacher's choice, and a pseudo-translation for layout checks.

The source strings are Chinese, so Chinese needs none of our translations; English loads
resources/i18n/jilu_en.qm (built from jilu_en.ts by `make translations`). Qt's own strings (the wizard's
“下一步”, the standard dialog buttons) come from Qt's qtbase translations when Qt ships them.

Pseudo-translation (JILU_PSEUDO_TRANSLATE=1, or pseudo=True) stretches every one of our strings the way a
longer language would, so that a layout which clips text shows it at once:
    保存  ->  【保存 xxx】
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import resources_dir

log = logging.getLogger(__name__)

PSEUDO_ENV = "JILU_PSEUDO_TRANSLATE"
CATALOG = "jilu"  # resources/i18n/jilu_<locale>.ts / .qm
QT_LOCALES: Mapping[Lang, str] = {"zh": "zh_CN", "en": "en"}
# Latin letters per Chinese character added: with the brackets, about how much wider English runs.
PSEUDO_STRETCH = 0.8

# Compiled on first use (re keeps it): compiling these ranges costs milliseconds of every start-up, and only
# the pseudo-translation needs it.
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def qm_path(lang: Lang) -> Path:
    return i18n_dir() / f"{CATALOG}_{QT_LOCALES[lang]}.qm"


def ui_locale(lang: Lang) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def pseudo_requested(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get(PSEUDO_ENV, "") not in ("", "0")


def pseudo_text(text: str) -> str:
    """Each non-empty line bracketed and padded with PSEUDO_STRETCH letters per character (at least three).

    The brackets and the padding are characters of the bundled font, so the widths Qt measures are the
    widths it draws.
    """
    return "\n".join(_stretch(line) for line in text.split("\n"))


def _stretch(line: str) -> str:
    if not line.strip():
        return line
    extra = max(3, math.ceil(len(line) * PSEUDO_STRETCH))
    return f"【{line} {'x' * extra}】"


class PseudoTranslator(QTranslator):
    """Stretches our (Chinese) strings; Qt's own English strings are left to the other translators."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not source_text or not re.search(_CJK, source_text):
            return None  # None: not ours; Qt asks the next translator, then uses the source text
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False


@dataclass
class Translations:
    """The translators installed for one language; keep it alive, remove() takes them out again."""

    lang: Lang
    pseudo: bool
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)


def install_translations(app: QCoreApplication, lang: Lang, pseudo: bool | None = None) -> Translations:
    """Install what `lang` needs (and the pseudo-translator if asked or JILU_PSEUDO_TRANSLATE is set).

    Call it before the first window is built. A missing catalogue is logged and the source (Chinese) is used.
    """
    pseudo = pseudo_requested() if pseudo is None else pseudo
    installed = Translations(lang, pseudo, previous_locale=QLocale())
    # Dates, month and day names follow the interface language, not the machine's locale.
    QLocale.setDefault(ui_locale(lang))
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt.load(ui_locale(lang), "qtbase", "_", qt_dir):
        _install(app, qt, installed)
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            _install(app, ours, installed)
        else:
            log.warning("translation %s could not be loaded; the interface stays in Chinese", qm_path(lang))
    if pseudo:
        # Installed last, so it is asked first.
        _install(app, PseudoTranslator(app), installed)
    return installed


def _install(app: QCoreApplication, translator: QTranslator, installed: Translations) -> None:
    app.installTranslator(translator)
    installed.translators.append(translator)
