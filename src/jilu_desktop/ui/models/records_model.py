"""The records table's model: plain ActivitySummary rows from the services, shown, sorted and looked up by id.

The rows are replaced whole whenever the filter or the records change. Given a source (set_source), the model
holds a screenful or two and fetches the next rows as the view scrolls to them (Qt's canFetchMore/fetchMore),
so that showing ten thousand records costs what showing two hundred does; sorting by another column than
the date fetches the rest first. The view asks only for the rows on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCollator, QLocale, QModelIndex, QPersistentModelIndex, Qt

from jilu_desktop.domain.activities import ActivityKind, ActivitySummary
from jilu_desktop.ui.labels import iso_date, kind_label, student_names, time_text

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
CHUNK = 200  # rows fetched at a time: a few screenfuls
# (offset, limit) -> the rows, newest first; None when they could not be read (and the reader has said why)
Fetch = Callable[[int, int], Sequence[ActivitySummary] | None]
NEWEST_FIRST = (0, Qt.SortOrder.DescendingOrder)  # the order the services give (Column.DATE, descending)


class Column(IntEnum):
    DATE = 0
    TIME = 1
    KIND = 2
    STUDENTS = 3
    PLACE = 4
    CONTENT = 5


_KIND_ORDER = {kind: i for i, kind in enumerate(ActivityKind)}
_NO_TIME = dt.time.min
_KEYS: dict[Column, Callable[[ActivitySummary], Any]] = {
    Column.DATE: lambda r: (r.date, r.time or _NO_TIME, r.id),
    Column.TIME: lambda r: (r.time or _NO_TIME, r.date, r.id),
    Column.KIND: lambda r: (_KIND_ORDER[r.kind], r.date, r.id),
}
# Text columns sort as Chinese readers expect (by pinyin), not by character codes.
_TEXTS: dict[Column, Callable[[ActivitySummary], str]] = {
    Column.STUDENTS: lambda r: "、".join(r.students),
    Column.PLACE: lambda r: r.place,
    Column.CONTENT: lambda r: r.excerpt,
}


def _text_key(column: Column, rows: Sequence[ActivitySummary]) -> Callable[[ActivitySummary], Any]:
    """Rank the distinct texts once with a collator (there are few), then sort by rank: fast at 10,000 rows."""
    text = _TEXTS[column]
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    ranks = {value: i for i, value in enumerate(sorted({text(r) for r in rows}, key=cmp_to_key(collator.compare)))}
    return lambda r: (ranks[text(r)], r.date, r.id)


class RecordsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivitySummary] = []
        self._fetch: Fetch | None = None
        self._total = 0
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._headers = {
            Column.DATE: self.tr("日期"),
            Column.TIME: self.tr("时间"),
            Column.KIND: self.tr("类型"),
            Column.STUDENTS: self.tr("帮扶对象"),
            Column.PLACE: self.tr("地点"),
            Column.CONTENT: self.tr("帮扶内容"),
        }

    # The rows

    def set_rows(self, rows: Sequence[ActivitySummary]) -> None:
        """Show these rows (given newest first, then put in the order the teacher chose, if another)."""
        self.set_source(lambda offset, limit: rows[offset : offset + limit], len(rows))

    def set_source(self, fetch: Fetch, total: int) -> None:
        """Show the `total` rows `fetch` gives, newest first: the first of them now, the rest as needed."""
        self.beginResetModel()
        self._fetch, self._total, self._rows = fetch, total, []
        if self._sort is None or self._sort == NEWEST_FIRST:
            self._fetch_rows(CHUNK)
        else:
            self._fetch_rows(total)
            self._apply_sort(*self._sort)
        self.endResetModel()

    def total(self) -> int:
        """How many rows there are, fetched or not."""
        return self._total

    def fetch_all(self) -> None:
        if self.canFetchMore():
            self.fetchMore(QModelIndex(), self._total)

    def rows(self) -> list[ActivitySummary]:
        """The rows fetched so far."""
        return list(self._rows)

    def row(self, row: int) -> ActivitySummary:
        return self._rows[row]

    def row_of(self, activity_id: int) -> int | None:
        """The row showing an activity, or None when the filter hides it."""
        for i, summary in enumerate(self._rows):
            if summary.id == activity_id:
                return i
        return None

    # QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex(), count: int = CHUNK) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        more = self._read(start, count)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.STUDENTS, Column.CONTENT, Column.PLACE):
            return self._text(summary, column)
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.TIME:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order)
        if not self._in_given_order():
            self.fetch_all()  # another order needs every row
        self.layoutAboutToBeChanged.emit()
        # The selection and the current row follow their records to their new places.
        kept = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in kept]
        self._apply_sort(Column(column), order)
        where = {summary.id: row for row, summary in enumerate(self._rows)}
        self.changePersistentIndexList(
            kept, [self.index(where[i], old.column()) for i, old in zip(ids, kept, strict=True)]
        )
        self.layoutChanged.emit()

    def _in_given_order(self) -> bool:
        return self._sort is None or self._sort == NEWEST_FIRST

    def _fetch_rows(self, count: int) -> None:
        self._rows.extend(self._read(len(self._rows), count))

    def _read(self, offset: int, count: int) -> Sequence[ActivitySummary]:
        rows = self._fetch(offset, count) if self._fetch is not None else None
        if not rows:
            # Unreadable now (the reader has said why), or fewer than counted: stop asking until the next reset.
            self._total = len(self._rows)
            return []
        return rows

    def _apply_sort(self, column: Column, order: Qt.SortOrder) -> None:
        key = _KEYS[column] if column in _KEYS else _text_key(column, self._rows)
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _text(self, summary: ActivitySummary, column: Column) -> str:
        if column is Column.DATE:
            return iso_date(summary.date)
        if column is Column.TIME:
            return time_text(summary.time)
        if column is Column.KIND:
            return kind_label(summary.kind)
        if column is Column.STUDENTS:
            return student_names(summary.students)
        if column is Column.PLACE:
            return summary.place
        return " ".join(summary.excerpt.split())  # one line in the table, however it was typed
