"""`jilu progress`: how a month or a school year stands against the two targets (6 and 8 人次)."""

from __future__ import annotations

import argparse
from typing import Any

from jilu_desktop.cli import values
from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK
from jilu_desktop.cli.i18n import counted, translator
from jilu_desktop.cli.output import emit, emit_json
from jilu_desktop.cli.parser import Subcommands, add_command, add_json_option
from jilu_desktop.domain.calendar import Month, school_year_label
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.progress import MonthProgress, MonthState, TargetProgress, YearProgress


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    p = add_command(
        sub,
        "progress",
        lang,
        "本月（或指定月份、学年）的谈心家访和补课辅导人次与目标对照",
        "this month's (or a month's, or a school year's) person-times against the targets",
    )
    when = p.add_mutually_exclusive_group()
    when.add_argument("--month", metavar="YYYY-MM", help=t("月份（默认：本月）", "month (default: this month)"))
    when.add_argument(
        "--school-year", metavar="YYYY", help=t("整个学年，9月至次年8月", "a whole school year, Sep to Aug")
    )
    add_json_option(p)
    p.set_defaults(handler=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.school_year is not None:
        year = ctx.services.progress.school_year(values.school_year(args.school_year, ctx.services.clock.today()))
        if args.json:
            emit_json(year_json(year))
        else:
            emit("\n".join(year_lines(year, ctx.lang)))
        return EXIT_OK
    month = ctx.services.progress.month(None if args.month is None else values.month(args.month))
    if args.json:
        emit_json(month_json(month))
    else:
        lines = month_lines(month, ctx.lang)
        if month.state is MonthState.NOT_PARTICIPATING:
            lines.append(start_line(ctx.services.progress.participation().start, ctx.lang))
        emit("\n".join(lines))
    return EXIT_OK


# --- JSON: the documented shapes, key for key, in this order -------------------------------------------------


def _target_json(target: TargetProgress) -> dict[str, Any]:
    return {"count": target.count, "target": target.target, "met": target.met}


def status_json(state: MonthState) -> str:
    """met, short, exempt, in_progress, not_begun or not_participating."""
    return state.value.replace("-", "_")


def month_json(m: MonthProgress) -> dict[str, Any]:
    return {
        "month": str(m.month),
        "status": status_json(m.state),
        "exempt": m.exempt,
        "talks_visits": _target_json(m.talks_visits),
        "tutoring": _target_json(m.tutoring),
    }


def year_json(y: YearProgress) -> dict[str, Any]:
    totals = y.totals
    return {
        "school_year": y.school_year,
        "participation_start": None if y.start is None else str(y.start),
        "months": [month_json(m) for m in y.months],
        "totals": {
            "talks_visits": totals.talks_visits,
            "tutoring": totals.tutoring,
            "assistance": totals.assistance,
            "months_met": totals.months_met,
            "months_short": totals.months_short,
            "months_exempt": totals.months_exempt,
            "months_not_participating": totals.months_not_participating,
        },
    }


# --- words -----------------------------------------------------------------------------------------------------


def _target_names(lang: Lang) -> tuple[str, str, str]:
    return ("谈心/家访", "补课辅导", "生活帮扶") if lang == "zh" else ("talks/visits", "tutoring", "assistance")


def status(m: MonthProgress, lang: Lang) -> str:
    """达标 / 差 n 人次 / 免计 / 进行中：还剩 d 天，每周还需 … / 未开始 / 未参加."""
    t = translator(lang)
    if m.state is MonthState.NOT_PARTICIPATING:
        return t("未参加", "not yet taking part")
    if m.state is MonthState.MET:
        return t("达标", "met")
    if m.state is MonthState.SHORT:
        missing = m.talks_visits.missing + m.tutoring.missing
        return t(f"差 {missing} 人次", f"short by {missing}")
    if m.state is MonthState.EXEMPT:
        return t("免计", "exempt")
    if m.state is MonthState.NOT_BEGUN:
        return t("未开始", "not begun")
    return _in_progress(m, lang)


def _in_progress(m: MonthProgress, lang: Lang) -> str:
    t = translator(lang)
    talks_name, tutoring_name, _ = _target_names(lang)
    weeks = m.weeks_left
    days = m.days_left or 0
    left = t(
        f"进行中：还剩 {days} 天（{weeks} 周）",
        f"in progress: {counted(days, 'day')} ({counted(weeks or 0, 'week')}) left",
    )
    needs = [
        (name, m.per_week(target))
        for name, target in ((talks_name, m.talks_visits), (tutoring_name, m.tutoring))
        if not target.met
    ]
    if not needs:
        return left + t("，本月已达标", "; this month's targets are met")
    per_week = t("、", ", ").join(t(f"{name} {n} 人次", f"{name} {n}") for name, n in needs)
    return left + t(f"，每周还需 {per_week}", f"; still needed per week: {per_week}")


def _month_name(m: MonthProgress, lang: Lang) -> str:
    return f"{m.month.year}年{m.month.month}月" if lang == "zh" else str(m.month)


def _target_line(name: str, target: TargetProgress, m: MonthProgress, lang: Lang) -> str:
    t = translator(lang)
    line = t(f"  {name}：{target.count} / {target.target} 人次", f"  {name}: {target.count} / {target.target}")
    if m.state in (MonthState.EXEMPT, MonthState.NOT_BEGUN, MonthState.NOT_PARTICIPATING):
        return line
    if target.met:
        return line + t("，已达标", ", met")
    return line + t(f"，还差 {target.missing} 人次", f", {target.missing} to go")


def month_lines(m: MonthProgress, lang: Lang) -> list[str]:
    t = translator(lang)
    talks_name, tutoring_name, assistance_name = _target_names(lang)
    return [
        f"{_month_name(m, lang)}  {status(m, lang)}",
        _target_line(talks_name, m.talks_visits, m, lang),
        _target_line(tutoring_name, m.tutoring, m, lang),
        t(
            f"  {assistance_name}：{m.assistance} 人次（不计入目标）",
            f"  {assistance_name}: {m.assistance} (not counted)",
        ),
    ]


def year_lines(y: YearProgress, lang: Lang) -> list[str]:
    t = translator(lang)
    talks_name, tutoring_name, assistance_name = _target_names(lang)
    year = y.school_year
    lines = [t(school_year_label(year), f"School year {year} ({year}-09 to {year + 1}-08)")]
    if y.start is not None and y.totals.months_not_participating:
        lines.append(start_line(y.start, lang))
    for m in y.months:
        lines.append(
            f"{m.month}  {talks_name} {m.talks_visits.count}/{m.talks_visits.target}"
            f"  {tutoring_name} {m.tutoring.count}/{m.tutoring.target}"
            f"  {assistance_name} {m.assistance}  {status(m, lang)}"
        )
    s = y.totals
    lines.append(
        t(
            f"合计：{talks_name} {s.talks_visits} 人次，{tutoring_name} {s.tutoring} 人次，"
            f"{assistance_name} {s.assistance} 人次；达标 {s.months_met} 个月，"
            f"未达标 {s.months_short} 个月，免计 {s.months_exempt} 个月"
            + (f"，未参加 {s.months_not_participating} 个月" if s.months_not_participating else ""),
            f"Totals: {talks_name} {s.talks_visits}, {tutoring_name} {s.tutoring}, {assistance_name} {s.assistance}; "
            f"{counted(s.months_met, 'month')} met, {s.months_short} short, {s.months_exempt} exempt"
            + (f", {s.months_not_participating} not yet taking part" if s.months_not_participating else ""),
        )
    )
    return lines


def start_line(start: Month, lang: Lang) -> str:
    """“参加起始月份：2026年12月（此前的月份为“未参加”，不计达标或未达标）”."""
    return translator(lang)(
        f"参加起始月份：{start.year}年{start.month}月（此前的月份为“未参加”，不计达标或未达标）",
        f"Taking part since {start} (earlier months are not counted as met or short)",
    )
