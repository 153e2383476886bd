"""The overview over real services: the teacher, the school year, and this month against 6 and 8."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.target_row import MET_COLOR

# The services fixture's clock says Friday 2026-12-04: 28 days (4 weeks) of December are left.


def _add_students(services: AppServices, *names: str) -> list[int]:
    return [services.students.add(name=name) for name in names]


def _log(services: AppServices, kind: str, student_ids: list[int], date: str = "2026-12-02") -> None:
    services.activities.add(date=date, kind=kind, student_ids=student_ids, place="教室", content="记录内容")


def test_counts_and_targets_shown(services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    services.profile.update(name="王丽华", school="武进区湖塘实验小学")
    li, wang, zhang = _add_students(services, "李小明", "王芳", "张伟")
    _log(services, "talk", [li])
    _log(services, "home-visit", [wang], date="2026-12-03")
    _log(services, "tutoring", [li, wang, zhang])  # one session with three students counts 3
    _log(services, "assistance", [zhang])  # recorded, counts toward neither target
    _log(services, "talk", [li], date="2026-11-20")  # last month: not this month's count

    window = make_window()
    page = window.overview

    assert page.name_label.text() == "王丽华 老师"
    assert page.school_label.text() == "武进区湖塘实验小学"
    assert page.year_label.text() == "2026学年（2026.9—2027.8）"
    assert page.month_label.text() == "本月进度（2026年12月）"
    assert page.talks_visits.count_label.text() == "2 / 6 人次"
    assert (page.talks_visits.bar.value(), page.talks_visits.bar.maximum()) == (2, 6)
    assert page.tutoring.count_label.text() == "3 / 8 人次"
    assert (page.tutoring.bar.value(), page.tutoring.bar.maximum()) == (3, 8)
    assert "生活帮扶等 1 人次" in page.assistance_label.text()
    # Each figure a week beside the target it is for: “每周约 1 人次、2 人次” would not say which is which.
    assert page.summary_label.text() == (
        "本月还剩 28 天：还需谈心/家访 4 人次（每周约 1 人次）、辅导 5 人次（每周约 2 人次）"
    )
    assert page.prompt_label.isHidden()


def test_no_profile_offers_to_fill_it_in(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    page = window.overview

    assert page.name_label.isHidden()
    assert page.school_label.isHidden()
    assert not page.prompt_label.isHidden()
    assert page.prompt_label.text() == "还没有填写个人信息。您的姓名会印在志愿书和记录本上。"
    assert not page.profile_button.isHidden()
    assert page.profile_button.text() == "填写个人信息(&P)…"
    assert "jilu" not in page.prompt_label.text()  # no command line for a teacher using the window
    # The rest of the page still works for a teacher who has not filled in the profile.
    assert page.talks_visits.count_label.text() == "0 / 6 人次"
    assert page.tutoring.count_label.text() == "0 / 8 人次"


def test_exempt_month(services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    services.profile.update(name="王丽华")
    services.settings.set_exempt_months(2026, [12, 7, 8])
    (li,) = _add_students(services, "李小明")
    _log(services, "tutoring", [li])

    window = make_window()
    page = window.overview

    assert page.summary_label.text() == "本月为免计月份"
    assert page.tutoring.count_label.text() == "1 / 8 人次"  # what was done is still shown


def test_met_month_turns_the_bars_green(services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    services.profile.update(name="王丽华")
    ids = _add_students(services, *[f"学生{i}" for i in range(8)])
    _log(services, "talk", ids[:3])  # one talk with three students: 3 人次
    _log(services, "home-visit", ids[3:6])
    _log(services, "tutoring", ids)  # 8 人次 in one session
    _log(services, "tutoring", ids[:1])  # 9 of 8: the bar is full, the count says 9

    window = make_window()
    page = window.overview

    assert page.summary_label.text() == "本月已达标"
    assert page.tutoring.count_label.text() == "9 / 8 人次"
    assert page.tutoring.bar.value() == page.tutoring.bar.maximum() == 8
    assert page.tutoring.bar.palette().color(QPalette.ColorRole.Highlight) == MET_COLOR


def test_only_the_missing_target_is_named(services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    ids = _add_students(services, *[f"学生{i}" for i in range(6)])
    _log(services, "talk", ids)

    window = make_window()
    page = window.overview

    assert page.summary_label.text() == "本月还剩 28 天：还需辅导 8 人次（每周约 2 人次）"
    assert page.talks_visits.bar.palette().color(QPalette.ColorRole.Highlight) == MET_COLOR
    assert page.tutoring.bar.palette().color(QPalette.ColorRole.Highlight) != MET_COLOR


def test_a_target_of_zero_is_not_a_busy_bar(services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    services.settings.set_targets(2026, talks_visits=0, tutoring=8)

    window = make_window()
    page = window.overview

    bar = page.talks_visits.bar
    assert bar.maximum() > bar.minimum()  # 0..0 would be drawn as an endless busy indicator
    assert page.talks_visits.count_label.text() == "0 / 0 人次"


def test_a_name_is_shown_as_typed_not_as_html(services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    services.profile.update(name="<b>王</b>")

    window = make_window()
    page = window.overview

    assert page.name_label.text() == "<b>王</b> 老师"
    assert page.name_label.textFormat().name == "PlainText"


def test_controls_have_accessible_names(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    page = window.overview

    assert page.talks_visits.bar.accessibleName() == "谈心/家访进度"
    assert page.tutoring.bar.accessibleName() == "补课辅导进度"
    assert page.tutoring.bar.accessibleDescription() == "0 / 8 人次"
    assert page.summary_label.accessibleName() == "本月情况"


# The school year as a chart, the latest records and the key mentee.


def _shown(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    """The window on screen, with the details the overview shows just after its first paint."""
    window = make_window()
    window.show()
    qtbot.waitUntil(window.overview.details_shown)
    return window


def test_the_chart_comes_after_the_first_paint_and_shows_each_month(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    ids = _add_students(services, *[f"学生{i}" for i in range(8)])
    _log(services, "talk", ids[:6], date="2026-09-10")  # September: talks met, tutoring not
    _log(services, "tutoring", ids, date="2026-09-11")
    _log(services, "talk", ids[:6], date="2026-10-10")  # October: both met
    _log(services, "tutoring", ids, date="2026-10-11")
    _log(services, "tutoring", ids[:2], date="2026-11-11")  # November: both short
    window = make_window()
    before = window.overview.chart
    assert before is None  # nothing of QtCharts before the window is drawn
    assert window.overview.latest.count() == 0  # nor the latest records: the month comes first

    window.show()
    qtbot.waitUntil(window.overview.details_shown)
    chart = window.overview.chart
    assert chart is not None

    assert chart.accessibleName() == "本学年各月完成情况图"
    labels = chart.months.categories()
    assert labels[:4] == ["9月<br>达标", "10月<br>达标", "11月<br>未达标", "12月<br>本月"]
    assert labels[10:] == ["7月<br>免计", "8月<br>免计"]
    talks, tutoring = chart.talks, chart.tutoring
    assert [talks.at(i) for i in range(4)] == [6, 6, 0, 0]
    assert [tutoring.at(i) for i in range(4)] == [8, 8, 2, 0]
    assert talks.selectedBars() == [2] and tutoring.selectedBars() == [2]  # November's misses in red
    assert "11月：谈心/家访 0，辅导 2，未达标" in chart.accessibleDescription()
    names = [line.name() for line in chart.target_lines]
    assert names == ["谈心/家访目标 6", "辅导目标 8"]


def test_the_chart_follows_changes(qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    (li,) = _add_students(services, "李小明")
    window = _shown(qtbot, make_window)

    _log(services, "tutoring", [li], date="2026-12-03")
    window.refresh()

    chart = window.overview.chart
    assert chart is not None
    assert chart.tutoring.at(3) == 1


def test_latest_records_newest_first_and_opened_with_enter(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    li, wang = _add_students(services, "李小明", "王芳")
    for day in range(1, 9):
        _log(services, "tutoring", [li, wang], date=f"2026-11-{day:02d}")
    window = _shown(qtbot, make_window)
    latest = window.overview.latest

    assert latest.count() == min(8, latest.rows_that_fit())
    assert latest.item(0).text() == "11月8日 周日  补课辅导  李小明、王芳  （教室）"
    latest.setCurrentRow(1)
    latest.setFocus()
    QTest.keyClick(latest, Qt.Key.Key_Return)

    dialog = window.overview.dialog
    assert dialog is not None and dialog.record is not None
    assert dialog.record.activity.date.isoformat() == "2026-11-07"
    dialog.reject()


def test_no_records_yet_says_how_to_begin(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = _shown(qtbot, make_window)

    assert window.overview.latest.item(0).text() == "还没有记录。按 Ctrl+N 记下第一条。"


def test_the_mentee_card(qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    li = services.students.add(
        name="李小明", class_name="五(1)班", difficulties=["learning", "economic"], difficulty_detail="数学基础薄弱"
    )
    services.pledges.set(2026, li, measures="每周两次午休辅导数学")
    _log(services, "tutoring", [li], date="2026-11-20")
    _log(services, "talk", [li], date="2026-12-02")
    _log(services, "tutoring", [li], date="2026-12-03")

    card = _shown(qtbot, make_window).overview.mentee

    assert card.name_label.text() == "李小明 · 五(1)班"
    assert card.difficulty_label.text() == "困难情况：学习困难、家庭经济困难：数学基础薄弱"
    assert card.measures_label.text() == "帮扶措施：每周两次午休辅导数学"
    assert card.month_label.text() == "本月已帮扶 2 次，最近一次：12月3日 周四"


def test_the_mentee_card_without_a_pledge(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    card = _shown(qtbot, make_window).overview.mentee

    assert "本学年还没有填写志愿书" in card.name_label.text()
    assert card.month_label.isHidden() and card.measures_label.isHidden()


def test_a_mentee_not_seen_this_month(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    (li,) = _add_students(services, "李小明")
    services.pledges.set(2026, li)
    _log(services, "talk", [li], date="2026-11-26")

    card = _shown(qtbot, make_window).overview.mentee

    assert card.month_label.text() == "本月还没有帮扶记录，最近一次：11月26日 周四"
    assert card.measures_label.text() == "帮扶措施：未填写"


def test_the_new_record_button(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = _shown(qtbot, make_window)

    QTest.mouseClick(window.overview.new_button, Qt.MouseButton.LeftButton)

    dialog = window.overview.dialog
    assert dialog is not None and dialog.isVisible() and dialog.record is None
    dialog.reject()


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_a_mentee_sharing_name_and_class_is_shown_with_the_id(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow], language: Lang
) -> None:
    """Two students of one name and class: the card names the mentee with the id (编号), as the picker does."""
    services.students.add(name="李小明", class_name="五(1)班")
    mentee = services.students.add(name="李小明", class_name="五(1)班", same_name_ok=True)
    services.pledges.set(2026, mentee)

    card = _shown(qtbot, make_window).overview.mentee

    expected = {"zh": f"李小明（编号 {mentee}） · 五(1)班", "en": f"李小明 (id {mentee}) · 五(1)班"}[language]
    assert card.name_label.text() == expected


def test_a_mentee_without_a_class_sharing_the_name_is_shown_with_the_id(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    services.students.add(name="王芳")
    mentee = services.students.add(name="王芳", same_name_ok=True)
    services.pledges.set(2026, mentee)

    card = _shown(qtbot, make_window).overview.mentee

    assert card.name_label.text() == f"王芳（编号 {mentee}）"


def test_a_mentee_whose_namesake_is_in_another_class_needs_no_id(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    mentee = services.students.add(name="李小明", class_name="五(1)班")
    services.students.add(name="李小明", class_name="三(2)班")
    services.pledges.set(2026, mentee)
    window = _shown(qtbot, make_window)

    assert window.overview.mentee.name_label.text() == "李小明 · 五(1)班"  # the class tells them apart

    # A second 李小明 comes into the mentee's class (e.g. with jilu): the card tells them apart once refreshed.
    services.students.add(name="李小明", class_name="五(1)班", same_name_ok=True)
    window.refresh()

    assert window.overview.mentee.name_label.text() == f"李小明（编号 {mentee}） · 五(1)班"
