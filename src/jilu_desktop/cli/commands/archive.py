"""`jilu archive export|check|import`: the whole record book in one checked file (数据包), to move it to another
computer."""

from __future__ import annotations

import argparse
from pathlib import Path

from jilu_desktop.cli import values
from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_ENVIRONMENT, EXIT_OK
from jilu_desktop.cli.i18n import translator
from jilu_desktop.cli.output import emit, emit_json, error
from jilu_desktop.cli.parser import Subcommands, add_command, add_json_option, add_subcommands
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths
from jilu_desktop.storage.archive import SUFFIX, ArchiveInfo


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    group = add_command(
        sub,
        "archive",
        lang,
        "数据包：把整个记录本存成一个经过校验的文件，带到另一台电脑",
        "data archive: the whole record book in one checked file, to take it to another computer",
    )
    actions = add_subcommands(group, "操作", "actions")

    export = add_command(
        actions,
        "export",
        lang,
        "把整个记录本导出为数据包（.jilu，写入后会读回校验）",
        "export the whole record book as a data archive (.jilu; read back and checked once written)",
    )
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE.jilu",
        help=t(
            "保存到的文件；给出一个文件夹则使用建议的文件名",
            "the file to write; a folder means the suggested file name inside it",
        ),
    )
    export.set_defaults(handler=run_export)

    check = add_command(
        actions,
        "check",
        lang,
        "校验数据包是否完整，并显示其中是谁的记录本、有多少内容（不需要记录本）",
        "check that a data archive is whole and show whose record book it holds (needs no record book)",
    )
    check.add_argument("file", metavar="FILE.jilu", help=t("数据包文件", "the data archive"))
    add_json_option(check)
    check.set_defaults(handler=run_check, bookless_handler=run_check_without_book)

    load = add_command(
        actions,
        "import",
        lang,
        "用数据包中的记录本替换这台电脑上的记录本（先校验数据包；现有的记录本会先备份）",
        "replace the record book on this computer with the one in a data archive (checked first; the present "
        "book is backed up first)",
    )
    load.add_argument("file", metavar="FILE.jilu", help=t("数据包文件", "the data archive"))
    load.add_argument(
        "--replace",
        action="store_true",
        help=t(
            "这台电脑上已有记录本时，确认用数据包替换它（替换前自动备份）",
            "confirm replacing the record book already on this computer (it is backed up first)",
        ),
    )
    load.set_defaults(handler=run_import)


def _target(out: str, suggested: str) -> Path:
    return values.out_file(out, suggested, SUFFIX)


def run_export(ctx: Context, args: argparse.Namespace) -> int:
    archive = ctx.services.archive
    info = archive.export(_target(args.out, archive.suggested_name()))
    emit(ctx.t(f"已导出数据包：{info.path}", f"Data archive exported: {info.path}"))
    emit(_contents(info, ctx.lang))
    emit(
        ctx.t(
            "数据包中有学生的个人信息：请妥善保管U盘；在别的电脑上导入后，请从那台电脑和U盘上删除这个文件。",
            "The archive holds the students' private information: keep the USB stick safe, and once it is "
            "imported on the other computer, delete the file from that computer and from the stick.",
        )
    )
    return EXIT_OK


def run_check(ctx: Context, args: argparse.Namespace) -> int:
    return _report_check(ctx.services.archive.inspect(Path(args.file)), ctx.lang, args.json)


def run_check_without_book(_paths: AppPaths, lang: Lang, args: argparse.Namespace) -> int:
    from jilu_desktop.services.archive import inspect_archive

    return _report_check(inspect_archive(Path(args.file)), lang, args.json)


def _report_check(info: ArchiveInfo, lang: Lang, as_json: bool) -> int:
    if as_json:
        book = info.book
        emit_json(
            {
                "path": str(info.path),
                "created": info.created.isoformat(timespec="seconds"),
                "app_version": info.app_version,
                "schema_revision": info.revision,
                "size": info.size,
                "teacher": book.teacher_name,
                "school": book.school,
                "students": book.students,
                "records": book.activities,
                "pledges": book.pledges,
                "first_day": book.first_day.isoformat() if book.first_day else None,
                "last_day": book.last_day.isoformat() if book.last_day else None,
            }
        )
        return EXIT_OK
    t = translator(lang)
    emit(t(f"数据包完整：{info.path}", f"The data archive is whole: {info.path}"))
    emit(_contents(info, lang))
    return EXIT_OK


def run_import(ctx: Context, args: argparse.Namespace) -> int:
    from jilu_desktop.services.archive import describe, last_change
    from jilu_desktop.ui.single_instance import InstanceGuard  # QtCore only: no window is made

    # The window's open forms hold the book's ids (a student picked in quick entry, the pledge's mentee): after
    # an import they would name other children of the imported book. So the window must be closed first; the
    # folder is held meanwhile, so that no window opens halfway through.
    guard = InstanceGuard(ctx.paths.data_dir)
    if not guard.try_lock():
        error(
            ctx.t(
                "记录本正在窗口中打开，不能导入数据包（导入会替换整个记录本）。请先关闭记录本窗口，再运行这个命令。"
                "没有导入任何内容",
                "The record book is open in its window, so the data archive cannot be imported (importing replaces "
                "the whole record book). Close the record book's window first, then run this command again. "
                "Nothing was imported",
            ),
            ctx.lang,
            prefix=False,
        )
        return EXIT_ENVIRONMENT
    try:
        result = ctx.services.archive.import_archive(Path(args.file), replace=args.replace)
    finally:
        guard.release()
    emit(ctx.t(f"已导入：{describe(result.archive.book, 'zh')}", f"Imported: {describe(result.archive.book, 'en')}"))
    if result.backup is not None:
        emit(
            ctx.t(
                f"原来的记录本已备份到：{result.backup}",
                f"The record book it replaced was backed up to: {result.backup}",
            )
        )
    if result.replaced is not None and result.replaced_newer:
        when = last_change(result.replaced)
        emit(
            ctx.t(
                f"提示：被替换的记录本中有比数据包更新的修改（最近一次在 {when}），它们只在上面的备份中。",
                f"Note: the record book replaced held changes newer than the archive's (the last at {when}); they "
                "are only in the backup above.",
            )
        )
    emit(  # the window's words (ui/archive_actions.py)
        ctx.t(
            "数据包里有学生的个人信息：如果它在公用电脑或别人的U盘上，请在导入以后把它删除。",
            "The data archive holds students' personal information: if it is on a shared computer or someone "
            "else's USB stick, delete it now that it has been imported.",
        )
    )
    return EXIT_OK


def _contents(info: ArchiveInfo, lang: Lang) -> str:
    from jilu_desktop.services.archive import describe

    made = f"{info.created.astimezone():%Y-%m-%d %H:%M}"
    return translator(lang)(
        f"{describe(info.book, 'zh')}；导出于 {made}（记录本 {info.app_version}）",
        f"{describe(info.book, 'en')}; exported {made} (record book {info.app_version})",
    )
