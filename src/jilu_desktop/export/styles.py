"""Page geometry and type for the printed book: A4, a wider inner margin for binding, Chinese sizes.

Sizes follow Chinese print conventions: 五号 (10.5 pt) for body text, 小四 (12 pt) for fields, 三号 (16 pt)
and 二号 (22 pt) for headings; leading is about 1.5 lines, as in school paperwork.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_INNER = 28 * mm  # binding edge (left): room for staples or a spine
MARGIN_OUTER = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_Y = PAGE_HEIGHT - 14 * mm
FOOTER_Y = 11 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_INNER - MARGIN_OUTER
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

BODY_SIZE = 10.5  # 五号
FIELD_SIZE = 12  # 小四
SMALL_SIZE = 9  # 小五
HEADER_SIZE = 8.5

INK = colors.black
GRID = colors.black
GRID_WIDTH = 0.6
MUTED = colors.Color(0.35, 0.35, 0.35)
LABEL_FILL = colors.Color(0.94, 0.94, 0.94)
EXEMPT_FILL = colors.Color(0.90, 0.90, 0.90)
NOT_PARTICIPATING_FILL = colors.Color(0.96, 0.96, 0.96)  # lighter than exempt; its text is MUTED
TALKS_COLOR = colors.Color(0.18, 0.42, 0.70)
TUTORING_COLOR = colors.Color(0.85, 0.45, 0.12)
SHORT_COLOR = colors.Color(0.70, 0.10, 0.10)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_indent: ParagraphStyle  # first-line indent of two characters, as Chinese prose is set
    field: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    right: ParagraphStyle


def make_styles(font: str) -> Styles:
    def style(name: str, size: float, leading: float | None = None, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading or round(size * 1.55, 1),
            wordWrap="CJK",
            **{"textColor": INK, **kw},  # type: ignore[arg-type]
        )

    return Styles(
        body=style("body", BODY_SIZE, alignment=TA_JUSTIFY),
        body_indent=style("body_indent", BODY_SIZE, firstLineIndent=2 * BODY_SIZE, alignment=TA_JUSTIFY),
        field=style("field", FIELD_SIZE, alignment=TA_LEFT),
        cell=style("cell", BODY_SIZE, leading=BODY_SIZE * 1.45),
        cell_center=style("cell_center", BODY_SIZE, leading=BODY_SIZE * 1.45, alignment=TA_CENTER),
        small=style("small", SMALL_SIZE, leading=SMALL_SIZE * 1.45),
        note=style("note", SMALL_SIZE, leading=SMALL_SIZE * 1.5, textColor=MUTED),
        title=style("title", 22, leading=32, alignment=TA_CENTER),
        heading=style("heading", 16, leading=24, alignment=TA_CENTER, spaceAfter=8),
        subheading=style("subheading", FIELD_SIZE, leading=18, spaceBefore=6, spaceAfter=4),
        right=style("right", FIELD_SIZE, alignment=TA_RIGHT),
    )


TableCommand = tuple[Any, ...]  # reportlab's table commands are heterogeneous tuples


def font_command(styles: Styles) -> TableCommand:
    """The first command of every TableStyle: without it a Table selects Helvetica for its cells,
    which would put a font that is not embedded into the file."""
    return ("FONT", (0, 0), (-1, -1), styles.body.fontName, BODY_SIZE)
