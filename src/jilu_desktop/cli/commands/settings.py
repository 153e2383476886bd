"""`jilu settings targets|exempt-months|language|show`: a school year's targets, vacations, and the language."""

from __future__ import annotations

import argparse
from typing import Any

from jilu_desktop.cli import values
from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK, UsageError
from jilu_desktop.cli.i18n import LANGS, translator
from jilu_desktop.cli.output import emit, emit_json
from jilu_desktop.cli.parser import Subcommands, add_command, add_json_option, add_subcommands
from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.targets import YearTargets


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    group = add_command(
        sub, "settings", lang, "设置：每学年的目标、免计月份、界面语言", "settings: targets, exempt months, language"
    )
    actions = add_subcommands(group, "操作", "actions")
    year_help = t("学年，如 2026（2026.9—2027.8）", "school year, e.g. 2026 (2026-09 to 2027-08)")

    targets = add_command(
        actions,
        "targets",
        lang,
        "设置某学年每月的目标人次（默认 6 和 8）；未给出的一项保留原值",
        "set a school year's monthly targets (default 6 and 8); one left out keeps its value",
    )
    targets.add_argument("--school-year", required=True, metavar="YYYY", help=year_help)
    targets.add_argument("--talks-visits", metavar="N", help=t("谈心/家访每月目标人次", "talks and visits a month"))
    targets.add_argument("--tutoring", metavar="N", help=t("补课辅导每月目标人次", "tutoring a month"))
    targets.set_defaults(handler=run_targets)

    exempt = add_command(
        actions,
        "exempt-months",
        lang,
        "设置某学年的免计月份（寒暑假）；不给月份表示没有免计月份",
        "set a school year's exempt months (vacations); none given means no month is exempt",
    )
    exempt.add_argument("--school-year", required=True, metavar="YYYY", help=year_help)
    exempt.add_argument("months", nargs="*", metavar="M", help=t("月份 1–12，如 1 2 7 8", "months 1-12, e.g. 1 2 7 8"))
    exempt.set_defaults(handler=run_exempt_months)

    language = add_command(
        actions, "language", lang, "设置（或显示）界面语言：zh 中文，en English", "set (or show) the language"
    )
    language.add_argument("value", nargs="?", choices=LANGS, metavar="LANG", help=t("zh 或 en", "zh or en"))
    language.set_defaults(handler=run_language)

    show = add_command(actions, "show", lang, "显示某学年的设置", "show a school year's settings")
    show.add_argument(
        "--school-year", metavar="YYYY", help=t("学年（默认：本学年）", "school year (default: the current one)")
    )
    add_json_option(show)
    show.set_defaults(handler=run_show)


def run_targets(ctx: Context, args: argparse.Namespace) -> int:
    year = values.school_year(args.school_year, ctx.services.clock.today())
    if args.talks_visits is None and args.tutoring is None:
        raise UsageError(
            "请给出 --talks-visits 或 --tutoring（或两者）",
            "give --talks-visits or --tutoring (or both)",
            hint="jilu settings targets --help",
        )
    current = ctx.services.settings.targets(year)
    saved = ctx.services.settings.set_targets(
        year,
        current.talks_visits if args.talks_visits is None else args.talks_visits,
        current.tutoring if args.tutoring is None else args.tutoring,
    )
    emit(targets_line(year, saved, ctx.lang))
    return EXIT_OK


def run_exempt_months(ctx: Context, args: argparse.Namespace) -> int:
    year = values.school_year(args.school_year, ctx.services.clock.today())
    saved = ctx.services.settings.set_exempt_months(year, list(args.months))
    emit(targets_line(year, saved, ctx.lang))
    return EXIT_OK


def run_language(ctx: Context, args: argparse.Namespace) -> int:
    if args.value is None:
        emit(ctx.services.settings.language())
        return EXIT_OK
    ctx.services.settings.set_language(args.value)
    emit(translator(args.value)("界面语言已设为中文", "Language set to English"))
    return EXIT_OK


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    today = ctx.services.clock.today()
    year = school_year_of(today) if args.school_year is None else values.school_year(args.school_year, today)
    targets = ctx.services.settings.targets(year)
    if args.json:
        emit_json(settings_json(year, targets, ctx.services.settings.language()))
    else:
        emit(targets_line(year, targets, ctx.lang))
        emit(ctx.t("界面语言：", "Language: ") + ctx.services.settings.language())
    return EXIT_OK


def settings_json(year: int, targets: YearTargets, language: Lang) -> dict[str, Any]:
    return {
        "school_year": year,
        "talks_visits": targets.talks_visits,
        "tutoring": targets.tutoring,
        "exempt_months": sorted(targets.exempt_months),
        "language": language,
    }


def targets_line(year: int, targets: YearTargets, lang: Lang) -> str:
    t = translator(lang)
    months = sorted(targets.exempt_months)
    if lang == "zh":
        exempt = "、".join(f"{m}月" for m in months) if months else "无"
    else:
        exempt = ", ".join(str(m) for m in months) if months else "none"
    return t(
        f"{year}学年：谈心/家访每月 {targets.talks_visits} 人次，补课辅导每月 {targets.tutoring} 人次；"
        f"免计月份：{exempt}",
        f"School year {year}: talks/visits {targets.talks_visits} a month, tutoring {targets.tutoring} a month; "
        f"exempt months: {exempt}",
    )
