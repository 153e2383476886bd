"""The 志愿书 (appendix 3 of the notice) on one A4 page: filled from the pledge and profile, or blank."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from jilu_desktop.export import styles as st
from jilu_desktop.export.data import PledgeFormData, TeacherInfo, pledge_texts
from jilu_desktop.export.flowables import signature_image
from jilu_desktop.export.fonts import FontChain, default_fonts, find_unprintable, unprintable_error
from jilu_desktop.export.pages import Anchor, DocInfo, build_document
from jilu_desktop.export.styles import Styles, make_styles
from jilu_desktop.export.wording import (
    CAMPAIGN,
    PLEDGE_ADDRESSEE,
    PLEDGE_FURTHER,
    PLEDGE_MENTEE_INTRO,
    PLEDGE_OPENING,
    PLEDGE_TITLE,
    school_year_zh,
    year_month_cn,
)

LABEL_W = 20 * mm
ROW_H = 9 * mm
HIDDEN_CELL = "—"  # the anonymized book's mentee: age and class not shown
HIDDEN_DETAIL = "（具体情况在匿名版中不予显示）"


def _grid() -> list[st.TableCommand]:
    return [
        ("GRID", (0, 0), (-1, -1), st.GRID_WIDTH, st.GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]


def _vertical(label: str) -> str:
    """特长 → 特<br/>长: the form writes its tall labels one character per line."""
    return "<br/>".join(label)


class _Form:
    def __init__(self, fonts: FontChain, styles: Styles) -> None:
        self.fonts = fonts
        self.styles = styles

    def text(self, value: str | None, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.fonts.markup(value or ""), style or self.styles.cell)

    def label(self, value: str) -> Paragraph:
        return Paragraph(value, self.styles.cell_center)


def pledge_flowables(data: PledgeFormData, fonts: FontChain, styles: Styles) -> list[Flowable]:
    """The form's content, meant for one frame; the caller shrinks it to one page (KeepInFrame)."""
    f = _Form(fonts, styles)
    teacher = data.teacher or TeacherInfo(name="")
    pledge = data.pledge
    mentee = pledge.mentee if pledge else None
    width = st.FRAME_WIDTH
    value_w = (width - 3 * LABEL_W) / 3
    out: list[Flowable] = []

    school = fonts.markup(teacher.school) if teacher.school else "&nbsp;" * 40
    out.append(Paragraph(f"<u>{school}</u>{'' if teacher.school else '学校'}", styles.right))
    out.append(Spacer(1, 4 * mm))
    out.append(Paragraph(PLEDGE_TITLE, styles.title))
    if data.school_year is not None:
        out.append(Paragraph(school_year_zh(data.school_year), styles.cell_center))
    out.append(Spacer(1, 5 * mm))
    out.append(Paragraph(PLEDGE_ADDRESSEE, styles.field))
    out.append(Paragraph(PLEDGE_OPENING, _indented(styles)))
    out.append(Spacer(1, 2 * mm))

    about = Table(
        [
            [
                f.label("姓名"),
                f.text(teacher.name),
                f.label("性别"),
                f.text(teacher.gender),
                f.label("出生年月"),
                f.text(teacher.birth),
            ],
            [f.label("职称"), f.text(teacher.title), f.label("工作岗位"), f.text(teacher.post), "", ""],
            [f.label(_vertical("特长")), f.text(teacher.specialties), "", "", "", ""],
        ],
        colWidths=[LABEL_W, value_w, LABEL_W, value_w, LABEL_W, value_w],
        minRowHeights=[ROW_H, ROW_H, 16 * mm],
    )
    about.setStyle(TableStyle([st.font_command(styles), *_grid(), ("SPAN", (3, 1), (5, 1)), ("SPAN", (1, 2), (5, 2))]))
    out.append(about)
    out.append(Spacer(1, 4 * mm))
    out.append(Paragraph(PLEDGE_MENTEE_INTRO, _indented(styles)))
    out.append(Spacer(1, 2 * mm))

    difficulty = ""
    if pledge is not None and mentee is not None:
        kinds = "、".join(mentee.difficulties)
        detail = pledge.difficulty_detail
        difficulty = f"（{kinds}）{detail}" if kinds and detail else kinds or detail
        if mentee.hidden:
            difficulty = f"{kinds}{HIDDEN_DETAIL}"
    age = "" if mentee is None or mentee.age is None else f"{mentee.age}岁"
    class_name = mentee.class_name if mentee else ""
    if mentee is not None and mentee.hidden:
        age = class_name = HIDDEN_CELL
    student = Table(
        [
            [
                f.label("姓名"),
                f.text(mentee.name if mentee else ""),
                f.label("年龄"),
                f.text(age),
                f.label("班级"),
                f.text(class_name),
            ],
            [f.label(_vertical("困难情况")), f.text(difficulty), "", "", "", ""],
            [f.label(_vertical("帮扶措施")), f.text(pledge.measures if pledge else ""), "", "", "", ""],
        ],
        colWidths=[LABEL_W, value_w, LABEL_W, value_w, LABEL_W, value_w],
        minRowHeights=[ROW_H, 38 * mm, 48 * mm],
    )
    student.setStyle(
        TableStyle([st.font_command(styles), *_grid(), ("SPAN", (1, 1), (5, 1)), ("SPAN", (1, 2), (5, 2))])
    )
    out.append(student)
    out.append(Spacer(1, 4 * mm))
    out.append(Paragraph(PLEDGE_FURTHER, _indented(styles)))
    commitments = pledge.commitments if pledge else ""
    if commitments:
        out.append(Paragraph(fonts.markup(commitments), _indented(styles)))
    else:
        out.extend(_blank_lines(3))
    out.append(Spacer(1, 6 * mm))
    out.append(_signature_block(data, fonts, styles))
    return out


