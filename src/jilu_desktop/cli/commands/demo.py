"""`jilu demo`: fill an empty record book with realistic example data (for trying the program out)."""

from __future__ import annotations

import argparse

from jilu_desktop.cli import values
from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK, UsageError
from jilu_desktop.cli.i18n import translator
from jilu_desktop.cli.output import emit
from jilu_desktop.cli.parser import Subcommands, add_command
from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.messages import Lang

PER_MONTH_LIMIT = 200


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    p = add_command(
        sub,
        "demo",
        lang,
        "向空的记录本中加入示例数据（教师、12 名学生、志愿书和活动记录）",
        "fill an empty record book with example data (teacher, 12 students, pledges, activities)",
    )
    p.add_argument(
        "--school-year",
        dest="school_years",
        action="append",
        metavar="YYYY",
        help=t("学年，可重复（默认：本学年）", "school year; repeat for several (default: the current one)"),
    )
    p.add_argument(
        "--per-month", type=int, default=24, metavar="N", help=t("每月约多少条记录", "about N activities a month")
    )
    p.add_argument(
        "--clear",
        action="store_true",
        help=t(
            "清除示例数据，开始使用自己的记录本（先备份；保留语言、字号和提醒设置）",
            "take the example data out, to begin your own record book (backed up first; the language, font size "
            "and reminders are kept)",
        ),
    )
    p.add_argument(
        "--also-mine",
        action="store_true",
        help=t(
            "与 --clear 一起使用：示例数据加入后自己添加的学生和记录也一起删除",
            "with --clear: also delete the students and records you added yourself after the example data",
        ),
    )
    p.set_defaults(handler=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.clear:
        backup = ctx.services.demo.clear(also_own=args.also_mine)
        emit(
            ctx.t(
                "已清除示例数据，可以开始填写自己的记录本了。",
                "The example data is cleared: your own record book can begin.",
            )
        )
        if backup is not None:
            emit(ctx.t(f"清除前的记录本已备份到：{backup}", f"The record book as it was is backed up to: {backup}"))
        return EXIT_OK
    if args.also_mine:
        raise UsageError("--also-mine 只能与 --clear 一起使用", "--also-mine goes with --clear only")
    today = ctx.services.clock.today()
    years = [values.school_year(y, today) for y in args.school_years or [str(school_year_of(today))]]
    if not 1 <= args.per_month <= PER_MONTH_LIMIT:
        raise UsageError(
            f"--per-month 应在 1 至 {PER_MONTH_LIMIT} 之间", f"--per-month must be between 1 and {PER_MONTH_LIMIT}"
        )
    # Example students mixed into a real book could end up in a teacher's evidence for an award.
    if ctx.services.students.list():
        raise UsageError(
            "记录本中已经有学生，示例数据只能加入空的记录本（请用 --data-dir 指定一个新的文件夹）",
            "the record book already has students; example data only goes into an empty one (use a new --data-dir)",
        )
    summary = ctx.services.demo.fill(sorted(set(years)), per_month=args.per_month)
    emit(
        ctx.t(
            f"已加入示例数据：{summary.students} 名学生，{summary.activities} 条活动记录",
            f"Example data added: {summary.students} students, {summary.activities} activities",
        )
    )
    return EXIT_OK
