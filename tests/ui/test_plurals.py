"""Counts with a noun read right in English for 1 and for more (“1 day left”, “2 days left”), and the Chinese,
which has no plural, reads exactly as before. The texts are those the real widgets show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.ui import i18n
from jilu_desktop.ui.dialogs import export_dialog
from jilu_desktop.ui.dialogs.export_dialog import ExportDialog
from jilu_desktop.ui.export_jobs import ExportKind
from jilu_desktop.ui.i18n import Translations, install_translations
from jilu_desktop.ui.pages.calendar import CalendarPage
from jilu_desktop.ui.pages.overview import OverviewPage
from jilu_desktop.ui.pages.records import RecordsPage
from jilu_desktop.ui.reminders import ReminderBanner, Reminders
from jilu_desktop.ui.undo import UndoStack
from tests.ui.test_export_dialog import SaveAs, choose, click_and_wait, make_dialog, page_count

__all__ = ["make_dialog"]  # a fixture of test_export_dialog's, used here

DEC_4 = dt.date(2026, 12, 4)  # the services fixture's today: 28 days of December left, today included
DEC_31 = dt.date(2026, 12, 31)  # the last day: 1 day left


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Lang]:
    """The interface language of the test (parametrized), installed before the widgets are made."""
    lang: Lang = request.param
    installed: Translations = install_translations(qapp, lang, pseudo=False)
    yield lang
    installed.remove()


def _services_on(paths: AppPaths, day: dt.date) -> AppServices:
    return open_services(paths, FixedClock(day))


@pytest.fixture
def last_day(paths: AppPaths) -> Iterator[AppServices]:
    services = _services_on(paths, DEC_31)
    yield services
    services.close()


def _students(services: AppServices, count: int) -> list[int]:
    return [services.students.add(name=f"学生{i}") for i in range(count)]


def _log(services: AppServices, kind: str, ids: list[int], date: str = "2026-12-02") -> int:
    return services.activities.add(date=date, kind=kind, student_ids=ids, place="教室", content="记录")


def _overview(qtbot: QtBot, services: AppServices) -> OverviewPage:
    page = OverviewPage(services, QUndoStack())
    qtbot.addWidget(page)
    page.refresh()
    return page


# The overview ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "zh",
            [
                "5 / 6 人次",
                "0 / 1 人次",
                "生活帮扶等 1 人次（记录在册，不计入以上两项）",
                "本月还剩 28 天：还需谈心/家访 1 人次（每周约 1 人次）、辅导 1 人次（每周约 1 人次）",
            ],
        ),
        (
            "en",
            [
                "5 / 6 person-times",
                "0 / 1 person-time",
                "Assistance and other help: 1 person-time (recorded, not counted above)",
                "28 days left this month. Still to do: 1 talk/visit (about 1 a week)"
                " and 1 tutoring session (about 1 a week)",
            ],
        ),
    ],
    indirect=["language"],
)
def test_the_overview_counts_one(
    qtbot: QtBot, services: AppServices, language: Lang, expected: list[str], app_font: QFont
) -> None:
    services.settings.set_targets(2026, 6, 1)
    ids = _students(services, 5)
    _log(services, "talk", ids)
    _log(services, "assistance", ids[:1])

    page = _overview(qtbot, services)

    assert [
        page.talks_visits.count_label.text(),
        page.tutoring.count_label.text(),
        page.assistance_label.text(),
        page.summary_label.text(),
    ] == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "zh",
            [
                "2 / 8 人次",
                "生活帮扶等 3 人次（记录在册，不计入以上两项）",
                "本月还剩 1 天：还需谈心/家访 6 人次、辅导 6 人次",  # the last week: no figure a week
            ],
        ),
        (
            "en",
            [
                "2 / 8 person-times",
                "Assistance and other help: 3 person-times (recorded, not counted above)",
                "1 day left this month. Still to do: 6 talks/visits and 6 tutoring sessions",
            ],
        ),
    ],
    indirect=["language"],
)
def test_the_overview_counts_more_and_the_last_day(
    qtbot: QtBot, last_day: AppServices, language: Lang, expected: list[str], app_font: QFont
) -> None:
    ids = _students(last_day, 3)
    _log(last_day, "tutoring", ids[:2])
    _log(last_day, "assistance", ids)

    page = _overview(qtbot, last_day)

    assert [page.tutoring.count_label.text(), page.assistance_label.text(), page.summary_label.text()] == expected


# The records page and the calendar ---------------------------------------------------------------------------


def _records_page(qtbot: QtBot, services: AppServices) -> RecordsPage:
    page = RecordsPage(services, UndoStack(), None)
    qtbot.addWidget(page)
    page.refresh()
    return page


@pytest.mark.parametrize(
    ("language", "one", "more"),
    [
        ("zh", "共 1 条记录，1 人次", "共 2 条记录，3 人次"),
        ("en", "1 record, 1 person-time", "2 records, 3 person-times"),
    ],
    indirect=["language"],
)
def test_the_records_page_counts(
    qtbot: QtBot, services: AppServices, language: Lang, one: str, more: str, app_font: QFont
) -> None:
    ids = _students(services, 2)
    _log(services, "talk", ids[:1])
    page = _records_page(qtbot, services)
    assert page.count_label.text() == one

    _log(services, "tutoring", ids)
    page.refresh()
    assert page.count_label.text() == more


@pytest.mark.parametrize(
    ("language", "one", "more"),
    [
        ("zh", "共 1 条记录，1 人次", "共 2 条记录，3 人次"),
        ("en", "1 record, 1 person-time", "2 records, 3 person-times"),
    ],
    indirect=["language"],
)
def test_the_calendar_day_counts(
    qtbot: QtBot, services: AppServices, language: Lang, one: str, more: str, app_font: QFont
) -> None:
    ids = _students(services, 2)
    _log(services, "talk", ids[:1], date="2026-12-01")
    _log(services, "talk", ids[:1], date="2026-12-02")
    _log(services, "tutoring", ids, date="2026-12-02")
    page = CalendarPage(services, QUndoStack())
    qtbot.addWidget(page)
    page.refresh()

    page.select_date(dt.date(2026, 12, 1))
    assert page.day_summary.text() == one
    page.select_date(dt.date(2026, 12, 2))
    assert page.day_summary.text() == more


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh", "2026年12月：谈心/家访 1 人次，补课辅导 2 人次，生活帮扶等 0 人次"),
        ("en", "Person-times in December 2026: talks/visits 1, tutoring 2, assistance 0"),
    ],
    indirect=["language"],
)
def test_the_calendar_month_totals(
    qtbot: QtBot, services: AppServices, language: Lang, expected: str, app_font: QFont
) -> None:
    ids = _students(services, 2)
    _log(services, "talk", ids[:1])
    _log(services, "tutoring", ids)
    page = CalendarPage(services, QUndoStack())
    qtbot.addWidget(page)
    page.refresh()

    assert page.month_label.text() == expected


# The reminder --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh", "本月还差 1 人次谈心/家访、1 人次辅导，还剩 1 天"),
        ("en", "This month still needs 1 talk/visit, 1 tutoring session; 1 day left"),
    ],
    indirect=["language"],
)
def test_the_reminder_on_the_last_day_with_one_of_each_short(
    qtbot: QtBot, last_day: AppServices, language: Lang, expected: str
) -> None:
    ids = _students(last_day, 7)
    _log(last_day, "talk", ids[:5])
    _log(last_day, "tutoring", ids[:7])
    banner = ReminderBanner()
    qtbot.addWidget(banner)

    Reminders(last_day, banner, banner, tray_available=lambda: False).check()

    assert banner.text() == expected
    assert not banner.isHidden()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh", "本月还差 6 人次谈心/家访、8 人次辅导，还剩 9 天"),
        ("en", "This month still needs 6 talks/visits, 8 tutoring sessions; 9 days left"),
    ],
    indirect=["language"],
)
def test_the_reminder_with_more_of_each_short(qtbot: QtBot, paths: AppPaths, language: Lang, expected: str) -> None:
    services = _services_on(paths, dt.date(2026, 12, 23))
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    try:
        Reminders(services, banner, banner, tray_available=lambda: False).check()
    finally:
        services.close()

    assert banner.text() == expected


# The export dialog ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh", ["已保存：blank.pdf（共 1 页）", "共 1 页。"]),
        ("en", ["Saved: blank.pdf (1 page)", "1 page."]),
    ],
    indirect=["language"],
)
def test_the_export_dialog_counts_one_page(
    services: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Lang,
    expected: list[str],
) -> None:
    target = tmp_path / "blank.pdf"
    monkeypatch.setattr(export_dialog, "QFileDialog", SaveAs(target))
    dialog = make_dialog(services)
    choose(qtbot, dialog, ExportKind.BLANK_PLEDGE)

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert page_count(target) == 1
    assert dialog.message_box is not None
    assert [dialog.status_label.text(), dialog.message_box.text().splitlines()[-1]] == expected
    dialog.message_box.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh", "预览：共 {pages} 页。"), ("en", "Preview: {pages} pages.")],
    indirect=["language"],
)
def test_the_export_dialog_counts_pages(
    services: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    language: Lang,
    expected: str,
) -> None:
    services.demo.fill([2026])
    dialog = make_dialog(services)
    choose(qtbot, dialog, ExportKind.BOOK, 2026)

    click_and_wait(qtbot, dialog, dialog.preview_button)

    pages = dialog.pdf.page_count()
    assert pages > 1
    assert dialog.status_label.text().split("\n\n")[0] == expected.format(pages=pages)


# The catalogues ------------------------------------------------------------------------------------------------


def test_the_chinese_catalogue_if_loaded_reads_as_the_source(qapp: QApplication) -> None:
    """Chinese loads no catalogue of ours; were jilu_zh_CN.qm loaded, its one plural form changes nothing."""
    translator = QTranslator()
    assert translator.load(str(i18n.i18n_dir() / "jilu_zh_CN.qm"))
    qapp.installTranslator(translator)
    try:
        records = [QCoreApplication.translate("RecordsPage", "共 %n 条记录，{person_times}", None, n) for n in (1, 2)]
        days = [QCoreApplication.translate("ReminderText", "本月还差 {needs}，还剩 %n 天", None, n) for n in (1, 9)]
    finally:
        qapp.removeTranslator(translator)

    assert records == ["共 1 条记录，{person_times}", "共 2 条记录，{person_times}"]
    assert days == ["本月还差 {needs}，还剩 1 天", "本月还差 {needs}，还剩 9 天"]
