"""The latest few records, newest first; Enter or a double click opens one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from jilu_desktop.domain.activities import ActivitySummary
from jilu_desktop.ui.labels import kind_label, short_date, student_names

ID_ROLE = Qt.ItemDataRole.UserRole


def summary_line(summary: ActivitySummary) -> str:
    return QCoreApplication.translate("LatestRecords", "{date}  {kind}  {students}  （{place}）").format(
        date=short_date(summary.date),
        kind=kind_label(summary.kind),
        students=student_names(summary.students),
        place=summary.place,
    )


class LatestRecords(QListWidget):
    open_requested = Signal(int)  # the id of the record to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("最近的记录"))
        self.setUniformItemSizes(True)
        # A line too long for the column ends in “…”; the whole of it is in the tooltip.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)

    def show_rows(self, rows: Sequence[ActivitySummary]) -> None:
        self.clear()
        for summary in rows:
            item = QListWidgetItem(summary_line(summary))
            item.setData(ID_ROLE, summary.id)
            item.setToolTip(item.text() + "\n" + " ".join(summary.excerpt.split()))
            self.addItem(item)
        if not rows:
            empty = QListWidgetItem(self.tr("还没有记录。按 Ctrl+N 记下第一条。"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)

    def _activated(self, item: QListWidgetItem) -> None:
        activity_id = item.data(ID_ROLE)
        if isinstance(activity_id, int):
            self.open_requested.emit(activity_id)
