"""The records table's model: plain rows in, text out, sorted in place with the selection kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.activities import ActivityKind, ActivitySummary
from jilu_desktop.ui.models.records_model import CHUNK, ID_ROLE, Column, RecordsModel

ROWS = [
    ActivitySummary(
        1, dt.date(2026, 12, 3), dt.time(16, 30), ActivityKind.TUTORING, ("李小明", "王芳"), "教室", "辅导"
    ),
    ActivitySummary(2, dt.date(2026, 12, 1), None, ActivityKind.TALK, ("张伟",), "操场", "课间\n谈心"),
    ActivitySummary(3, dt.date(2026, 12, 2), dt.time(7, 5), ActivityKind.HOME_VISIT, ("刘洋",), "学生家中", "家访"),
]


@pytest.fixture
def model(qapp: QApplication) -> RecordsModel:
    model = RecordsModel()
    model.set_rows(ROWS)
    return model


def _column(model: RecordsModel, column: Column) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_rows_are_shown_as_text(model: RecordsModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, 6)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["日期", "时间", "类型", "帮扶对象", "地点", "帮扶内容"]
    assert [model.data(model.index(0, c)) for c in Column] == [
        "2026-12-03 周四",
        "16:30",
        "补课辅导",
        "李小明、王芳",
        "教室",
        "辅导",
    ]
    assert model.data(model.index(1, Column.TIME)) == ""
    assert model.data(model.index(1, Column.CONTENT)) == "课间 谈心"  # one line in the table
    assert model.data(model.index(2, Column.TIME)) == "07:05"
    assert model.data(model.index(2, Column.KIND), ID_ROLE) == 3
    assert model.data(model.index(0, Column.STUDENTS), Qt.ItemDataRole.ToolTipRole) == "李小明、王芳"
    assert model.data(QModelIndex()) is None


def test_look_up_by_id(model: RecordsModel) -> None:
    assert model.row_of(3) == 2
    assert model.row_of(99) is None
    assert model.total() == 3


def _many(n: int) -> list[ActivitySummary]:
    """n rows, newest first, as the services give them."""
    first = dt.date(2026, 12, 4)
    return [
        ActivitySummary(
            i, first - dt.timedelta(days=i // 3), None, ActivityKind.TALK, ("李小明",), f"地点{i % 7}", "谈心"
        )
        for i in range(n)
    ]


class Source:
    """Rows fetched a slice at a time, counting the calls; None (unreadable) once `broken`."""

    def __init__(self, rows: list[ActivitySummary]) -> None:
        self.rows = rows
        self.calls: list[tuple[int, int]] = []
        self.broken = False

    def __call__(self, offset: int, limit: int) -> list[ActivitySummary] | None:
        self.calls.append((offset, limit))
        return None if self.broken else self.rows[offset : offset + limit]


def test_a_large_source_is_fetched_as_the_view_needs_it(qapp: QApplication) -> None:
    model = RecordsModel()
    source = Source(_many(450))

    model.set_source(source, 450)

    assert (model.rowCount(), model.total()) == (CHUNK, 450)
    assert source.calls == [(0, CHUNK)]  # ten thousand records cost what a screenful does
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * CHUNK
    model.fetch_all()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert [r.id for r in model.rows()] == list(range(450))


def test_sorting_by_another_column_fetches_everything_first(qapp: QApplication) -> None:
    model = RecordsModel()
    model.set_source(Source(_many(450)), 450)

    model.sort(Column.PLACE, Qt.SortOrder.AscendingOrder)

    assert model.rowCount() == 450
    assert model.data(model.index(0, Column.PLACE)) == "地点0"
    model.set_source(Source(_many(300)), 300)  # a new filter, the same order
    assert model.rowCount() == 300
    assert model.data(model.index(299, Column.PLACE)) == "地点6"


def test_a_source_that_cannot_be_read_stops_being_asked(qapp: QApplication) -> None:
    model = RecordsModel()
    source = Source(_many(450))
    model.set_source(source, 450)
    source.broken = True

    model.fetchMore()
    model.fetchMore()

    assert model.rowCount() == CHUNK
    assert not model.canFetchMore()
    assert len(source.calls) == 2  # asked once more, then not again until the next reset


@pytest.mark.parametrize(
    ("column", "order", "ids"),
    [
        (Column.DATE, Qt.SortOrder.AscendingOrder, [2, 3, 1]),
        (Column.DATE, Qt.SortOrder.DescendingOrder, [1, 3, 2]),
        (Column.TIME, Qt.SortOrder.AscendingOrder, [2, 3, 1]),  # no time sorts first
        (Column.KIND, Qt.SortOrder.AscendingOrder, [2, 3, 1]),  # 谈心, 家访, 补课辅导: the form's order
        # By pinyin: 操场 (cao), 教室 (jiao), 学生家中 (xue); not by character codes.
        (Column.PLACE, Qt.SortOrder.AscendingOrder, [2, 1, 3]),
        (Column.STUDENTS, Qt.SortOrder.AscendingOrder, [1, 3, 2]),  # li, liu, zhang
    ],
)
def test_sorting(model: RecordsModel, column: Column, order: Qt.SortOrder, ids: list[int]) -> None:
    model.sort(column, order)

    assert [r.id for r in model.rows()] == ids


def test_new_rows_keep_the_chosen_order(model: RecordsModel) -> None:
    model.sort(Column.DATE, Qt.SortOrder.AscendingOrder)

    model.set_rows(list(reversed(ROWS)))

    assert [r.id for r in model.rows()] == [2, 3, 1]


def test_the_selection_follows_its_record_when_sorted(qtbot: QtBot, model: RecordsModel) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().setCurrentIndex(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )

    model.sort(Column.DATE, Qt.SortOrder.AscendingOrder)

    selected = [model.row(i.row()).id for i in view.selectionModel().selectedRows()]
    assert selected == [1]
    assert model.row(view.currentIndex().row()).id == 1
