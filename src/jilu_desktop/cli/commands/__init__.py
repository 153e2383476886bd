"""The command table: one module per command group, each with register(sub, lang)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Final

from jilu_desktop.cli.commands import archive, demo, export, gui, logs, pledges, profile, progress, settings, students
from jilu_desktop.cli.i18n import LANGS, translator
from jilu_desktop.cli.parser import PROG, JiluArgumentParser, add_subcommands
from jilu_desktop.domain.messages import Lang

# In the order they appear in `jilu --help`: the usual order of filling in the record book.
GROUPS = (profile, students, pledges, logs, progress, export, archive, settings, gui, demo)

# The commands that may make a new record book where there is none: those that can put something into an
# empty book. Every other command (those that only read, and those that need a student or an activity that
# an empty book cannot have) refuses a folder without a book: a mistyped --data-dir, or a USB stick that is
# not plugged in, must never look like an empty record book. Keyed by the command's prog; the value says
# whether these arguments write.
CREATES_BOOK: Final[dict[str, Callable[[argparse.Namespace], bool]]] = {
    f"{PROG} profile set": lambda args: True,
    f"{PROG} student add": lambda args: True,
    f"{PROG} settings targets": lambda args: True,
    f"{PROG} settings exempt-months": lambda args: True,
    f"{PROG} settings language": lambda args: args.value is not None,  # without a value it only shows
    f"{PROG} demo": lambda args: not args.clear,
    f"{PROG} archive import": lambda args: True,  # a new computer: the archive becomes its book
}


# The commands that, with these arguments, need no record book at all (the blank pledge form): where there is
# none they run without one (args.bookless_handler) and make nothing, not even the log folder.
NEEDS_NO_BOOK: Final[dict[str, Callable[[argparse.Namespace], bool]]] = {
    f"{PROG} export pledge": lambda args: bool(args.blank),
    f"{PROG} archive check": lambda args: True,
}


def needs_no_book(args: argparse.Namespace) -> bool:
    """Whether the parsed command can run where there is no record book."""
    bookless = NEEDS_NO_BOOK.get(getattr(args, "command_prog", ""))
    return bookless is not None and bookless(args)


def creates_book(args: argparse.Namespace) -> bool:
    """Whether the parsed command may make a new record book when the data folder has none."""
    writes = CREATES_BOOK.get(getattr(args, "command_prog", ""))
    return writes is not None and writes(args)


def build_parser(lang: Lang) -> JiluArgumentParser:
    t = translator(lang)
    parser = JiluArgumentParser(
        prog=PROG,
        lang=lang,
        description=t(
            "记录本：武进区“168”爱生行动的活动记录（命令行）。",
            "Record book for the “168” love-students campaign (command line).",
        ),
        epilog=t(
            "环境变量：JILU_DATA_DIR 数据文件夹，JILU_LANG 语言（zh/en），JILU_TODAY 把“今天”固定为 YYYY-MM-DD。\n"
            "退出码：0 成功，2 输入有误（未保存任何内容），"
            "3 环境问题（没有记录本、无权读取、被占用、已损坏、只读、磁盘已满），1 程序错误。",
            "Environment: JILU_DATA_DIR data folder, JILU_LANG language (zh/en), "
            "JILU_TODAY pretend today is YYYY-MM-DD.\n"
            "Exit codes: 0 done, 2 bad input (nothing saved), 3 environment problem (no record book, no "
            "permission, locked, damaged, read-only, disk full), 1 bug.",
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=t(
            "数据文件夹（默认：JILU_DATA_DIR 或用户数据文件夹）", "data folder (default: JILU_DATA_DIR or the user's)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGS,
        metavar="zh|en",
        help=t(
            "输出语言（默认：JILU_LANG、已保存的设置，或中文）",
            "language (default: JILU_LANG, the setting, or Chinese)",
        ),
    )
    sub = add_subcommands(parser, "命令", "commands")
    for group in GROUPS:
        group.register(sub, lang)
    return parser
