"""The `jilu` command: the record book from a terminal, on the same data and through the same services as
the window. See docs/cli.md.

Exit codes: 0 done; 2 bad input (one line on stderr, nothing written); 3 the machine's problem (locked,
damaged, read-only, disk full); 1 a bug (logged with its traceback).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from jilu_desktop.bootstrap import HANDLER_NAME, open_services, setup_logging
from jilu_desktop.cli.commands import build_parser
from jilu_desktop.cli.context import BareHandler, Context, Handler
from jilu_desktop.cli.errors import EXIT_BUG, EXIT_ENVIRONMENT, EXIT_OK, EXIT_USAGE, UsageError
from jilu_desktop.cli.i18n import early_lang, env_lang, translator
from jilu_desktop.cli.output import ensure_utf8_streams, error
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths, resolve_paths
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError

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
    setup_logging(paths)
    lang = args.lang or env_lang() or lang
    try:
        bare: BareHandler | None = getattr(args, "bare_handler", None)
        if bare is not None:
            return bare(paths, lang, args)
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
        error(_internal_error_text(paths, lang), lang)
        return EXIT_BUG


def _run_with_services(paths: AppPaths, lang: Lang, args: argparse.Namespace) -> int:
    services: AppServices | None = None
    try:
        services = open_services(paths)
        # The stored setting is the last word only when neither --lang nor JILU_LANG has spoken.
        lang = args.lang or env_lang() or services.settings.language()
        handler: Handler = args.handler
        return handler(Context(services, lang, paths), args)
    except (DomainError, UsageError) as exc:
        error(exc.message(lang), lang)
        return EXIT_USAGE
    except StorageEnvironmentError as exc:
        log.info("storage environment problem: %s (%s)", exc.problem, exc.params)
        error(exc.message(lang), lang, prefix=False)
        return EXIT_ENVIRONMENT
    finally:
        if services is not None:
            services.close()


def _log_file(paths: AppPaths) -> str:
    """Where the traceback went: the log file setup_logging opened (it may predate these paths), else the folder."""
    for handler in logging.getLogger().handlers:
        filename = getattr(handler, "baseFilename", None)
        if handler.get_name() == HANDLER_NAME and isinstance(filename, str):
            return filename
    return str(paths.log_dir)


def _internal_error_text(paths: AppPaths, lang: Lang) -> str:
    where = _log_file(paths)
    return translator(lang)(
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
