"""A row of one stretched widget with a few at its end, which go onto a line of their own when the row is narrow.

row = WrapRow()
row.addWidget(line_edit)      # the first: as wide as the row (or its line) allows, never less than its minimum
row.addWidget(button)         # the rest: at their size hints, after it on its line or on the next line

A large font makes the row wider than a small screen: rather than widen its window past the screen, the
buttons go under the first widget. The row's least width is that of its widest line, not of all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from jilu_desktop.ui.widgets.flow_layout import ItemListLayout


class WrapRow(ItemListLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent, spacing)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def wrapped(self) -> bool:
        """Are the trailing widgets on a line of their own now?"""
        return not self._fits(self.geometry().width()) if self.geometry().isValid() else False

    def sizeHint(self) -> QSize:
        """Everything on one line, each at its size hint."""
        first, rest = self._shown()
        if first is None:
            return self._with_margins(QSize(0, 0))
        width = first.sizeHint().width() + self._rest_width(rest, lead=True)
        height = max([first.sizeHint().height(), *(item.sizeHint().height() for item in rest)])
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The trailing widgets under the first one: as wide as the wider line, as tall as the two lines (so that a
        window made as small as it goes still has room for them)."""
        first, rest = self._shown()
        if first is None:
            return self._with_margins(QSize(0, 0))
        width = max(first.minimumSize().width(), self._rest_width(rest, lead=False))
        height = first.sizeHint().height()
        if rest:
            height += self.spacing() + max(item.sizeHint().height() for item in rest)
        return self._with_margins(QSize(width, height))

    def _shown(self) -> tuple[QLayoutItem | None, list[QLayoutItem]]:
        shown = [item for item in self._items if not item.isEmpty()]
        return (shown[0], shown[1:]) if shown else (None, [])

    def _rest_width(self, rest: list[QLayoutItem], lead: bool) -> int:
        """The trailing widgets side by side; `lead`: with the gap before the first of them."""
        if not rest:
            return 0
        gaps = len(rest) - (0 if lead else 1)
        return sum(item.sizeHint().width() for item in rest) + gaps * self.spacing()

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _fits(self, width: int) -> bool:
        """Do the trailing widgets fit on the first widget's line, the first one keeping its minimum?"""
        first, rest = self._shown()
        if first is None or not rest:
            return True
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        return first.minimumSize().width() + self._rest_width(rest, lead=True) <= room

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the widgets out in `rect` (with `move`), and give the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        first, rest = self._shown()
        if first is None:
            return margins.top() + margins.bottom()
        gap = self.spacing()
        rest_height = max((item.sizeHint().height() for item in rest), default=0)
        if self._fits(rect.width()):
            line = max(first.sizeHint().height(), rest_height)
            first_width = area.width() - self._rest_width(rest, lead=True)
            if move:  # each at its own height, in the middle of the line (as a QHBoxLayout does)
                x = area.x()
                for item, width in ((first, first_width), *((item, item.sizeHint().width()) for item in rest)):
                    height = item.sizeHint().height()
                    item.setGeometry(QRect(x, area.y() + (line - height) // 2, width, height))
                    x += width + gap
            return line + margins.top() + margins.bottom()
        # Too narrow: the first widget across the row, the others on the line under it, from its left.
        first_height = first.sizeHint().height()
        if move:
            first.setGeometry(QRect(area.x(), area.y(), area.width(), first_height))
            x, y = area.x(), area.y() + first_height + gap
            for item in rest:
                hint = item.sizeHint()
                item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), area.width()), rest_height)))
                x += hint.width() + gap
        return first_height + gap + rest_height + margins.top() + margins.bottom()
