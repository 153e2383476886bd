"""Table cells on one line: a text too long for its column ends in “…” (its tooltip has the whole of it)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView


class OneLineDelegate(QStyledItemDelegate):
    """Draws (and measures) a cell on one line even in a view that wraps its other columns."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight


def needed_width(view: QTableView, column: int) -> int:
    """What `column` needs to show its heading and every cell whole."""
    header = view.horizontalHeader()
    return max(view.sizeHintForColumn(column), header.sectionSizeHint(column))


def heading_width(view: QTableView, column: int) -> int:
    """What `column` needs to show its heading whole: the least it is given."""
    return view.horizontalHeader().sectionSizeHint(column)


def texts_width(view: QTableView, column: int, texts: Iterable[str]) -> int:
    """What `column` needs to show the widest of `texts` whole, with a little room to spare (a quarter of a “中”
    on each side, beyond the cell's own margins), at the view's font; at least its heading's width."""
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # the cell's own
    padding = metrics.horizontalAdvance("中") // 4
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    return max(widest + 2 * (margin + padding), heading_width(view, column))


def set_width(header: QHeaderView, column: int, width: int) -> None:
    if header.sectionSize(column) != width:
        header.resizeSection(column, width)
