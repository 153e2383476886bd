"""What a command gets to work with: the open services, the language and where the data lives."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from jilu_desktop.cli.i18n import tr
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices


@dataclass(frozen=True)
class Context:
    services: AppServices
    lang: Lang
    paths: AppPaths

    def t(self, zh: str, en: str) -> str:
        return tr(self.lang, zh, en)


# A command: reads the parsed arguments, talks to the services, prints, and returns the exit code.
Handler = Callable[[Context, argparse.Namespace], int]
# A command that must not open the data itself (the GUI opens it in its own process flow).
BareHandler = Callable[[AppPaths, Lang, argparse.Namespace], int]
