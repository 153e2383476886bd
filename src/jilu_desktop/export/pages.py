"""The document frame: A4 pages with a running header, “第 N 页 / 共 M 页” and a bookmark outline.

The page total is not known while pages are laid out. Rather than lay the whole book out twice, every
footer draws “共 ” followed by one shared form XObject, and the form (“M 页”) is written once at the end:
one pass, and the numbers are still real text that can be searched and extracted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from jilu_desktop.export import styles as st
from jilu_desktop.export.fonts import FontChain

TOTAL_FORM = "JiluPageTotal"


@dataclass(frozen=True)
class DocInfo:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...] = ()
    header_left: str = ""
    header_right: str = ""
    created: dt.datetime | None = None


class _BookCanvas(Canvas):
    """Counts its pages, and writes the page-total form just before the file is saved."""

    def __init__(self, *args: Any, fonts: FontChain, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fonts = fonts
        self.pages = 0
        self.uses_total = False

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def save(self) -> None:
        if self.uses_total:
            self.beginForm(TOTAL_FORM)
            self.fonts.draw(self, 0, 0, f"{self.pages} 页", st.HEADER_SIZE + 0.5)
            self.endForm()
        super().save()


class Anchor(Flowable):
    """An invisible mark: a bookmark here, and an entry in the PDF outline."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 18)
        self.canv.addOutlineEntry(self.title, self.key, self.level)


def _frame(name: str) -> Frame:
    return Frame(
        st.MARGIN_INNER,
        st.MARGIN_BOTTOM,
        st.FRAME_WIDTH,
        st.FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def _decorate(
    fonts: FontChain, info: DocInfo, header: bool, numbered: bool
) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not (header or numbered):
            return
        canvas.saveState()
        canvas.setFillColor(st.MUTED)
        canvas.setStrokeColor(st.MUTED)
        if header:
            y = st.HEADER_Y
            fonts.draw(canvas, st.MARGIN_INNER, y, info.header_left, st.HEADER_SIZE)
            fonts.draw(canvas, st.PAGE_WIDTH - st.MARGIN_OUTER, y, info.header_right, st.HEADER_SIZE, anchor="right")
            canvas.setLineWidth(0.4)
            canvas.line(st.MARGIN_INNER, y - 4, st.PAGE_WIDTH - st.MARGIN_OUTER, y - 4)
        if not numbered:
            canvas.restoreState()
            return
        size = st.HEADER_SIZE + 0.5
        left = f"第 {doc.page} 页 / 共 "
        width = fonts.width(left, size) + fonts.width(f"{doc.page:02d} 页", size)
        x = st.MARGIN_INNER + st.FRAME_WIDTH / 2 - width / 2
        fonts.draw(canvas, x, st.FOOTER_Y, left, size)
        canvas.translate(x + fonts.width(left, size), st.FOOTER_Y)
        canvas.doForm(TOTAL_FORM)
        canvas.uses_total = True  # type: ignore[attr-defined]
        canvas.restoreState()

    return on_page


def build_document(
    target: Path | BinaryIO,
    story: list[Flowable],
    info: DocInfo,
    fonts: FontChain,
    *,
    cover: bool,
    numbered: bool = True,
) -> int:
    """Lay out `story` on A4 pages and save; returns the number of pages.

    With `cover`, the first page template has no running header (switch with NextPageTemplate("body")).
    """
    templates = []
    if cover:
        templates.append(
            PageTemplate("cover", [_frame("cover")], onPage=_decorate(fonts, info, header=False, numbered=numbered))
        )
    templates.append(
        PageTemplate(
            "body", [_frame("body")], onPage=_decorate(fonts, info, header=bool(info.header_left), numbered=numbered)
        )
    )
    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        pageTemplates=templates,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=list(info.keywords),
        creator="记录本 jilu-desktop",
        producer="记录本 jilu-desktop (ReportLab)",
        initialFontName=fonts.main,
        initialFontSize=st.BODY_SIZE,
        lang="zh-CN",
        displayDocTitle=True,
    )
    made: list[_BookCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> _BookCanvas:
        canvas = _BookCanvas(*args, fonts=fonts, **kwargs)
        canvas.showOutline()
        made.append(canvas)
        return canvas

    doc.build(story, canvasmaker=canvasmaker)
    return made[-1].pages
