"""The 活动反馈表 (appendix 4): filled ones received, and blank ones to hand to students and parents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from jilu_desktop.export import styles as st
from jilu_desktop.export.data import FeedbackEntry
from jilu_desktop.export.fonts import FontChain
from jilu_desktop.export.styles import Styles
from jilu_desktop.export.wording import CAMPAIGN, FEEDBACK_NOTES, FEEDBACK_QUESTION, FEEDBACK_TITLE, date_zh

LABEL_W = 24 * mm
ANSWER_H = 130 * mm


def feedback_form(
    teacher_name: str, unit: str, entry: FeedbackEntry | None, fonts: FontChain, styles: Styles
) -> list[Flowable]:
    """One form; the teacher's name and school are printed, the rest is the filler's (blank when `entry` is None)."""
    width = st.FRAME_WIDTH
    value_w = (width - 2 * LABEL_W) / 2

    def text(value: str) -> Paragraph:
        return Paragraph(fonts.markup(value), styles.cell)

    def label(value: str) -> Paragraph:
        return Paragraph(value, styles.cell_center)

    question: list[Flowable] = [Paragraph(FEEDBACK_QUESTION, styles.cell), Spacer(1, 3 * mm)]
    if entry is not None:
        question.append(Paragraph(fonts.markup(entry.text), styles.body_indent))
        if entry.received_on is not None:
            question.append(Paragraph(f"（{date_zh(entry.received_on)}收到）", styles.note))
    table = Table(
        [
            [label("老师姓名"), text(teacher_name), label("单位"), text(unit)],
            [question, "", "", ""],
            [
                label("填表人姓名"),
                text(entry.filler_name if entry else ""),
                label("年级(或单位)"),
                text(entry.filler_unit if entry else ""),
            ],
        ],
        colWidths=[LABEL_W, value_w, LABEL_W, value_w],
        minRowHeights=[10 * mm, ANSWER_H, 10 * mm],
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                st.font_command(styles),
                ("GRID", (0, 0), (-1, -1), st.GRID_WIDTH, st.GRID),
                ("SPAN", (0, 1), (-1, 1)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [
        Paragraph(CAMPAIGN, styles.heading),
        Paragraph(FEEDBACK_TITLE, styles.title),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 4 * mm),
        Paragraph(FEEDBACK_NOTES[0], styles.small),
        *(Paragraph(line, styles.small.clone("notes", leftIndent=5 * st.SMALL_SIZE)) for line in FEEDBACK_NOTES[1:]),
    ]