def _indented(styles: Styles) -> ParagraphStyle:
    return styles.body_indent.clone("pledge_indent", fontSize=st.FIELD_SIZE, leading=st.FIELD_SIZE * 1.7)


class _BlankLine(Flowable):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 9 * mm

    def draw(self) -> None:
        self.canv.setLineWidth(0.4)
        self.canv.line(0, 1.5 * mm, self.width, 1.5 * mm)


def _blank_lines(count: int) -> list[Flowable]:
    return [_BlankLine() for _ in range(count)]


def _signature_block(data: PledgeFormData, fonts: FontChain, styles: Styles) -> Table:
    signed_on = data.pledge.signed_on if data.pledge else None
    date = (
        year_month_cn(signed_on)
        if signed_on
        else "二〇&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;月"
    )
    sign: Flowable | str = ""
    if data.signature_png:
        sign = signature_image(data.signature_png, 42 * mm, 14 * mm)
    table = Table(
        [[Paragraph("（签名）", styles.field), sign], ["", Paragraph(date, styles.field)]],
        colWidths=[22 * mm, 48 * mm],
        rowHeights=[16 * mm, 9 * mm],
        hAlign="RIGHT",
    )
    table.setStyle(
        TableStyle(
            [
                st.font_command(styles),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                ("LINEBELOW", (1, 0), (1, 0), 0.5, st.INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
            ]
        )
    )
    return table


def one_page(flowables: list[Flowable]) -> KeepInFrame:
    """Shrink to one page if long answers would push it over: the form is one sheet, as on paper."""
    return KeepInFrame(st.FRAME_WIDTH, st.FRAME_HEIGHT, flowables, mode="shrink")


# Below this size (pt) the answers of a form shrunk to one sheet are hard to read on paper: the teacher is told.
SMALL_PRINT: Final = 9.0


def printed_size(data: PledgeFormData, fonts: FontChain | None = None) -> float:
    """The size (pt) the form's answers are printed at: st.FIELD_SIZE (小四) when the form fits its sheet, less
    when long answers make one_page() shrink it. Laid out, not drawn: a few milliseconds."""
    fonts = fonts or default_fonts()
    frame = one_page(pledge_flowables(data, fonts, make_styles(fonts.main)))
    frame.canv = Canvas(io.BytesIO())  # what the layout measures text with; nothing is drawn on it
    frame.wrap(st.FRAME_WIDTH, st.FRAME_HEIGHT)
    return st.FIELD_SIZE / float(getattr(frame, "_scale", 1.0))


def pledge_info(data: PledgeFormData) -> DocInfo:
    name = data.teacher.name if data.teacher else ""
    year = f"{data.school_year}学年" if data.school_year is not None else ""
    title = f"{CAMPAIGN}志愿书" + (f" · {year}" if year else "") + (f" · {name}" if name else "（空白）")
    return DocInfo(
        title=title,
        author=name or "记录本",
        subject=f"{data.district}{CAMPAIGN}志愿书（附件3）",
        keywords=("168", "爱生行动", "志愿书"),
    )


def build_pledge_form(data: PledgeFormData, target: Path | BinaryIO, fonts: FontChain | None = None) -> int:
    """Write the one-page 志愿书 to `target`; returns the page count (1)."""
    fonts = fonts or default_fonts()
    found = find_unprintable(fonts, pledge_texts(data))
    if found:
        raise unprintable_error(found)
    styles = make_styles(fonts.main)
    story: list[Flowable] = [Anchor("pledge", "志愿书"), one_page(pledge_flowables(data, fonts, styles))]
    return build_document(target, story, pledge_info(data), fonts, cover=False, numbered=False)
