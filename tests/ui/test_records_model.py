"""The records table's model: plain rows in, text out, sorted in place with the selection kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.activities import ActivityKind, ActivitySummary
from jilu_desktop.ui.models.records_model import ID_ROLE, Column, RecordsModel

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


def test_look_up_by_id_and_count_person_times(model: RecordsModel) -> None:
    assert model.row_of(3) == 2
    assert model.row_of(99) is None
    assert model.person_times() == 4  # 2 + 1 + 1


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
