"""The CLI's own refusals, and the exit codes every command shares."""

from __future__ import annotations

from typing import Final

from jilu_desktop.domain.messages import Lang

EXIT_OK: Final = 0
EXIT_BUG: Final = 1  # our mistake: logged with its traceback
EXIT_USAGE: Final = 2  # bad input: nothing was written
EXIT_ENVIRONMENT: Final = 3  # the machine's problem: no record book there, disk full, read-only, locked, damaged


class UsageError(Exception):
    """Bad input the domain cannot see (argparse's errors, an edit with nothing to change); exits 2."""

    def __init__(self, zh: str, en: str, hint: str = "") -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en
        self.hint = hint  # a command to try, such as "jilu log add --help"

    def message(self, lang: Lang) -> str:
        text = self.zh if lang == "zh" else self.en
        if self.hint:
            text += f"（详见 {self.hint}）" if lang == "zh" else f" (see {self.hint})"
        return text
