"""Printing a finished PDF: the system print dialog, then every page drawn into the printer.

The PDF the teacher previewed is what is printed: its pages are rendered by QtPdf (pdfium) into images at
the printer's resolution (capped, see MAX_DPI) and drawn onto A4 paper, in page order. print_pdf() touches
no widget, so it runs as background work; ask_printer() shows the dialog and so runs on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

# A 600 dpi A4 page is 140 MB as an image; 300 dpi (35 MB) prints Chinese text as sharp as the eye reads it.
MAX_DPI = 300
POINTS_PER_INCH = 72.0

ReportPage = Callable[[int, int], None]  # pages done, pages in all; may raise to stop (Cancelled)


class PrintError(Exception):
    """The printer could not be used, or the PDF could not be read; the message is for the teacher."""


def new_printer() -> QPrinter:
    """A printer set up for the record book: A4 portrait, the PDF's own margins (none added)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)
    return printer


def ask_printer(printer: QPrinter, pages: int, parent: QWidget | None) -> bool:
    """The system print dialog for `printer` (pages 1..`pages`); True if the teacher chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "打印"))
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


def page_sequence(printer: QPrinter, pages: int) -> list[int]:
    """The 0-based pages to print, in the order the printer wants them (range, order, copies)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first <= 0:
        first, last = 1, pages
    chosen = list(range(max(1, first) - 1, min(pages, max(first, last))))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        chosen.reverse()
    # When the driver cannot make copies itself, Qt leaves them to the program (QPrinter::copyCount).
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return chosen
    if printer.collateCopies():
        return chosen * copies
    return [page for page in chosen for _ in range(copies)]


def print_pdf(pdf: Path, printer: QPrinter, report: ReportPage | None = None) -> int:
    """Draw the pages of `pdf` into `printer`; returns the number of sheets sent.

    An exception from `report` (the teacher cancelled) aborts the job: nothing more reaches the printer.
    """
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            raise PrintError(QCoreApplication.translate("Printing", "无法读取要打印的文件 {path}").format(path=pdf))
        order = page_sequence(printer, document.pageCount())
        if not order:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "无法使用打印机“{name}”。请检查打印机是否已连接、已开机。"
                ).format(name=printer.printerName() or printer.outputFileName())
            )
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for done, index in enumerate(order):
                if done:
                    printer.newPage()
                _draw_page(painter, printer, document, index, dpi)
                if report is not None:
                    report(done + 1, len(order))
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
        return len(order)
    finally:
        document.close()


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int, dpi: int) -> None:
    points = document.pagePointSize(index)
    size = QSize(round(points.width() / POINTS_PER_INCH * dpi), round(points.height() / POINTS_PER_INCH * dpi))
    # pdfium leaves the paper transparent; printer drivers handle an opaque image best (some print
    # transparency black or rasterise the whole job), so the page is laid on white first.
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    with QPainter(image) as page:
        page.drawImage(0, 0, document.render(index, size))
    # The paper in device pixels; the page is fitted into it whole, centred, keeping its proportions.
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scaled = QSizeF(points.width(), points.height()).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(
        (paper.width() - scaled.width()) / 2, (paper.height() - scaled.height()) / 2, scaled.width(), scaled.height()
    )
    painter.drawImage(target, image)
