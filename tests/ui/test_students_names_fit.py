"""学生: every name in the list is shown whole, the key mentee's with its mark, in Chinese and in English,
at the main window's default size: long names and rare characters wrap onto a second line, never cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.students import NAME_COLUMN, StudentsPage
from tests.ui.test_i18n import WINDOW_SIZE

LONG = "欧阳𠀾𪚥娜娜"  # rare characters (CJK Extension B) in a name a little longer than most
STUDENTS = 3  # the page's place in the window
LONGEST = "阿卜杜热合曼·买买提艾力·𠀾𪚥吐尔逊娜依古丽"  # near the 30 characters a name may have


def cut_cells(view: QTableView, column: int) -> list[str]:
    """The texts of `column` that need more room than their cell has (so that the view elides them)."""
    model = view.model()
    delegate = view.itemDelegate()
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
        needed = delegate.sizeHint(option, index)
        if needed.width() > option.rect.width() or needed.height() > option.rect.height():
            cut.append(f"{model.data(index)!r}: needs {needed.width()}×{needed.height()}, has {option.rect.size()}")
    return cut


def _page(qtbot: QtBot, services: AppServices, mentee: str | None) -> tuple[StudentsPage, MainWindow]:
    """The page in the main window at its default size, beside the list of pages (keep the window)."""
    services.demo.fill([2025, 2026])  # 李小明 is the demo's key mentee
    if mentee is not None:
        student = services.students.add(name=mentee, class_name="五(1)班", difficulties=["learning", "economic"])
        services.pledges.set(2026, student)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(WINDOW_SIZE)
    page = window.page(STUDENTS)
    assert isinstance(page, StudentsPage)
    window.show_page(page)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.size() == WINDOW_SIZE
    return page, window


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
@pytest.mark.parametrize("mentee", [None, LONG, LONGEST], ids=["demo", "long", "longest"])
def test_no_name_is_cut(qtbot: QtBot, services: AppServices, language: Lang, mentee: str | None) -> None:
    page, _window = _page(qtbot, services, mentee)

    first = page.student_names()[0]
    assert first == {"zh": "{}（重点帮扶）", "en": "{} (key mentee)"}[language].format(mentee or "李小明")
    assert cut_cells(page.list_view, NAME_COLUMN) == []


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_a_name_that_fits_stays_on_one_line(qtbot: QtBot, services: AppServices, language: Lang) -> None:
    page, _window = _page(qtbot, services, None)
    view = page.list_view

    assert view.columnWidth(NAME_COLUMN) >= view.sizeHintForColumn(NAME_COLUMN)
    assert view.rowHeight(0) == view.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_name_column_follows_the_list_width(qtbot: QtBot, services: AppServices, language: Lang) -> None:
    page, window = _page(qtbot, services, LONG)
    view = page.list_view
    # At the window's least width the class column has given way and the long name still wraps.
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: view.columnWidth(NAME_COLUMN) < view.sizeHintForColumn(NAME_COLUMN))
    narrow = view.columnWidth(NAME_COLUMN)

    window.resize(WINDOW_SIZE.width() + 400, WINDOW_SIZE.height())
    qtbot.waitUntil(lambda: view.columnWidth(NAME_COLUMN) > narrow)

    assert view.columnWidth(NAME_COLUMN) >= view.sizeHintForColumn(NAME_COLUMN)
    assert cut_cells(view, NAME_COLUMN) == []
