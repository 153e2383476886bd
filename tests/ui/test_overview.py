"""The overview over real services: the teacher, the school year, and this month against 6 and 8."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette

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
    assert page.summary_label.text() == ("本月还剩 28 天：还需谈心/家访 4 人次、辅导 5 人次（每周约 1 人次、2 人次）")
    assert page.prompt_label.isHidden()


def test_no_profile_prompts_for_the_command(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    page = window.overview

    assert page.name_label.isHidden()
    assert page.school_label.isHidden()
    assert not page.prompt_label.isHidden()
    assert "jilu profile set --name" in page.prompt_label.text()
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
