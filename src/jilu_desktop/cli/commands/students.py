"""`jilu student add|list|show|edit|delete`: the students who appear in the records."""

from __future__ import annotations

import argparse
from typing import Any

from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK, UsageError
from jilu_desktop.cli.i18n import counted, gender_word, translator
from jilu_desktop.cli.output import emit, emit_json
from jilu_desktop.cli.parser import JiluArgumentParser, Subcommands, add_command, add_json_option, add_subcommands
from jilu_desktop.cli.values import given
from jilu_desktop.domain.errors import ConflictError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.students import Difficulty, StudentRecord

DIFFICULTY_CHOICES = "learning|economic|psychological|other"


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    group = add_command(sub, "student", lang, "学生（帮扶对象）", "students (the people helped)")
    actions = add_subcommands(group, "操作", "actions")

    add = add_command(actions, "add", lang, "添加学生；只输出新学生的编号", "add a student; prints the new id alone")
    _student_options(add, lang, name_required=True)
    add.add_argument(
        "--same-name-ok",
        action="store_true",
        help=t(
            "同班（或未填班级）已有同名学生时仍然添加：确认是另一名学生",
            "add even though a student of this name is in the same class (or has none): it is another child",
        ),
    )
    add.set_defaults(handler=run_add)

    lst = add_command(actions, "list", lang, "列出所有学生", "list every student")
    add_json_option(lst)
    lst.set_defaults(handler=run_list)

    show = add_command(actions, "show", lang, "显示一名学生", "show one student")
    show.add_argument("id", type=int, metavar="ID", help=t("学生编号", "student id"))
    add_json_option(show)
    show.set_defaults(handler=run_show)

    edit = add_command(
        actions, "edit", lang, "修改学生；只修改给出的项", "change a student; only the options given change"
    )
    edit.add_argument("id", type=int, metavar="ID", help=t("学生编号", "student id"))
    _student_options(edit, lang, name_required=False)
    edit.add_argument(
        "--same-name-ok",
        action="store_true",
        help=t(
            "改后的姓名和班级与另一名学生相同时仍然修改：确认是另一名学生",
            "change even though the new name and class are another student's: it is another child",
        ),
    )
    edit.set_defaults(handler=run_edit)

    delete = add_command(
        actions,
        "delete",
        lang,
        "删除学生；还有活动记录或是志愿书中重点帮扶学生的不能删除",
        "delete a student; refused while they appear in a record or a pledge",
    )
    delete.add_argument("id", type=int, metavar="ID", help=t("学生编号", "student id"))
    delete.set_defaults(handler=run_delete)


def _student_options(p: JiluArgumentParser, lang: Lang, *, name_required: bool) -> None:
    t = translator(lang)
    p.add_argument("--name", required=name_required, help=t("姓名", "name"))
    p.add_argument("--class", dest="class_name", metavar="CLASS", help=t("班级，如 五(1)班", "class, e.g. 五(1)班"))
    p.add_argument("--gender", metavar="男|女", help=t("性别", "gender (男 male, 女 female)"))
    p.add_argument("--birth-year", metavar="YYYY", help=t("出生年份", "birth year"))
    difficulties = p.add_mutually_exclusive_group()
    difficulties.add_argument(
        "--difficulty",
        dest="difficulties",
        action="append",
        metavar=DIFFICULTY_CHOICES,
        help=t(
            "困难类别（学习、经济、心理、其他），可重复；修改时给出则替换原有类别",
            "difficulty category; repeat for several; when editing, replaces the stored ones",
        ),
    )
    if not name_required:
        difficulties.add_argument(
            "--clear-difficulties", action="store_true", help=t("清除全部困难类别", "remove every difficulty category")
        )
    p.add_argument("--difficulty-detail", metavar="TEXT", help=t("困难情况（文字说明）", "the difficulty, in words"))


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    fields = given(
        name=args.name,
        class_name=args.class_name,
        gender=args.gender,
        birth_year=args.birth_year,
        difficulties=args.difficulties,
        difficulty_detail=args.difficulty_detail,
    )
    if getattr(args, "clear_difficulties", False):
        fields["difficulties"] = []
    return fields


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    try:
        new_id = ctx.services.students.add(same_name_ok=args.same_name_ok, **_fields(args))
    except ConflictError as error:
        raise _same_name_usage(error) from error
    emit(str(new_id))
    return EXIT_OK


def _same_name_usage(error: ConflictError) -> UsageError:
    """A student of the same name is in the list: say so, and how to go on if it is another child."""
    if error.code != "student_same_name":
        raise error
    return UsageError(
        error.message("zh") + "（确认是另一名学生时，加上 --same-name-ok 再运行一次）",
        error.message("en") + " (if it is another child, run it again with --same-name-ok)",
    )


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    records = ctx.services.students.list()
    if args.json:
        emit_json([student_json(r) for r in records])
        return EXIT_OK
    if not records:
        emit(
            ctx.t(
                "还没有学生。用 jilu student add --name 姓名 添加。",
                "No students yet; use jilu student add --name NAME.",
            )
        )
        return EXIT_OK
    for record in records:
        emit(student_line(record, ctx.lang))
    emit(ctx.t(f"共 {len(records)} 名学生", counted(len(records), "student")))
    return EXIT_OK


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    record = ctx.services.students.get(args.id)
    if args.json:
        emit_json(student_json(record))
    else:
        emit(student_line(record, ctx.lang))
        if record.student.difficulty_detail:
            emit(ctx.t("困难情况：", "Difficulty: ") + record.student.difficulty_detail)
    return EXIT_OK


def run_edit(ctx: Context, args: argparse.Namespace) -> int:
    changes = _fields(args)
    if not changes:
        raise UsageError("没有给出要修改的项", "nothing to change was given", hint="jilu student edit --help")
    try:
        record = ctx.services.students.edit(args.id, same_name_ok=args.same_name_ok, **changes)
    except ConflictError as error:
        raise _same_name_usage(error) from error
    emit(ctx.t(f"已修改学生 #{record.id} {record.student.name}", f"Student #{record.id} {record.student.name} changed"))
    return EXIT_OK


def run_delete(ctx: Context, args: argparse.Namespace) -> int:
    record = ctx.services.students.delete(args.id)
    emit(ctx.t(f"已删除学生 #{record.id} {record.student.name}", f"Student #{record.id} {record.student.name} deleted"))
    return EXIT_OK


def student_json(record: StudentRecord) -> dict[str, Any]:
    s = record.student
    return {
        "id": record.id,
        "name": s.name,
        "class_name": s.class_name,
        "gender": s.gender,
        "birth_year": s.birth_year,
        "difficulties": [d.value for d in _ordered(s.difficulties)],
        "difficulty_detail": s.difficulty_detail,
        "activity_count": record.activity_count,
    }


def _ordered(difficulties: frozenset[Difficulty]) -> list[Difficulty]:
    """In the order the form lists them (learning, economic, psychological, other), not alphabetical."""
    return [d for d in Difficulty if d in difficulties]


def student_line(record: StudentRecord, lang: Lang) -> str:
    t = translator(lang)
    s = record.student
    parts = [f"#{record.id}", s.name]
    parts += [p for p in (s.class_name, gender_word(s.gender, lang)) if p]
    if s.birth_year is not None:
        parts.append(t(f"{s.birth_year}年生", f"born {s.birth_year}"))
    if s.difficulties:
        parts.append(("、" if lang == "zh" else ", ").join(d.label(lang) for d in _ordered(s.difficulties)))
    parts.append(t(f"活动 {record.activity_count} 次", counted(record.activity_count, "activity", "activities")))
    return "  ".join(parts)
