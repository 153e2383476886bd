"""The pledge page's mentee: two students of the same name and class told apart and saved as chosen, 困难情况
following the mentee, and a refused save told where the teacher can see it. Checked against the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.storage import opening
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui.field_errors import GENERAL, changed_while_editing
from jilu_desktop.ui.pages.pledge import PledgePage
from tests.ui.keyboard import type_text

# The mentee box completes names in a popup; the offscreen platform cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$", r"^This plugin does not support grabbing the keyboard$"
)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def twins(services: AppServices) -> tuple[int, int]:
    """Two 李小明 of 五(1)班 (the second added with 仍然添加), and 王芳 between them."""
    first = services.students.add(
        name="李小明", class_name="五(1)班", birth_year=2015, difficulty_detail="数学基础薄弱"
    )
    services.students.add(name="王芳", class_name="五(2)班", birth_year=2014, difficulty_detail="家庭困难")
    second = services.students.add(
        name="李小明", class_name="五(1)班", birth_year=2016, difficulty_detail="父亲长期生病", same_name_ok=True
    )
    return first, second


@pytest.fixture
def make_page(qtbot: QtBot, services: AppServices, stack: QUndoStack) -> Callable[..., PledgePage]:
    def make(height: int = 1000, on: AppServices = services) -> PledgePage:
        page = PledgePage(on, stack)
        qtbot.addWidget(page)
        page.resize(960, height)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make


def items(page: PledgePage) -> list[str]:
    return [page.mentee_combo.itemText(i) for i in range(page.mentee_combo.count())]


def pick_with_arrow_keys(page: PledgePage, text: str) -> None:
    """Through the list with the arrow keys, as the teacher does, until `text` is the one shown."""
    combo = page.mentee_combo
    combo.setFocus()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        for _ in range(combo.count()):
            QTest.keyClick(combo, key)
            if combo.currentText() == text:
                return
    raise AssertionError(f"{text} is not in the list {items(page)}")


def retype(qtbot: QtBot, box: object, text: str) -> None:
    box.setFocus()  # type: ignore[attr-defined]
    box.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, box, text)  # type: ignore[arg-type]


def save(qtbot: QtBot, page: PledgePage) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def stored_mentee(services: AppServices) -> int:
    view = services.pledges.get(2026)
    assert view is not None
    return view.pledge.mentee_id


# --- two students of the same name and class -------------------------------------------------------------------


def test_students_of_the_same_name_and_class_are_told_apart_by_their_number(
    twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    first, second = twins
    page = make_page()
    assert items(page) == [
        f"李小明（五(1)班，编号 {first}）",
        f"李小明（五(1)班，编号 {second}）",
        "王芳（五(2)班）",  # only those who would read alike carry their number
    ]


def test_the_second_of_two_alike_is_the_one_saved(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], stack: QUndoStack, make_page: Callable[..., PledgePage]
) -> None:
    first, second = twins
    page = make_page()
    pick_with_arrow_keys(page, f"李小明（五(1)班，编号 {second}）")
    assert page.mentee_id() == second
    assert page.age_label.text() == "10 岁"  # the second one's birth year, 2016
    assert page.detail_edit.toPlainText() == "父亲长期生病"  # and their 困难情况
    save(qtbot, page)
    assert stored_mentee(services) == second
    assert page.state_label.text() == "已保存"
    assert page.mentee_combo.currentText() == f"李小明（五(1)班，编号 {second}）"  # still the one shown
    assert stack.count() == 1

    pick_with_arrow_keys(page, f"李小明（五(1)班，编号 {first}）")
    save(qtbot, page)
    assert stored_mentee(services) == first


def test_saving_another_field_keeps_the_second_of_two_alike(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    _first, second = twins
    services.pledges.set(2026, second, measures="每周两次辅导", signed_on="2026-09-08")  # as `jilu pledge set`
    page = make_page()
    assert page.mentee_combo.currentText() == f"李小明（五(1)班，编号 {second}）"
    retype(qtbot, page.measures_edit, "每周三次午休辅导")
    save(qtbot, page)
    view = services.pledges.get(2026)
    assert view is not None
    assert (view.pledge.mentee_id, view.pledge.measures) == (second, "每周三次午休辅导")
    assert page.mentee_combo.currentText() == f"李小明（五(1)班，编号 {second}）"


def test_a_name_two_students_share_is_asked_to_be_chosen_from_the_list(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    first, second = twins
    page = make_page()
    line = page.mentee_combo.lineEdit()
    assert line is not None
    retype(qtbot, line, "李小明")
    save(qtbot, page)
    assert page.errors.message("mentee") == "名单中有不止一名学生叫“李小明”。请从名单中选择是哪一名。"
    assert services.pledges.get(2026) is None
    # The whole entry typed names one of them.
    retype(qtbot, line, f"李小明（五(1)班，编号 {second}）")
    save(qtbot, page)
    assert stored_mentee(services) == second
    # A name only one student has is enough.
    retype(qtbot, line, "王芳")
    save(qtbot, page)
    assert stored_mentee(services) not in (first, second)


def test_the_chosen_one_stays_chosen_when_the_list_is_read_again(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    _first, second = twins
    page = make_page()
    pick_with_arrow_keys(page, f"李小明（五(1)班，编号 {second}）")
    page.refresh()  # as after a change on another page: unsaved, so the form is kept
    assert page.has_unsaved_changes()
    assert page.mentee_id() == second
    save(qtbot, page)
    assert stored_mentee(services) == second


# --- 困难情况 follows the mentee ------------------------------------------------------------------------------


def test_choosing_another_mentee_replaces_the_difficulty_written_for_the_previous_one(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    first, _second = twins
    services.pledges.set(2026, first, difficulty_detail="李小明父母离异，跟奶奶住", measures="午休辅导")
    page = make_page()
    assert page.detail_edit.toPlainText() == "李小明父母离异，跟奶奶住"
    pick_with_arrow_keys(page, "王芳（五(2)班）")
    assert page.detail_edit.toPlainText() == "家庭困难"  # the new mentee's own, not the previous one's
    save(qtbot, page)
    view = services.pledges.get(2026)
    assert view is not None
    assert view.mentee.student.name == "王芳"
    assert view.pledge.difficulty_detail == "家庭困难"
    assert view.pledge.measures == "午休辅导"


def test_a_difficulty_the_teacher_writes_is_kept_when_she_then_changes_the_mentee(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    first, _second = twins
    services.pledges.set(2026, first, difficulty_detail="李小明父母离异，跟奶奶住")
    page = make_page()
    retype(qtbot, page.detail_edit, "王芳的父亲长期住院")
    pick_with_arrow_keys(page, "王芳（五(2)班）")
    assert page.detail_edit.toPlainText() == "王芳的父亲长期住院"  # her own words, written now
    save(qtbot, page)
    view = services.pledges.get(2026)
    assert view is not None
    assert (view.mentee.student.name, view.pledge.difficulty_detail) == ("王芳", "王芳的父亲长期住院")


# --- a refused save is told where it can be seen ----------------------------------------------------------------


def in_view(page: PledgePage, label: QLabel) -> bool:
    """The whole label is shown inside the scrolled area's visible part."""
    viewport = page.scroll_area.viewport()
    assert viewport is not None
    if not label.isVisible():
        return False
    top_left = label.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, label.size()))


