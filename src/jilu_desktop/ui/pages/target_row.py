"""One monthly target as a row of a grid: its name, a progress bar, and the count in large type."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from jilu_desktop.domain.progress import TargetProgress
from jilu_desktop.ui.pages.month_text import count_text

MET_COLOR = QColor("#2e7d32")  # green: the month's target is reached


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A font that sets only size and weight, so the family still follows the application font."""
    font = QFont()
    font.setPointSizeF(base.pointSizeF() * factor if base.pointSizeF() > 0 else 12 * factor)
    font.setBold(bold)
    return font


class TargetRow:
    """Not a widget itself: it places its three widgets in the caller's grid, so that the columns line up."""

    def __init__(self, grid: QGridLayout, row: int, name: str, parent: QWidget) -> None:
        self.name_label = QLabel(name, parent)
        self.name_label.setFont(scaled_font(parent.font(), 1.25))
        self.bar = QProgressBar(parent)
        self.bar.setTextVisible(False)  # the count beside it says it larger
        self.bar.setMinimumHeight(22)
        # Qt asks as much width of a bar as of its (hidden) text: a short bar leaves the count its room.
        self.bar.setMinimumWidth(parent.fontMetrics().horizontalAdvance("0") * 4)
        self.bar.setAccessibleName(QCoreApplication.translate("TargetRow", "{name}进度").format(name=name))
        self.count_label = QLabel(parent)
        self.count_label.setFont(scaled_font(parent.font(), 1.8, bold=True))
        self.count_label.setAccessibleName(QCoreApplication.translate("TargetRow", "{name}人次").format(name=name))
        self.name_label.setBuddy(self.bar)
        self._normal_palette = QPalette(self.bar.palette())
        grid.addWidget(self.name_label, row, 0)
        grid.addWidget(self.bar, row, 1)
        grid.addWidget(self.count_label, row, 2)

    def show_progress(self, progress: TargetProgress) -> None:
        text = count_text(progress)
        self.count_label.setText(text)
        # A target of 0 would make a range of 0..0, which Qt draws as a busy indicator.
        self.bar.setRange(0, max(progress.target, 1))
        self.bar.setValue(min(progress.count, progress.target) if progress.target else 1)
        self.bar.setAccessibleDescription(text)
        palette = QPalette(self._normal_palette)
        if progress.met:
            palette.setColor(QPalette.ColorRole.Highlight, MET_COLOR)
        self.bar.setPalette(palette)
