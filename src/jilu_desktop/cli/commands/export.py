"""`jilu export record-book|pledge`: the signed record book and the pledge form as PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from jilu_desktop.cli import values
from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK, UsageError
from jilu_desktop.cli.i18n import counted, translator
from jilu_desktop.cli.output import emit
from jilu_desktop.cli.parser import Subcommands, add_command, add_subcommands
from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths

Translate = Callable[[str, str], str]


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    group = add_command(
        sub, "export", lang, "导出 PDF：记录本、志愿书", "export PDFs: the record book, the pledge form"
    )
    actions = add_subcommands(group, "导出什么", "what to export")

    book = add_command(
        actions,
        "record-book",
        lang,
        "导出某学年的记录本（封面、封二、志愿书、活动记录、月度汇总、反馈表）",
        "export a school year's record book (cover, campaign text, pledge, records, summary, feedback forms)",
    )
    _school_year_option(book, t)
    _out_option(book, t)
    book.add_argument(
        "--anonymize",
        action="store_true",
        help=t(
            "匿名：学生姓名替换为“学生A”“学生B”…，重点帮扶学生为“重点帮扶学生”，不显示其年龄、班级和困难情况的"
            "具体描述（用于公开交流）",
            "replace every student name (学生A, 学生B …; the mentee 重点帮扶学生) and leave out the mentee's age, "
            "class and difficulty details, for publication",
        ),
    )
    book.set_defaults(handler=run_record_book)

    pledge = add_command(
        actions,
        "pledge",
        lang,
        "导出志愿书（按附件3的格式，一页A4，可打印后手写签名）",
        "export the pledge form (appendix 3 layout, one A4 page, to print and sign)",
    )
    _school_year_option(pledge, t)
    _out_option(pledge, t)
    pledge.add_argument("--blank", action="store_true", help=t("空白志愿书，供同事填写", "a blank form for colleagues"))
    pledge.set_defaults(handler=run_pledge, bookless_handler=run_blank_pledge_without_book)


def _school_year_option(p: argparse.ArgumentParser, t: Translate) -> None:
    p.add_argument(
        "--school-year", metavar="YYYY", help=t("学年（默认：本学年）", "school year (default: the current one)")
    )


def _out_option(p: argparse.ArgumentParser, t: Translate) -> None:
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf",
        help=t(
            "保存到的文件；给出一个文件夹则使用建议的文件名",
            "the file to write; a folder means the suggested file name inside it",
        ),
    )


def _year(ctx: Context, args: argparse.Namespace) -> int:
    today = ctx.services.clock.today()
    return values.school_year(args.school_year, today) if args.school_year else school_year_of(today)


def _target(out: str, suggested: str) -> Path:
    return values.out_file(out, suggested, ".pdf")


def run_record_book(ctx: Context, args: argparse.Namespace) -> int:
    year = _year(ctx, args)
    export = ctx.services.export
    out = _target(args.out, export.record_book_file_name(year, anonymize=args.anonymize))
    result = export.export_record_book(year, out, anonymize=args.anonymize)
    return _report(ctx.t, result.path, result.pages, [n.message(ctx.lang) for n in result.notices])


def run_pledge(ctx: Context, args: argparse.Namespace) -> int:
    export = ctx.services.export
    if args.blank:
        if args.school_year:
            raise UsageError(
                "--blank 与 --school-year 不能同时使用", "--blank and --school-year cannot be used together"
            )
        result = export.export_blank_pledge(_target(args.out, export.pledge_file_name(None)))
    else:
        year = _year(ctx, args)
        result = export.export_pledge(year, _target(args.out, export.pledge_file_name(year)))
    return _report(ctx.t, result.path, result.pages, [n.message(ctx.lang) for n in result.notices])


def run_blank_pledge_without_book(_paths: AppPaths, lang: Lang, args: argparse.Namespace) -> int:
    """`export pledge --blank` where there is no record book: the form needs none (the district is the default)."""
    from jilu_desktop.export.file_names import pledge_file_name
    from jilu_desktop.services.export import export_blank_pledge

    if args.school_year:
        raise UsageError("--blank 与 --school-year 不能同时使用", "--blank and --school-year cannot be used together")
    result = export_blank_pledge(_target(args.out, pledge_file_name(None)))
    return _report(translator(lang), result.path, result.pages, [])


def _report(t: Translate, path: Path, pages: int, notices: list[str]) -> int:
    emit(t(f"已导出：{path}（共 {pages} 页）", f"Exported: {path} ({counted(pages, 'page')})"))
    for notice in notices:
        emit(t(f"提示：{notice}", f"Note: {notice}"))
    return EXIT_OK
