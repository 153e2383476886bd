"""The sentences the overview says about a month. The numbers come from domain.progress; only wording is here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jilu_desktop.domain.progress import MonthProgress, MonthState, TargetProgress

_CONTEXT = "MonthText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def month_title(progress: MonthProgress) -> str:
    return _tr("{year}年{month}月").format(year=progress.month.year, month=progress.month.month)


def count_text(target: TargetProgress) -> str:
    return _tr("{count} / {target} 人次").format(count=target.count, target=target.target)


def month_summary(progress: MonthProgress) -> str:
    """“本月已达标”, “本月为免计月份”, or what is still needed and how much per remaining week."""
    if progress.state is MonthState.EXEMPT:
        return _tr("本月为免计月份")
    if progress.met:
        return _tr("本月已达标")
    if progress.state is MonthState.NOT_BEGUN:
        return _tr("本月尚未开始")
    # Only the targets still short are named, so that the teacher reads exactly what is left to do.
    short = [
        (name, target)
        for name, target in ((_tr("谈心/家访"), progress.talks_visits), (_tr("辅导"), progress.tutoring))
        if not target.met
    ]
    separator = _tr("、")
    needs = separator.join(_tr("{name} {count} 人次").format(name=n, count=t.missing) for n, t in short)
    if progress.state is MonthState.SHORT or progress.days_left is None:
        return _tr("本月未达标：还差{needs}").format(needs=needs)
    weekly = [progress.per_week(t) for _, t in short]
    per_week = separator.join(_tr("{count} 人次").format(count=w) for w in weekly if w is not None)
    return _tr("本月还剩 {days} 天：还需{needs}（每周约 {per_week}）").format(
        days=progress.days_left, needs=needs, per_week=per_week
    )
