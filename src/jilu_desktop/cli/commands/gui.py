"""`jilu gui`: open the window on the same data folder."""

from __future__ import annotations

import argparse
import importlib
import logging
from collections.abc import Callable
from typing import cast

from jilu_desktop.cli.errors import EXIT_ENVIRONMENT
from jilu_desktop.cli.i18n import translator
from jilu_desktop.cli.output import error
from jilu_desktop.cli.parser import Subcommands, add_command
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

RunGui = Callable[..., int]


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    p = add_command(sub, "gui", lang, "打开记录本窗口", "open the record-book window")
    p.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help=t(
            "窗口第一次画出后就退出（用于检查能否启动）", "quit as soon as the window has been drawn (a start-up check)"
        ),
    )
    # The window opens the data itself; the CLI must not hold the database open meanwhile.
    p.set_defaults(bare_handler=run)


def run(paths: AppPaths, lang: Lang, args: argparse.Namespace) -> int:
    # Imported here, by name, so that no other command ever loads Qt (start-up time, and machines without
    # Qt's system libraries can still use the command line).
    try:
        run_gui = cast(RunGui, importlib.import_module("jilu_desktop.app").run_gui)
    except (ImportError, OSError) as exc:
        log.exception("the window could not be loaded")
        t = translator(lang)
        error(t(f"无法打开窗口：{exc}", f"The window cannot be opened: {exc}"), lang, prefix=False)
        return EXIT_ENVIRONMENT
    # A folder other than the user's own data folder may be mistyped or not plugged in: asked before a new
    # book is made there (as jilu-desktop --data-dir does).
    named = paths != resolve_paths(None, environ={})
    return int(run_gui(paths, quit_after_first_paint=args.quit_after_first_paint, ask_before_new_book=named))