def test_a_save_refused_as_changed_elsewhere_is_shown_in_view(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    first, _second = twins
    services.pledges.set(2026, first, measures="午休辅导")
    page = make_page(height=560)  # a laptop's screen: the form is taller than the page
    label = page.errors.label(GENERAL)
    assert not in_view(page, label)
    services.pledges.set(2026, first, measures="每周三次辅导")  # meanwhile, with `jilu pledge set`
    retype(qtbot, page.measures_edit, "每周两次辅导")
    save(qtbot, page)
    assert page.errors.message(GENERAL) == changed_while_editing()
    assert in_view(page, label)
    assert not label.visibleRegion().isEmpty()
    view = services.pledges.get(2026)
    assert view is not None and view.pledge.measures == "每周三次辅导"  # not overwritten
    assert page.has_unsaved_changes()


def test_a_message_beside_a_field_out_of_view_is_scrolled_to(
    qtbot: QtBot, services: AppServices, twins: tuple[int, int], make_page: Callable[..., PledgePage]
) -> None:
    page = make_page(height=560)
    line = page.mentee_combo.lineEdit()
    assert line is not None
    retype(qtbot, line, "赵敏")
    bar = page.scroll_area.verticalScrollBar()
    assert bar is not None
    bar.setValue(bar.maximum())  # the teacher was at the signature
    save(qtbot, page)
    assert page.errors.message("mentee").startswith("名单中没有“赵敏”")
    assert in_view(page, page.errors.label("mentee"))
    assert services.pledges.get(2026) is None


@pytest.fixture
def read_only_book(paths: AppPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppServices]:
    """A book with a pledge, opened again as from a write-protected USB stick."""
    writable = open_services(paths, clock)
    mentee = writable.students.add(name="李小明", class_name="五(1)班")
    writable.pledges.set(2026, mentee, measures="午休辅导")
    writable.close()
    monkeypatch.setattr(opening, "can_write", lambda _path: False)
    services = open_services(paths, clock, create=False)
    assert services.read_only
    yield services
    services.close()


def test_a_save_refused_on_a_read_only_book_is_shown_in_view(
    qtbot: QtBot, read_only_book: AppServices, make_page: Callable[..., PledgePage]
) -> None:
    page = make_page(height=560, on=read_only_book)
    retype(qtbot, page.measures_edit, "每周两次辅导")
    save(qtbot, page)
    label = page.errors.label(GENERAL)
    assert label.text() == StorageEnvironmentError(Problem.READ_ONLY).message("zh")
    assert in_view(page, label)
    view = read_only_book.pledges.get(2026)
    assert view is not None and view.pledge.measures == "午休辅导"
