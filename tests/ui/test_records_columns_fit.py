"""活动记录 at a large font, in Chinese and in English: the date column is as wide as its dates (“2026-12-04 Fri”)
need, not a fixed count of characters that pushes the content to the right; and it follows the font when the
teacher changes the size (设置 → 界面字号) with the page open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.models.records_model import Column
from jilu_desktop.ui.pages.records import RecordsPage, date_texts
from jilu_desktop.ui.preferences import apply_font_size
from jilu_desktop.ui.undo import UndoStack

WEEK = [f"2026-11-{day}" for day in range(23, 30)]  # Monday to Sunday: every weekday's form of the date


@pytest.fixture
def page(qtbot: QtBot, services: AppServices) -> Callable[[int], RecordsPage]:
    """The page at a font size, over a week of records (made before the page, as the app reads them)."""

    def make(points: int) -> RecordsPage:
        apply_font_size(points)
        page = RecordsPage(services, UndoStack(), None)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.refresh()
        page.show()
        qtbot.waitExposed(page)
        QApplication.processEvents()
        return page

    li = services.students.add(name="李小明", class_name="五(1)班")
    for day in WEEK:
        services.activities.add(date=day, kind="talk", student_ids=[li], place="教室", content="谈心")
    return make


def _date_column_fits(page: RecordsPage) -> None:
    view = page.table
    page.month_combo.setCurrentIndex(0)  # every month: the week's seven records
    QApplication.processEvents()
    shown = {page.model.data(page.model.index(row, Column.DATE)) for row in range(page.model.rowCount())}
    assert shown == set(date_texts())  # the texts the width is measured on are the ones the column shows
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in shown)
    heading = view.horizontalHeader().sectionSizeHint(Column.DATE)
    width = view.columnWidth(Column.DATE)
    # Whole (Qt's own measure of the cells, margins included), with no more than a little to spare.
    assert width >= view.sizeHintForColumn(Column.DATE)
    assert width >= heading
    assert width <= max(widest + metrics.horizontalAdvance("中"), heading)


@pytest.mark.parametrize("points", [10, 16, 24])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_date_column_is_as_wide_as_its_dates(
    page: Callable[[int], RecordsPage], language: Lang, points: int
) -> None:
    _date_column_fits(page(points))


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_date_column_follows_a_font_change(page: Callable[[int], RecordsPage], language: Lang) -> None:
    shown = page(10)
    at_10 = shown.table.columnWidth(Column.DATE)
    apply_font_size(16)  # as 设置 does, with the page open
    QApplication.processEvents()

    assert shown.table.columnWidth(Column.DATE) > at_10
    _date_column_fits(shown)
    assert shown.table.verticalHeader().defaultSectionSize() > shown.table.fontMetrics().height()
