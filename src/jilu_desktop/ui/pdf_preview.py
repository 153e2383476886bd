"""A PDF shown inside the app (QtPdf), page after page, with the page count: the preview before saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget


class PreviewError(Exception):
    """The file could not be shown."""


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("预览"))
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.pages_label = QLabel(self)
        self.pages_label.setAccessibleName(self.tr("页数"))
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.pages_label)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.path: Path | None = None
        self.clear(self.tr("点击“预览”，在这里查看导出的效果。"))

    def show_pdf(self, path: Path) -> int:
        """Show the PDF at `path`; returns its page count. The file stays open until clear() or the next one."""
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.clear(self.tr("无法显示预览。"))
            raise PreviewError(str(path))
        self.path = path
        self._stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, QPointF())
        self._show_page_number(0)
        return self.document.pageCount()

    def clear(self, text: str) -> None:
        """Close the file (so that it can be deleted) and show `text` instead."""
        self.document.close()
        self.path = None
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)
        self.pages_label.clear()

    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    def _show_page_number(self, page: int) -> None:
        if self.path is None:
            return
        self.pages_label.setText(
            self.tr("第 {page} 页 / 共 {pages} 页").format(page=page + 1, pages=self.document.pageCount())
        )
