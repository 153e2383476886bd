"""`jilu log add|list|show|edit|delete`: the activity records (活动记录) of the record book."""

from __future__ import annotations

import argparse
from typing import Any

from jilu_desktop.cli import values
from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK, UsageError
from jilu_desktop.cli.i18n import counted, translator
from jilu_desktop.cli.output import emit, emit_json
from jilu_desktop.cli.parser import JiluArgumentParser, Subcommands, add_command, add_json_option, add_subcommands
from jilu_desktop.domain.activities import ActivityFilter, ActivityRecord
from jilu_desktop.domain.calendar import school_year_bounds
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.progress import person_times

KIND_CHOICES = "talk|home-visit|tutoring|assistance"


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    group = add_command(sub, "log", lang, "活动记录（谈心、家访、补课辅导、生活帮扶）", "activity records")
    actions = add_subcommands(group, "操作", "actions")

    add = add_command(
        actions, "add", lang, "记一条活动；只输出新记录的编号", "record an activity; prints the new id alone"
    )
    _activity_options(add, lang, required=True)
    add.set_defaults(handler=run_add)

    lst = add_command(
        actions, "list", lang, "列出活动记录（默认全部，最新的在前）", "list activities (all, newest first)"
    )
    when = lst.add_mutually_exclusive_group()
    when.add_argument("--month", metavar="YYYY-MM", help=t("只列出这个月的", "only this month"))
    when.add_argument(
        "--school-year", metavar="YYYY", help=t("只列出这个学年的（9月至次年8月）", "only this school year")
    )
    lst.add_argument("--kind", metavar=KIND_CHOICES, help=t("只列出这一类", "only this kind"))
    lst.add_argument("--student", type=int, metavar="ID", help=t("只列出有这名学生的", "only those with this student"))
    lst.add_argument(
        "--search", metavar="TEXT", help=t("在内容、地点和学生姓名中查找", "find in content, place and student names")
    )
    lst.add_argument("--oldest-first", action="store_true", help=t("最早的在前", "oldest first"))
    add_json_option(lst)
    lst.set_defaults(handler=run_list)

    show = add_command(actions, "show", lang, "显示一条活动记录", "show one activity")
    show.add_argument("id", type=int, metavar="ID", help=t("活动记录编号", "activity id"))
    add_json_option(show)
    show.set_defaults(handler=run_show)

    edit = add_command(
        actions,
        "edit",
        lang,
        "修改活动记录；只修改给出的项，给出 --student 则替换全部学生",
        "change an activity; only the options given change; --student replaces all its students",
    )
    edit.add_argument("id", type=int, metavar="ID", help=t("活动记录编号", "activity id"))
    _activity_options(edit, lang, required=False)
    edit.set_defaults(handler=run_edit)

    delete = add_command(actions, "delete", lang, "删除活动记录", "delete an activity")
    delete.add_argument("id", type=int, metavar="ID", help=t("活动记录编号", "activity id"))
    delete.set_defaults(handler=run_delete)


def _activity_options(p: JiluArgumentParser, lang: Lang, *, required: bool) -> None:
    t = translator(lang)
    p.add_argument(
        "--date", required=required, metavar="YYYY-MM-DD", help=t("日期（不能是将来）", "date (not in the future)")
    )
    p.add_argument(
        "--time",
        metavar="HH:MM",
        help=t("时间，可省略；修改时给空字符串则清除", "time, optional; '' clears it when editing"),
    )
    p.add_argument(
        "--kind",
        required=required,
        metavar=KIND_CHOICES,
        help=t(
            "类型：talk 谈心、home-visit 家访、tutoring 补课辅导、assistance 生活帮扶（不计入目标）",
            "talk, home-visit, tutoring, or assistance (recorded, counted toward neither target)",
        ),
    )
    p.add_argument(
        "--student",
        dest="student_ids",
        action="append",
        type=int,
        required=required,
        metavar="ID",
        help=t(
            "帮扶对象的学生编号，可重复：一次三名学生计 3 人次", "a student's id; repeat for a group (3 students = 3)"
        ),
    )
    p.add_argument("--place", required=required, metavar="TEXT", help=t("地点", "place"))
    p.add_argument(
        "--content", required=required, metavar="TEXT", help=t("帮扶内容或帮扶心得", "what was done, or reflections")
    )


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    return values.given(
        date=args.date,
        time=args.time,
        kind=args.kind,
        student_ids=args.student_ids,
        place=args.place,
        content=args.content,
    )


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    emit(str(ctx.services.activities.add(**_fields(args))))
    return EXIT_OK


