"""The `jilu` command: the record book from a terminal, on the same data and through the same services as
the window. See docs/cli.md.

Exit codes: 0 done; 2 bad input (one line on stderr, nothing written); 3 the machine's problem (no record
book in the folder, locked, damaged, read-only, disk full); 1 a bug (logged with its traceback).

Only the commands that add something (commands.CREATES_BOOK) may make a new record book, and say so on
stderr; those that need none (commands.NEEDS_NO_BOOK: the blank pledge form) run without one and make
nothing; every other command refuses a folder without one, so that a mistyped --data-dir or a USB stick that
is not plugged in never looks like an empty book. A new book made by a command that is then refused is
taken away again: a refused command leaves nothing behind.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from jilu_desktop.bootstrap import (
    book_exists,
    discard_new_book,
    log_file,
    missing_folders,
    open_services,
    setup_logging,
)
from jilu_desktop.cli.commands import build_parser, creates_book, needs_no_book
from jilu_desktop.cli.context import BareHandler, Context, Handler
from jilu_desktop.cli.errors import EXIT_BUG, EXIT_ENVIRONMENT, EXIT_OK, EXIT_USAGE, UsageError
from jilu_desktop.cli.i18n import early_lang, env_lang, translator
from jilu_desktop.cli.output import ensure_utf8_streams, error, notice
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths, resolve_paths
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError

__all__ = ["main"]

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `jilu` command; returns the exit code (the console script passes it to sys.exit)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    ensure_utf8_streams()
    lang = early_lang(arguments)
    try:
        args = build_parser(lang).parse_command_line(arguments)
    except UsageError as exc:
        error(exc.message(lang), lang)
        return EXIT_USAGE
    except SystemExit as exc:  # --help has been printed
        return exc.code if isinstance(exc.code, int) else EXIT_OK

    paths = resolve_paths(args.data_dir)
    bare: BareHandler | None = getattr(args, "bare_handler", None)
    bookless = bare is None and needs_no_book(args) and not book_exists(paths)
    if bare is not None or book_exists(paths):  # no log folder where there is no book (yet)
        setup_logging(paths)
    lang = args.lang or env_lang() or lang
    try:
        if bare is not None:
            return bare(paths, lang, args)
        if bookless:
            return _run_without_book(paths, lang, args)
        return _run_with_services(paths, lang, args)
    except BrokenPipeError:
        _silence_stdout()  # the reader (e.g. `| head`) has gone; not our bug, nothing more to say
        return EXIT_BUG
    except KeyboardInterrupt:
        error(translator(lang)("已中断", "interrupted"), lang)
        return 130
    except Exception:
        # The command's name only: its values may be a student's difficulties, which stay out of log files.
        log.exception("unexpected error in `%s`", getattr(args, "command_prog", "jilu"))
        error(_internal_error_text(lang), lang)
        return EXIT_BUG


def _run_with_services(paths: AppPaths, lang: Lang, args: argparse.Namespace) -> int:
    new_book = not book_exists(paths)
    create = new_book and creates_book(args)
    made_folders = missing_folders(paths) if create else []
    made_log_dir = create and not paths.log_dir.exists()
    services: AppServices | None = None
    code = EXIT_BUG  # until the command says otherwise: a bug keeps a new book, whose log tells about it
    try:
        services = open_services(paths, create=create)
        if create:
            setup_logging(paths)
        # The stored setting is the last word only when neither --lang nor JILU_LANG has spoken.
        lang = args.lang or env_lang() or services.settings.language()
        handler: Handler = args.handler
        code = handler(Context(services, lang, paths), args)
        return code
    except (DomainError, UsageError) as exc:
        error(exc.message(lang), lang)
        code = EXIT_USAGE
        return code
    except StorageEnvironmentError as exc:
        log.info("storage environment problem: %s (%s)", exc.problem, exc.params)
        text = _no_book_text(paths, lang) if exc.problem is Problem.NO_BOOK else exc.message(lang)
        error(text, lang, prefix=False)
        code = EXIT_ENVIRONMENT
        return code
    finally:
        if services is not None:
            services.close()
        if create and code in (EXIT_USAGE, EXIT_ENVIRONMENT):
            discard_new_book(paths, made_folders, made_log_dir=made_log_dir)
        elif create and code == EXIT_OK:
            notice(translator(lang)(f"已在 {paths.data_dir} 新建记录本", f"New record book made in {paths.data_dir}"))


def _run_without_book(paths: AppPaths, lang: Lang, args: argparse.Namespace) -> int:
    """A command that needs no record book (commands.NEEDS_NO_BOOK), where there is none: nothing is made."""
    handler: BareHandler = args.bookless_handler
    try:
        return handler(paths, lang, args)
    except (DomainError, UsageError) as exc:
        error(exc.message(lang), lang)
        return EXIT_USAGE


def _no_book_text(paths: AppPaths, lang: Lang) -> str:
    return translator(lang)(
        f"这个文件夹里没有记录本：{paths.data_dir}。如果记录本在U盘上，请先插好U盘；"
        "要新建记录本，请先运行 jilu profile set --name 您的姓名",
        f"There is no record book in this folder: {paths.data_dir}. If the record book is on a USB stick, "
        "plug it in first; to start a new record book, run jilu profile set --name YOUR-NAME first",
    )


def _internal_error_text(lang: Lang) -> str:
    """The bug's one line, naming where its traceback went: the log file setup_logging opened (it may predate
    these paths), or stderr, just above, when there is none (the data folder or the book cannot be written)."""
    t = translator(lang)
    where = log_file()
    if where is None:
        return t(
            "内部错误：程序出了问题（不是您的操作造成的）。详细信息见上面的输出",
            "internal error: the program has a bug (not something you did). Details are above",
        )
    return t(
        f"内部错误：程序出了问题（不是您的操作造成的）。详细信息已写入日志 {where}",
        f"internal error: the program has a bug (not something you did). Details are in the log {where}",
    )


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
