"""The band shown above the pages while the book holds the example data (示例数据): it says so, and offers the
way out — clearing the example data to begin her own book — so that trying the program is never a dead end."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

DEMO_COLOR = QColor("#fff4d6")  # a warm note, unlike the read-only band's blue


class DemoBanner(QFrame):
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("示例数据提示"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, DEMO_COLOR)
        self.setPalette(palette)
        self.label = QLabel(self.tr("这是示例数据，供您熟悉程序，不是真实的记录。"), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("清除示例数据，开始使用我的记录本…"), self)
        self.button.clicked.connect(self.clear_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