def run_edit(ctx: Context, args: argparse.Namespace) -> int:
    changes = _fields(args)
    if not changes:
        raise UsageError("没有给出要修改的项", "nothing to change was given", hint="jilu log edit --help")
    record = ctx.services.activities.edit(args.id, **changes)
    emit(ctx.t(f"已修改活动记录 #{record.id}", f"Activity #{record.id} changed"))
    return EXIT_OK


def run_delete(ctx: Context, args: argparse.Namespace) -> int:
    record = ctx.services.activities.delete(args.id)
    emit(
        ctx.t(
            f"已删除活动记录 #{record.id}（{record.activity.date.isoformat()} {record.activity.kind.label('zh')}）",
            f"Activity #{record.id} deleted ({record.activity.date.isoformat()} {record.activity.kind.label('en')})",
        )
    )
    return EXIT_OK


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    record = ctx.services.activities.get(args.id)
    if args.json:
        emit_json(activity_json(record))
    else:
        emit("\n".join(activity_lines(record, ctx.lang)))
    return EXIT_OK


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    flt = _filter(ctx, args)
    records = ctx.services.activities.list(flt, newest_first=not args.oldest_first)
    if args.json:
        emit_json([activity_json(r) for r in records])
        return EXIT_OK
    if not records:
        emit(ctx.t("没有符合条件的活动记录。", "No activities match."))
        return EXIT_OK
    for record in records:
        emit("\n".join(activity_lines(record, ctx.lang)))
    total = sum(person_times(r.activity) for r in records)
    emit(
        ctx.t(
            f"共 {len(records)} 条记录，{total} 人次",
            f"{counted(len(records), 'activity', 'activities')}, {counted(total, 'person-time')}",
        )
    )
    return EXIT_OK


def _filter(ctx: Context, args: argparse.Namespace) -> ActivityFilter:
    today = ctx.services.clock.today()
    start = end = None
    if args.month is not None:
        month = values.month(args.month)
        start, end = month.first_day, month.last_day
    elif args.school_year is not None:
        start, end = school_year_bounds(values.school_year(args.school_year, today))
    if args.student is not None:
        ctx.services.students.get(args.student)  # an unknown id is a mistake to tell, not an empty list
    return ActivityFilter(
        start=start,
        end=end,
        kind=None if args.kind is None else values.kind(args.kind),
        student_id=args.student,
        search=args.search or "",
    )


def activity_json(record: ActivityRecord) -> dict[str, Any]:
    a = record.activity
    return {
        "id": record.id,
        "date": a.date.isoformat(),
        "time": None if a.time is None else a.time.strftime("%H:%M"),
        "kind": a.kind.value,
        "students": [{"id": s.id, "name": s.name} for s in record.students],
        "person_times": person_times(a),
        "place": a.place,
        "content": a.content,
    }


def activity_lines(record: ActivityRecord, lang: Lang) -> list[str]:
    """A record-book box: 时间, 地点, 帮扶对象, then the content indented below."""
    t = translator(lang)
    a = record.activity
    when = a.date.isoformat() + ("" if a.time is None else " " + a.time.strftime("%H:%M"))
    names = ("、" if lang == "zh" else ", ").join(s.name for s in record.students)
    count = person_times(a)
    head = f"#{record.id}  {when}  {a.kind.label(lang)}  {names}{t(f'（{count} 人次）', f' ({count})')}  @{a.place}"
    return [head, *("    " + line for line in a.content.splitlines())]
