"""学生 in Chinese and English, at a small and a big window: a long class name, a long place or a long name of
a student helped together is cut with “…” on one line (the tooltip has all of it); the names, the dates and
the kinds are shown whole; no row grows tall and nothing scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.students import (
    CLASS_COLUMN,
    CONTENT,
    CONTENT_LEAST,
    DATE,
    KIND,
    NAME_COLUMN,
    OTHERS,
    PLACE,
    StudentsPage,
)

STUDENTS = 3  # the page's place in the window
LONG_CLASS = "五年级(10)班（科技实验班）"
LONG_NAME = "阿卜杜热合曼·买买提艾力·吐尔逊娜依古丽"
LONG_PLACE = "学生家中的客厅（外婆家，城东新村）"
SIZES = [QSize(1024, 700), QSize(1600, 1000)]


def cut(view: QTableView, column: int) -> list[str]:
    """The cells of `column` whose text needs more room (either way) than the cell has."""
    model = view.model()
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        delegate = view.itemDelegateForIndex(index)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
        needed = delegate.sizeHint(option, index)
        if needed.width() > option.rect.width() or needed.height() > option.rect.height():
            found.append(f"{model.data(index)!r}: needs {needed.width()}×{needed.height()}, has {option.rect.size()}")
    return found


def _page(qtbot: QtBot, services: AppServices, size: QSize) -> StudentsPage:
    services.demo.fill([2025, 2026])  # 李小明 is the demo's key mentee, listed first
    mentee = next(r.id for r in services.students.list() if r.student.name == "李小明")
    services.students.add(name="欧阳娜娜", class_name=LONG_CLASS, difficulties=["learning", "economic", "other"])
    together = services.students.add(name=LONG_NAME, class_name="五(1)班")
    services.activities.add(
        date="2026-12-04",
        kind="home-visit",
        student_ids=[mentee, together],
        place=LONG_PLACE,
        content="与家长交流孩子在校表现。\n约定每周电话联系一次，\n\n下次家访前先看作业。",
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(size)
    page = window.page(STUDENTS)
    assert isinstance(page, StudentsPage)
    window.show_page(page)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert page.student_names()[0].startswith("李小明")
    return page


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=["1024x700", "1600x1000"])
def test_the_list_keeps_names_whole_and_one_line_rows(
    qtbot: QtBot, services: AppServices, language: Lang, size: QSize
) -> None:
    view = _page(qtbot, services, size).list_view

    assert cut(view, NAME_COLUMN) == []  # LONG_NAME, too long for any width, wraps (never cut)
    one_line = view.verticalHeader().defaultSectionSize()
    names = [str(view.model().index(r, NAME_COLUMN).data()) for r in range(view.model().rowCount())]
    assert {name: view.rowHeight(r) for r, name in enumerate(names) if name != LONG_NAME} == {
        name: one_line for name in names if name != LONG_NAME
    }  # a long class or list of difficulties does not make its row taller
    assert not view.horizontalScrollBar().isVisible()
    long_class = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == "欧阳娜娜")
    cell = view.model().index(long_class, CLASS_COLUMN)
    assert cell.data() == LONG_CLASS
    assert cell.data(3) == LONG_CLASS  # Qt.ToolTipRole: the whole class when the cell cuts it


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=["1024x700", "1600x1000"])
def test_the_timeline_is_one_line_a_record(qtbot: QtBot, services: AppServices, language: Lang, size: QSize) -> None:
    page = _page(qtbot, services, size)
    view = page.timeline_view
    model = view.model()

    assert cut(view, DATE) == [] and cut(view, KIND) == []  # “2026-12-04” and “Home visit”, never “2…”
    heights = {view.rowHeight(r) for r in range(model.rowCount())}
    assert len(heights) == 1 and heights.pop() < 2 * view.fontMetrics().height()  # no tall, mostly empty rows
    assert not view.horizontalScrollBar().isVisible()
    assert sum(view.columnWidth(c) for c in range(model.columnCount())) <= view.viewport().width()
    assert view.columnWidth(CONTENT) >= view.fontMetrics().horizontalAdvance(CONTENT_LEAST)
    rows = page.timeline_rows()
    row = next(r for r, cells in enumerate(rows) if cells[OTHERS] == LONG_NAME)
    first = rows[row]
    assert first[DATE] == "2026-12-04"
    assert first[PLACE] == LONG_PLACE
    assert first[OTHERS] == LONG_NAME
    assert first[CONTENT] == "与家长交流孩子在校表现。 约定每周电话联系一次， 下次家访前先看作业。"  # one line
    for column, whole in ((PLACE, LONG_PLACE), (OTHERS, LONG_NAME)):
        assert model.index(row, column).data(3) == whole  # the tooltip (Qt.ToolTipRole)
    assert model.index(row, CONTENT).data(3).startswith("与家长交流孩子在校表现。\n")
