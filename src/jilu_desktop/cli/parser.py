"""The argparse parser: help in the teacher's language, and every parse error one translated line."""

from __future__ import annotations

import argparse
import re
from contextvars import ContextVar
from typing import Any, Final, NoReturn, TypeAlias

from jilu_desktop.cli import argparse_messages
from jilu_desktop.cli.errors import UsageError
from jilu_desktop.cli.i18n import LANGS, tr
from jilu_desktop.domain.messages import Lang

PROG = "jilu"
# The metavar of every sub-command choice; argparse names the argument by it in "invalid choice" errors.
COMMAND_METAVARS = ("命令", "command")

# argparse checks for missing arguments before it looks at the ones it did not recognise. A misspelled
# option (`--dat` for `--date`) would then be told as “--date is missing”, never naming the misspelling. So
# while parse_command_line runs, “missing” errors are held back here, and told only if nothing was unknown.
_MISSING: Final = re.compile(r"^(the following arguments are required|one of the arguments .* is required)")
_held_back: ContextVar[list[UsageError] | None] = ContextVar("held_back", default=None)


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    def _format_action(self, action: argparse.Action) -> str:
        # List the sub-commands directly under their heading, without argparse's extra line that
        # repeats the metavar ("命令") above them.
        if isinstance(action, argparse._SubParsersAction):
            return "".join(self._format_action(choice) for choice in action._get_subactions())
        return super()._format_action(action)


class _ZhHelpFormatter(_HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _EnHelpFormatter(_HelpFormatter):
    pass


class JiluArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks `lang` and raises UsageError instead of printing usage and exiting."""

    def __init__(self, *args: Any, lang: Lang = "zh", **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _ZhHelpFormatter if lang == "zh" else _EnHelpFormatter)
        kwargs.setdefault("add_help", False)
        # Abbreviations would let a future option silently change what an old script means.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.lang: Lang = lang
        self._positionals.title = tr(lang, "位置参数", "positional arguments")
        self._optionals.title = tr(lang, "选项", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=tr(lang, "显示本帮助并退出", "show this help"),
        )

    def parse_command_line(self, argv: list[str]) -> argparse.Namespace:
        """parse_args(), except that unknown arguments are told first (before any missing ones), and point at
        the help of the sub-command they were given to."""
        held_back: list[UsageError] = []
        token = _held_back.set(held_back)
        try:
            args, extras = self.parse_known_args(argv)
        finally:
            _held_back.reset(token)
        if extras:
            message = "unrecognized arguments: " + " ".join(extras)
            text = {lang: argparse_messages.translate(message, lang) for lang in LANGS}
            raise UsageError(text["zh"], text["en"], hint=f"{getattr(args, 'command_prog', self.prog)} --help")
        if held_back:
            raise held_back[0]  # the innermost command's: argparse checks it first
        return args

    def error(self, message: str) -> NoReturn:
        problem = self._usage_error(message)
        held_back = _held_back.get()
        if held_back is not None and _MISSING.match(message):
            # argparse goes on to return what it did not recognise; parse_command_line tells this afterwards.
            held_back.append(problem)
            return  # type: ignore[misc]
        raise problem

    def _usage_error(self, message: str) -> UsageError:
        commands = tuple(
            name
            for action in self._actions
            if isinstance(action, argparse._SubParsersAction)
            for name in action.choices
        )
        text = {lang: argparse_messages.translate(message, lang, COMMAND_METAVARS, commands) for lang in LANGS}
        # Point at the help of the (sub)command that failed, so that one line is enough to go on.
        return UsageError(text["zh"], text["en"], hint=f"{self.prog} --help")


Subcommands: TypeAlias = "argparse._SubParsersAction[JiluArgumentParser]"


def add_subcommands(parser: JiluArgumentParser, title_zh: str, title_en: str) -> Subcommands:
    lang = parser.lang
    return parser.add_subparsers(
        title=tr(lang, title_zh, title_en),
        dest="command_" + parser.prog.replace(" ", "_"),
        metavar=COMMAND_METAVARS[0] if lang == "zh" else COMMAND_METAVARS[1],
        required=True,
    )


def add_command(sub: Subcommands, name: str, lang: Lang, zh: str, en: str) -> JiluArgumentParser:
    """A sub-command whose one-line summary (zh, en) shows in its parent's help and atop its own."""
    summary = tr(lang, zh, en)
    parser = sub.add_parser(name, lang=lang, help=summary, description=summary)
    # The innermost command's default wins, so that errors can name the help that fits.
    parser.set_defaults(command_prog=parser.prog)
    return parser


def add_json_option(parser: JiluArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=tr(parser.lang, "以 JSON 输出（UTF-8）", "print JSON (UTF-8)")
    )
