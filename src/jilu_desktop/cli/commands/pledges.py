"""`jilu pledge set|show`: the yearly pledge (志愿书) and its key mentee (重点帮扶学生)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jilu_desktop.cli import values
from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK, UsageError
from jilu_desktop.cli.i18n import translator
from jilu_desktop.cli.output import emit, emit_json
from jilu_desktop.cli.parser import Subcommands, add_command, add_json_option, add_subcommands
from jilu_desktop.domain.calendar import school_year_label, school_year_of
from jilu_desktop.domain.messages import Lang, field_name
from jilu_desktop.domain.students import age_in
from jilu_desktop.services.pledges import PledgeView


def register(sub: Subcommands, lang: Lang) -> None:
    t = translator(lang)
    group = add_command(sub, "pledge", lang, "志愿书（每学年一份）", "the pledge (one per school year)")
    actions = add_subcommands(group, "操作", "actions")

    p = add_command(
        actions,
        "set",
        lang,
        "填写或修改某学年的志愿书；未给出的文字项保留原值",
        "write or change a school year's pledge; text options left out keep their value",
    )
    p.add_argument(
        "--school-year",
        required=True,
        metavar="YYYY",
        help=t("学年，如 2026（2026.9—2027.8）", "school year, e.g. 2026"),
    )
    p.add_argument(
        "--mentee", required=True, type=int, metavar="ID", help=t("重点帮扶学生的编号", "the key mentee's id")
    )
    p.add_argument("--difficulty-detail", metavar="TEXT", help=t("困难情况", "the mentee's difficulty"))
    p.add_argument("--measures", metavar="TEXT", help=t("帮扶措施", "measures"))
    p.add_argument("--commitments", metavar="TEXT", help=t("此外还将在以下几方面努力", "further commitments"))
    p.add_argument("--signed-on", metavar="YYYY-MM-DD", help=t("签名日期", "date signed"))
    signature = p.add_mutually_exclusive_group()
    signature.add_argument(
        "--signature",
        metavar="FILE",
        help=t(
            "手写签名的照片或扫描件（PNG、JPG、BMP）；白纸部分自动变为透明",
            "a photo or scan of the handwritten signature (PNG, JPG, BMP); the paper becomes transparent",
        ),
    )
    signature.add_argument(
        "--no-signature", action="store_true", help=t("去掉已保存的手写签名", "take the stored signature away")
    )
    p.set_defaults(handler=run_set)

    show = add_command(actions, "show", lang, "显示某学年的志愿书", "show a school year's pledge")
    show.add_argument(
        "--school-year", metavar="YYYY", help=t("学年（默认：本学年）", "school year (default: the current one)")
    )
    add_json_option(show)
    show.set_defaults(handler=run_show)


def run_set(ctx: Context, args: argparse.Namespace) -> int:
    year = values.school_year(args.school_year, ctx.services.clock.today())
    signature_png = b"" if args.no_signature else None
    if args.signature is not None:
        signature_png = _signature_png(Path(args.signature))
    view = ctx.services.pledges.set(
        school_year=year,
        mentee_id=args.mentee,
        difficulty_detail=args.difficulty_detail,
        measures=args.measures,
        commitments=args.commitments,
        signed_on=args.signed_on,
        signature_png=signature_png,
    )
    emit(
        ctx.t(
            f"已保存{year}学年志愿书，重点帮扶学生：{view.mentee.student.name}",
            f"Pledge for school year {year} saved; key mentee: {view.mentee.student.name}",
        )
    )
    return EXIT_OK


def _signature_png(path: Path) -> bytes:
    """The stored form of the signature in the picture at `path`; a file that cannot serve is a usage error."""
    from jilu_desktop.signature_picture import PictureError, PictureProblem, signature_png_from_file

    if not path.is_file():
        raise UsageError(f"找不到签名图片“{path}”。", f"The signature picture “{path}” does not exist.")
    try:
        return signature_png_from_file(path)
    except PictureError as error:
        if error.problem is PictureProblem.UNREADABLE:
            raise UsageError(
                f"无法读取“{path.name}”：它不是可以打开的图片。请给出 PNG、JPG 或 BMP 格式的签名照片或扫描件。",
                f"Cannot read “{path.name}”: it is not a picture that can be opened. "
                "Give a photo or scan of the signature as PNG, JPG or BMP.",
            ) from error
        raise UsageError(
            f"“{path.name}”中没有找到签名笔迹（图片几乎是空白的）。",
            f"No signature was found in “{path.name}” (the picture is almost blank).",
        ) from error


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    today = ctx.services.clock.today()
    year = school_year_of(today) if args.school_year is None else values.school_year(args.school_year, today)
    view = ctx.services.pledges.get(year)
    if args.json:
        emit_json(None if view is None else pledge_json(view))
        return EXIT_OK
    if view is None:
        emit(ctx.t(f"{year}学年还没有志愿书。", f"There is no pledge for school year {year}."))
        return EXIT_OK
    emit(ctx.t(f"{school_year_label(year)}志愿书", f"Pledge for school year {year} ({year}-09 to {year + 1}-08)"))
    for line in pledge_lines(view, ctx.lang):
        emit(line)
    return EXIT_OK


def pledge_lines(view: PledgeView, lang: Lang) -> list[str]:
    t = translator(lang)
    pledge, mentee = view.pledge, view.mentee.student
    about = [f"#{view.mentee.id}"]
    if mentee.class_name:
        about.append(mentee.class_name)
    age = age_in(mentee.birth_year, pledge.school_year)
    if age is not None:
        about.append(t(f"{age} 岁", f"age {age}"))
    sep = t("：", ": ")
    signed = t("有", "stored") if pledge.signature_png else t("无", "none")
    return [
        f"{field_name('mentee', lang)}{sep}{mentee.name}{t('（', ' (')}{t('，', ', ').join(about)}{t('）', ')')}",
        # As the form prints it: left empty, the student's own 困难情况.
        f"{field_name('difficulty_detail', lang)}{sep}{pledge.difficulty_detail or mentee.difficulty_detail}",
        f"{field_name('measures', lang)}{sep}{pledge.measures}",
        f"{field_name('commitments', lang)}{sep}{pledge.commitments}",
        f"{field_name('signed_on', lang)}{sep}{'' if pledge.signed_on is None else pledge.signed_on.isoformat()}",
        f"{t('手写签名', 'Handwritten signature')}{sep}{signed}",
    ]


def pledge_json(view: PledgeView) -> dict[str, Any]:
    pledge, mentee = view.pledge, view.mentee
    return {
        "school_year": pledge.school_year,
        "mentee": {"id": mentee.id, "name": mentee.student.name, "class_name": mentee.student.class_name},
        "difficulty_detail": pledge.difficulty_detail,
        "measures": pledge.measures,
        "commitments": pledge.commitments,
        "signed_on": None if pledge.signed_on is None else pledge.signed_on.isoformat(),
        "has_signature": pledge.signature_png is not None,
    }
