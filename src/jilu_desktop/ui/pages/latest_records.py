"""The latest records, newest first, as many as the box has room for; Enter or a double click opens one."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from jilu_desktop.domain.activities import ActivitySummary
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.labels import kind_label, short_date, student_names

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
MIN_ROWS = 3  # asked for even when the box is smaller than that (the rest is scrolled to)
Fetch = Callable[[int], Sequence[ActivitySummary]]  # the newest `limit` records


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
        self._fetch: Fetch | None = None
        self._asked = 0  # how many rows the last fetch asked for
        self._got = 0  # and how many it gave (fewer: there are no more)
        self.setAccessibleName(self.tr("最近的记录"))
        self.setUniformItemSizes(True)
        # A line too long for the column ends in “…”; the whole of it is in the tooltip.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)

    def row_height(self) -> int:
        if self.count() > 0:
            return max(1, self.sizeHintForRow(0) + 2 * self.spacing())
        return max(1, self.fontMetrics().height() + 2 * self.spacing())

    def rows_that_fit(self) -> int:
        """How many lines the box shows without scrolling (at least MIN_ROWS)."""
        return max(MIN_ROWS, self.viewport().height() // self.row_height())

    def show_latest(self, fetch: Fetch) -> None:
        """Show the newest records that fit, read with `fetch(limit)`; again whenever the box changes size."""
        self._fetch = fetch
        self._show_fitting()

    def _show_fitting(self) -> None:
        assert self._fetch is not None
        limit = self.rows_that_fit()
        rows = self._fetch(limit)
        self._asked, self._got = limit, len(rows)
        self.show_rows(rows)

    def _needs_refill(self) -> bool:
        fit = self.rows_that_fit()
        # More room and more records to show, or fewer lines of room than records shown.
        return (fit > self._asked and self._got == self._asked) or fit < self._got

    def _refill_to_fit(self) -> None:
        """On a big screen the box is tall: it is filled again with as many records as now fit."""
        if self._fetch is None or not self._needs_refill():
            return
        current = self.currentRow()
        try:
            self._show_fitting()
        except StorageEnvironmentError:
            log.warning("could not read the latest records", exc_info=True)  # told at the next refresh
            return
        if 0 <= current < self.count():
            self.setCurrentRow(current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refill_to_fit()

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
