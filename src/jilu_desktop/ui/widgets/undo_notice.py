"""A line over a page saying what the page just did, with a button that undoes exactly that step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UndoNotice(QFrame):
    def __init__(self, stack: QUndoStack, undo_tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._last: QUndoCommand | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("操作提示"))
        self.undo_button = QPushButton(self.tr("撤销(&U)"), self)
        self.undo_button.setToolTip(undo_tip)
        self.close_button = QPushButton(self.tr("知道了"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.undo_button.clicked.connect(self.undo_last)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def push(self, command: QUndoCommand) -> None:
        """Push the page's step onto the window's stack, remembering it as the one this notice undoes."""
        self._last = command
        self._stack.push(command)

    def tell(self, text: str, undoable: bool = True) -> None:
        self.label.setText(text)
        self.undo_button.setVisible(undoable)
        self.show()

    def undo_last(self) -> None:
        # Only the page's own last step: another page may have pushed something since.
        if self._last is not None and self._top() is self._last:
            self._stack.undo()
        self.hide()

    def stack_moved(self) -> None:
        """Called when the stack moves: once the page's step is no longer on top, the notice is stale."""
        if self._last is not None and self._top() is not self._last:
            self.hide()

    def _top(self) -> QUndoCommand | None:
        return self._stack.command(self._stack.index() - 1) if self._stack.index() > 0 else None
