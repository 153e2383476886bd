"""Flowables drawn straight on the canvas: the activity box of the paper book, and small pieces.

The activity box is the bulk of a book (hundreds a year), so it avoids reportlab's general Table: its
grid is four lines and a few labels, single-line values are drawn directly, and only the content is a
Paragraph. A long content is split between pages inside the box; nothing is ever cut off.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, cast

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph

from jilu_desktop.export import styles as st
from jilu_desktop.export.data import ActivityEntry
from jilu_desktop.export.fonts import FontChain
from jilu_desktop.export.styles import Styles
from jilu_desktop.export.wording import when_zh

LABEL_W = 62.0
PAD = 5.0
ROW_MIN = 23.0
LABEL_LINE = 18.0  # the “帮扶内容或帮扶心得：” line
BOTTOM_PAD = 7.0
NOTE_LINE = 12.0  # “（接下页）” under a box that continues


class _Cell:
    """A value in the box head: one line drawn directly, or a Paragraph when it needs wrapping."""

    __slots__ = ("height", "para", "text")

    def __init__(self, text: str, width: float, fonts: FontChain, styles: Styles) -> None:
        self.text = text
        self.para: Paragraph | None = None
        if "\n" in text or fonts.width(text, st.BODY_SIZE) > width:
            self.para = Paragraph(fonts.markup(text), styles.cell)
            self.height = self.para.wrap(width, 10_000)[1]
        else:
            self.height = st.BODY_SIZE * 1.2

    def draw(self, canvas: Any, fonts: FontChain, x: float, top: float, row_h: float) -> None:
        if self.para is None:
            baseline = top - row_h / 2 - st.BODY_SIZE * 0.36
            fonts.draw(canvas, x, baseline, self.text, st.BODY_SIZE)
        else:
            self.para.drawOn(canvas, x, top - PAD - self.height)


class ActivityBox(Flowable):
    """One activity as the paper form's box: 时间 | 地点 / 帮扶对象 | 活动类型 / 帮扶内容或帮扶心得."""

    def __init__(
        self,
        entry: ActivityEntry,
        number: int,
        fonts: FontChain,
        styles: Styles,
        *,
        head: bool = True,
        more: bool = False,
        para: Paragraph | None = None,
        keep_whole: bool = True,
    ) -> None:
        super().__init__()
        self.entry = entry
        self.number = number
        self.fonts = fonts
        self.styles = styles
        self.head = head  # False for the part continued from the previous page
        self.more = more  # True when the content goes on on the next page
        # False for a month's first box: it is kept on the page of its heading (record_book keeps the two
        # together), so when they do not fit together on a fresh page it is split there, not moved on alone
        self.keep_whole = keep_whole
        self._para = para  # made on first wrap, so that a long book holds no Paragraph it has not reached
        self._laid_for: float | None = None
        self._cols = (0.0, 0.0, 0.0, 0.0)
        self._cells: tuple[_Cell, _Cell] | None = None
        self._rows = (0.0, 0.0)
        self._para_h = 0.0

    # --- layout ---
    def _content(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(self.fonts.markup(self.entry.content), self.styles.cell)
        return self._para

    def _layout(self, width: float) -> None:
        if self._laid_for == width:
            return
        value1 = (width - 2 * LABEL_W) * 0.55
        self._cols = (LABEL_W, value1, LABEL_W, width - 2 * LABEL_W - value1)
        if self.head:
            place = _Cell(self.entry.place, self._cols[3] - 2 * PAD, self.fonts, self.styles)
            names_w = self._cols[1] - 2 * PAD
            students = _Cell(_name_lines(self.entry.students, names_w, self.fonts), names_w, self.fonts, self.styles)
            self._cells = (place, students)
            self._rows = (max(ROW_MIN, place.height + 2 * PAD), max(ROW_MIN, students.height + 2 * PAD))
        self._para_h = self._content().wrap(width - 2 * PAD - 2, 100_000)[1]
        self._laid_for = width

    def _frame_height(self) -> float:
        """Everything but the content paragraph."""
        rows = sum(self._rows) if self.head else 0.0
        return rows + LABEL_LINE + BOTTOM_PAD + (NOTE_LINE if self.more else 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        self.width = availWidth
        self.height = self._frame_height() + self._para_h
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.head and self.keep_whole and self.height <= st.FRAME_HEIGHT:
            return []  # it fits on a page of its own: keep the box whole, start it on the next page
        room = availHeight - self._frame_height() - NOTE_LINE
        if room < 3 * self.styles.cell.leading:
            return []
        pieces = self._content().split(availWidth - 2 * PAD - 2, room)
        if len(pieces) != 2 or not all(isinstance(p, Paragraph) for p in pieces):
            return []
        first = ActivityBox(
            self.entry,
            self.number,
            self.fonts,
            self.styles,
            head=self.head,
            more=True,
            para=cast(Paragraph, pieces[0]),
            keep_whole=self.keep_whole,
        )
        rest = ActivityBox(
            self.entry,
            self.number,
            self.fonts,
            self.styles,
            head=False,
            more=self.more,
            para=cast(Paragraph, pieces[1]),
        )
        return [first, rest]

    # --- drawing ---
    def draw(self) -> None:
        canvas = self.canv
        fonts = self.fonts
        w, h = self.width, self.height
        c0, c1, c2, _ = self._cols
        top = h
        canvas.saveState()
        canvas.setLineWidth(st.GRID_WIDTH)
        canvas.setStrokeColor(st.GRID)
        if self.head:
            r1, r2 = self._rows
            if r1 == r2 == ROW_MIN:
                # The usual box: its grid and labels are one form XObject, drawn by reference.
                name = _head_form(canvas, fonts, self._cols)
                canvas.saveState()
                canvas.translate(0, top - r1 - r2)
                canvas.doForm(name)
                canvas.restoreState()
            else:
                _draw_head(canvas, fonts, self._cols, top, r1, r2)
            place, students = self._cells or (None, None)
            assert place is not None and students is not None
            when = when_zh(self.entry.date, self.entry.time)
            fonts.draw(canvas, c0 + PAD, top - r1 / 2 - st.BODY_SIZE * 0.36, when, st.BODY_SIZE)
            place.draw(canvas, fonts, c0 + c1 + c2 + PAD, top, r1)
            students.draw(canvas, fonts, c0 + PAD, top - r1, r2)
            kind = self.entry.kind.label("zh")
            fonts.draw(canvas, c0 + c1 + c2 + PAD, top - r1 - r2 / 2 - st.BODY_SIZE * 0.36, kind, st.BODY_SIZE)
            top -= r1 + r2
        label = "帮扶内容或帮扶心得：" if self.head else "帮扶内容或帮扶心得（接上页）："
        fonts.draw(canvas, PAD, top - LABEL_LINE + 5, label, st.BODY_SIZE)
        canvas.setFillColor(st.MUTED)
        fonts.draw(canvas, w - PAD, top - LABEL_LINE + 5, f"第 {self.number} 条", st.SMALL_SIZE, "right")
        if self.more:
            fonts.draw(canvas, w - PAD, BOTTOM_PAD - 2, "（接下页）", st.SMALL_SIZE, "right")
        canvas.setFillColor(st.INK)
        para = self._content()
        para.drawOn(canvas, PAD + 1, top - LABEL_LINE - self._para_h)
        canvas.rect(0, 0, w, h, stroke=1, fill=0)
        canvas.restoreState()
        self._para = None  # drawn: let it go


def _name_lines(names: Sequence[str], width: float, fonts: FontChain) -> str:
    """The students' names joined with “、”, with a line break between two names wherever the next one does
    not fit on the line: a name (李小明, 上官婉儿, 学生C, 王芳（编号 12）) is never split between two lines.
    A single name wider than the cell is left to the paragraph to wrap."""
    lines: list[str] = []
    line = ""
    for i, name in enumerate(names):
        piece = name + ("、" if i < len(names) - 1 else "")
        # The “、” after a name may reach into the cell's padding, as the paragraph lets it hang.
        if line and (
            fonts.width(line + name, st.BODY_SIZE) > width or fonts.width(line + piece, st.BODY_SIZE) > width + PAD
        ):
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def _draw_head(canvas: Any, fonts: FontChain, cols: tuple[float, ...], top: float, r1: float, r2: float) -> None:
    """The grid lines, shaded label cells and labels of the two head rows."""
    c0, c1, c2, c3 = cols
    w = c0 + c1 + c2 + c3
    canvas.setFillColor(st.LABEL_FILL)
    for x, cw in ((0, c0), (c0 + c1, c2)):
        canvas.rect(x, top - r1 - r2, cw, r1 + r2, stroke=0, fill=1)
    canvas.setFillColor(st.INK)
    for x in (c0, c0 + c1, c0 + c1 + c2):
        canvas.line(x, top, x, top - r1 - r2)
    canvas.line(0, top - r1, w, top - r1)
    canvas.line(0, top - r1 - r2, w, top - r1 - r2)
    for label, x, cw, row_top, rh in (
        ("时  间", 0, c0, top, r1),
        ("地  点", c0 + c1, c2, top, r1),
        ("帮扶对象", 0, c0, top - r1, r2),
        ("活动类型", c0 + c1, c2, top - r1, r2),
    ):
        fonts.draw(canvas, x + cw / 2, row_top - rh / 2 - st.BODY_SIZE * 0.36, label, st.BODY_SIZE, "center")


def _head_form(canvas: Any, fonts: FontChain, cols: tuple[float, ...]) -> str:
    """The name of the form holding a standard box head for these columns, defined on first use."""
    name = "JiluBoxHead" + "-".join(f"{c:.0f}" for c in cols)
    if not canvas.hasForm(name):
        canvas.beginForm(name, 0, 0, sum(cols), 2 * ROW_MIN)
        canvas.setLineWidth(st.GRID_WIDTH)
        canvas.setStrokeColor(st.GRID)
        _draw_head(canvas, fonts, cols, 2 * ROW_MIN, ROW_MIN, ROW_MIN)
        canvas.endForm()
    return name


class Rule(Flowable):
    """A horizontal line across the frame, with room above and below."""

    def __init__(self, width: float = 0.6, space: float = 4) -> None:
        super().__init__()
        self.line_width = width
        self.space = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 2 * self.space

    def draw(self) -> None:
        self.canv.setLineWidth(self.line_width)
        self.canv.line(0, self.space, self.width, self.space)


class MonthHeading(Flowable):
    """“2026年9月” on the left, the month's counts on the right, a rule below."""

    HEIGHT = 28.0

    def __init__(self, title: str, detail: str, fonts: FontChain) -> None:
        super().__init__()
        self.title = title
        self.detail = detail
        self.fonts = fonts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        self.fonts.draw(canvas, 0, 9, self.title, 13)
        canvas.setFillColor(st.MUTED)
        self.fonts.draw(canvas, self.width, 9, self.detail, st.SMALL_SIZE, "right")
        canvas.setStrokeColor(st.INK)
        canvas.setLineWidth(0.8)
        canvas.line(0, 4, self.width, 4)
        canvas.restoreState()


def signature_image(png: bytes, max_width: float, max_height: float) -> Image:
    """The handwritten signature, scaled to fit the signature line, keeping its proportions."""
    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    scale = min(max_width / w, max_height / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale, hAlign="LEFT")
