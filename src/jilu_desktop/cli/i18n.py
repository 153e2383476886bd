"""Which language the CLI speaks, and the two-language strings it needs beyond the domain's messages."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

from jilu_desktop.domain.messages import Lang, normalize_lang
from jilu_desktop.paths import resolve_paths
from jilu_desktop.services.settings import LANGUAGE_KEY
from jilu_desktop.storage.settings_repo import peek_setting

LANG_ENV: Final = "JILU_LANG"
LANGS: Final[tuple[Lang, ...]] = ("zh", "en")


def tr(lang: Lang, zh: str, en: str) -> str:
    """Pick the text for `lang`; the CLI's own strings live beside their use, as (zh, en) pairs."""
    return zh if lang == "zh" else en


def option_value(argv: Sequence[str], option: str) -> str | None:
    """The value of a global option (`--lang en` or `--lang=en`) found before argparse has run.

    The language must be known before the parser exists, because the help texts and argparse's own
    error messages are written in it.
    """
    value: str | None = None
    tokens = list(argv)
    for i, token in enumerate(tokens):
        if token == "--":
            break
        if token == option and i + 1 < len(tokens):
            value = tokens[i + 1]
        elif token.startswith(option + "="):
            value = token.split("=", 1)[1]
    return value


def env_lang(environ: Mapping[str, str] | None = None) -> Lang | None:
    value = (os.environ if environ is None else environ).get(LANG_ENV, "").strip()
    return normalize_lang(value) if value else None


def flag_lang(argv: Sequence[str]) -> Lang | None:
    value = option_value(argv, "--lang")
    return "en" if value == "en" else "zh" if value == "zh" else None


def peek_stored_lang(database: Path) -> Lang | None:
    """The language saved in the settings, read without opening (so without creating or upgrading) the data.

    Used only where the services are not open yet: argparse's errors and --help.
    """
    stored = peek_setting(database, LANGUAGE_KEY)
    return normalize_lang(stored) if stored else None


def early_lang(argv: Sequence[str]) -> Lang:
    """The language before the data is open: --lang, JILU_LANG, the stored setting, else Chinese."""
    chosen = flag_lang(argv) or env_lang()
    if chosen:
        return chosen
    try:  # resolve_paths also honours JILU_DATA_DIR
        database = resolve_paths(option_value(argv, "--data-dir") or None).database
    except Exception:  # no usable home folder: nothing to peek at
        return "zh"
    return peek_stored_lang(database) or "zh"


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """A count with its English noun: counted(1, "day") is “1 day”, counted(2, "day") “2 days”.

    For the English of t(zh, en) only; Chinese has no plural (“1 天”, “2 天”).
    """
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def gender_word(gender: str | None, lang: Lang) -> str:
    """A gender as stored (男, 女) in the output's language: “male”, “female” in English; "" when not given."""
    if not gender or lang == "zh":
        return gender or ""
    return {"男": "male", "女": "female"}.get(gender, gender)


def translator(lang: Lang) -> Callable[[str, str], str]:
    """t(zh, en) for one language, to keep option definitions short."""
    return lambda zh, en: tr(lang, zh, en)
