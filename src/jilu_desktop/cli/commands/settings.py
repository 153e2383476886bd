"""`jilu settings targets|exempt-months|joined|language|show`: a school year's targets, vacations, the month the
teacher began taking part, and the language."""

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
from jilu_desktop.domain.participation import Participation, StartSource
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

    joined = add_command(
        actions,
        "joined",
        lang,
        "设置（或显示）参加起始月份：此前的月份为“未参加”，不计达标或未达标",
        "set (or show) the month you began taking part: earlier months are neither met nor short",
    )
    how = joined.add_mutually_exclusive_group()
    how.add_argument(
        "--month",
        metavar="YYYY-MM",
        help=t("参加起始月份，如 2026-10（不晚于本月）", "the month you began, e.g. 2026-10 (this month at latest)"),
    )
    how.add_argument(
        "--auto",
        action="store_true",
        help=t("自动：第一条记录或志愿书的月份", "automatic: the month of the first record or pledge"),
    )
    joined.set_defaults(handler=run_joined)

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


def run_joined(ctx: Context, args: argparse.Namespace) -> int:
    settings = ctx.services.settings
    if args.auto:
        joined = settings.set_participation_start(None)
    elif args.month is not None:
        joined = settings.set_participation_start(args.month)
    else:
        joined = settings.participation()
    emit(joined_line(joined, ctx.lang))
    return EXIT_OK


def joined_line(joined: Participation, lang: Lang) -> str:
    """“参加起始月份：2026年10月（自动：第一条活动记录的月份）”."""
    t = translator(lang)
    start = joined.start
    how = {
        StartSource.SETTING: t("已设定", "as set"),
        StartSource.ACTIVITY: t("自动：第一条活动记录的月份", "automatic: the month of the first record"),
        StartSource.PLEDGE: t("自动：志愿书的月份", "automatic: the month of the pledge"),
        StartSource.NONE: t("自动：还没有记录和志愿书，从本月算起", "automatic: no record or pledge yet: this month"),
    }[joined.source]
    return t(f"参加起始月份：{start.year}年{start.month}月（{how}）", f"Taking part since: {start} ({how})")


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
    joined = ctx.services.settings.participation()
    if args.json:
        emit_json(settings_json(year, targets, ctx.services.settings.language(), joined))
    else:
        emit(targets_line(year, targets, ctx.lang))
        emit(joined_line(joined, ctx.lang))
        emit(ctx.t("界面语言：", "Language: ") + ctx.services.settings.language())
    return EXIT_OK


def settings_json(year: int, targets: YearTargets, language: Lang, joined: Participation) -> dict[str, Any]:
    return {
        "school_year": year,
        "talks_visits": targets.talks_visits,
        "tutoring": targets.tutoring,
        "exempt_months": sorted(targets.exempt_months),
        "participation_start": str(joined.start),
        "participation_start_source": joined.source.value,
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
