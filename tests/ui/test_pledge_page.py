"""The pledge page, driven as a teacher does: typing, clicking, drawing, keys; checked against the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.pledge import PNG_MAGIC, SIGNATURE_LIMIT_BYTES
from jilu_desktop.services import AppServices
from jilu_desktop.signature_picture import png_bytes
from jilu_desktop.ui.dialogs.profile_dialog import ProfileDialog
from jilu_desktop.ui.pages.pledge import PledgePage
from tests.ui.keyboard import type_text
from tests.ui.test_signature_pad import draw, photo_of_a_signature, zigzag

# The mentee box completes names in a popup; the offscreen platform used by the tests says it cannot raise
# the popup or grab the keyboard for it. Those are the platform's limits, not faults of the page.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$", r"^This plugin does not support grabbing the keyboard$"
)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def students(services: AppServices) -> dict[str, int]:
    return {
        "李小明": services.students.add(
            name="李小明", class_name="五(1)班", birth_year=2015, difficulty_detail="数学基础薄弱"
        ),
        "王芳": services.students.add(name="王芳", class_name="五(2)班", birth_year=2014, difficulty_detail="家庭困难"),
        "张伟": services.students.add(name="张伟"),
    }


@pytest.fixture
def make_page(qtbot: QtBot, services: AppServices, stack: QUndoStack) -> Callable[[], PledgePage]:
    def make() -> PledgePage:
        page = PledgePage(services, stack)
        qtbot.addWidget(page)
        page.resize(960, 1000)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make


def type_date(qtbot: QtBot, edit: QDateEdit, day: dt.date) -> None:
    """Type a date as the keyboard does in a date box: the year, Tab to the month; two digits fill the month
    and move on to the day by themselves."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Home)
    QTest.keyClicks(edit, str(day.year))
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    QTest.keyClicks(edit, f"{day.month:02d}{day.day:02d}")
    assert edit.date().toPython() == day


def choose_mentee(qtbot: QtBot, page: PledgePage, name: str) -> None:
    edit = page.mentee_combo.lineEdit()
    assert edit is not None
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, name)


def save(qtbot: QtBot, page: PledgePage) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def _click(qtbot: QtBot, box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- showing ------------------------------------------------------------------------------------------------


def test_a_new_school_year_starts_empty_and_ready_to_sign(
    services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    assert page.school_year == 2026
    assert page.year_combo.currentText() == "2026学年（2026.9—2027.8） · 未填写"
    # Next year can be prepared; earlier years can be filled in late.
    items = [page.year_combo.itemData(i) for i in range(page.year_combo.count())]
    assert items == [2027, 2026, 2025, 2024, 2023, 2022]
    assert page.state_label.text() == "这一学年还没有志愿书"
    assert page.mentee_combo.currentText() == ""
    assert page.measures_edit.toPlainText() == ""
    assert page.signed_check.isChecked()
    assert page.date_edit.date().toPython() == dt.date(2026, 12, 4)  # today, in the signing window
    assert page.date_edit.text() == "2026年12月4日"
    assert page.signature.pad.is_empty()
    assert not page.has_unsaved_changes()
    # No profile yet: the top half says what to do.
    assert page.profile_prompt.isVisible()
    assert page.profile_labels["name"].text() == "（未填）"
    assert page.profile_button.text() == "填写个人信息(&P)…"


def test_a_stored_pledge_is_shown_as_on_paper(
    services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    services.profile.update(
        name="王丽华", gender="女", birth="1985-03", title="小学高级教师", post="语文教师、班主任",
        specialties="书法、朗诵", school="武进区湖塘实验小学",
    )  # fmt: skip
    png = _a_signature()
    services.pledges.set(
        2026, students["王芳"], difficulty_detail="", measures="每周两次辅导", commitments="不让一名学生掉队",
        signed_on="2026-09-08", signature_png=png,
    )  # fmt: skip
    page = make_page()

    assert page.profile_labels["name"].text() == "王丽华"
    assert page.profile_labels["birth"].text() == "1985年3月"
    assert page.profile_labels["specialties"].text() == "书法、朗诵"
    assert page.school_label.text() == "学校：武进区湖塘实验小学"
    assert not page.profile_prompt.isVisible()
    assert page.mentee_combo.currentText() == "王芳（五(2)班）"
    assert page.class_label.text() == "五(2)班"
    assert page.age_label.text() == "12 岁"  # 2026 - 2014, the year of signing
    assert page.detail_edit.toPlainText() == "家庭困难"  # none in the pledge: the student's own, as printed
    assert page.measures_edit.toPlainText() == "每周两次辅导"
    assert page.commitments_edit.toPlainText() == "不让一名学生掉队"
    assert page.date_edit.text() == "2026年9月8日"
    assert page.signature.pad.to_png() == png
    assert page.state_label.text() == "已保存"
    assert page.year_combo.currentText().endswith("已填写")
    assert not page.has_unsaved_changes()


def _a_signature() -> bytes:
    image = QImage(300, 100, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    for x in range(20, 280):
        for dy in range(3):
            image.setPixelColor(x, 50 + dy + (x // 20) % 5, Qt.GlobalColor.darkBlue)
    return png_bytes(image)


# --- filling in and saving ----------------------------------------------------------------------------------


def test_fill_in_sign_and_save_the_whole_form(
    qtbot: QtBot,
    services: AppServices,
    students: dict[str, int],
    stack: QUndoStack,
    make_page: Callable[[], PledgePage],
) -> None:
    page = make_page()
    choose_mentee(qtbot, page, "李小明")
    assert page.mentee_id() == students["李小明"]
    assert page.class_label.text() == "五(1)班"
    assert page.age_label.text() == "11 岁"
    assert page.detail_edit.toPlainText() == "数学基础薄弱"  # the student's own 困难情况 to start from
    assert page.has_unsaved_changes()
    assert page.state_label.text() == "有未保存的修改"

    page.detail_edit.setFocus()
    page.detail_edit.moveCursor(page.detail_edit.textCursor().MoveOperation.End)
    type_text(qtbot, page.detail_edit, "，缺乏自信。")
    page.measures_edit.setFocus()
    type_text(qtbot, page.measures_edit, "每周两次午休辅导数学")
    page.commitments_edit.setFocus()
    type_text(qtbot, page.commitments_edit, "关心每一位学习困难的学生")
    draw(qtbot, page.signature.pad, zigzag())
    type_date(qtbot, page.date_edit, dt.date(2026, 9, 8))
    save(qtbot, page)

    view = services.pledges.get(2026)
    assert view is not None
    p = view.pledge
    assert p.mentee_id == students["李小明"]
    assert p.difficulty_detail == "数学基础薄弱，缺乏自信。"
    assert p.measures == "每周两次午休辅导数学"
    assert p.commitments == "关心每一位学习困难的学生"
    assert p.signed_on == dt.date(2026, 9, 8)
    assert p.signature_png is not None and p.signature_png.startswith(PNG_MAGIC)
    assert not QImage.fromData(p.signature_png).isNull()
    assert not page.has_unsaved_changes()
    assert page.state_label.text() == "已保存"
    assert page.notice_label.text() == "已保存2026学年志愿书。"
    assert page.year_combo.currentText().endswith("已填写")
    assert stack.undoText() == "保存2026学年志愿书"


def test_ctrl_s_saves_and_a_second_save_keeps_the_signature(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    choose_mentee(qtbot, page, "王芳")
    draw(qtbot, page.signature.pad, zigzag())
    QTest.keySequence(page.measures_edit, QKeySequence(QKeySequence.StandardKey.Save))
    first = services.pledges.get(2026)
    assert first is not None and first.pledge.signature_png is not None

    page.measures_edit.setFocus()
    type_text(qtbot, page.measures_edit, "每月家访一次")
    QTest.keySequence(page.measures_edit, QKeySequence(QKeySequence.StandardKey.Save))
    second = services.pledges.get(2026)
    assert second is not None
    assert second.pledge.measures == "每月家访一次"
    assert second.pledge.signature_png == first.pledge.signature_png  # untouched, stored byte for byte


def test_undo_a_first_save_removes_the_pledge_and_undo_a_change_puts_it_back(
    qtbot: QtBot,
    services: AppServices,
    students: dict[str, int],
    stack: QUndoStack,
    make_page: Callable[[], PledgePage],
) -> None:
    page = make_page()
    choose_mentee(qtbot, page, "李小明")
    page.measures_edit.setFocus()
    type_text(qtbot, page.measures_edit, "辅导")
    draw(qtbot, page.signature.pad, zigzag())
    save(qtbot, page)
    signed = services.pledges.get(2026)
    assert signed is not None

    qtbot.mouseClick(page.signature.clear_button, Qt.MouseButton.LeftButton)
    choose_mentee(qtbot, page, "王芳")
    save(qtbot, page)
    changed = services.pledges.get(2026)
    assert changed is not None
    assert changed.pledge.mentee_id == students["王芳"]
    assert changed.pledge.signature_png is None  # cleared on the pad, cleared in the book

    qtbot.mouseClick(page.notice_undo, Qt.MouseButton.LeftButton)
    back = services.pledges.get(2026)
    assert back is not None and back.pledge == signed.pledge
    assert page.mentee_combo.currentText() == "李小明（五(1)班）"
    assert page.signature.pad.to_png() == signed.pledge.signature_png
    stack.undo()
    assert services.pledges.get(2026) is None
    assert page.mentee_combo.currentText() == ""
    assert page.state_label.text() == "这一学年还没有志愿书"
    stack.redo()
    stack.redo()
    again = services.pledges.get(2026)
    assert again is not None and again.pledge == changed.pledge


def test_an_imported_signature_is_saved(
    qtbot: QtBot,
    services: AppServices,
    students: dict[str, int],
    make_page: Callable[[], PledgePage],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = photo_of_a_signature(tmp_path / "签名.jpg")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(photo), ""))
    page = make_page()
    choose_mentee(qtbot, page, "张伟")
    qtbot.mouseClick(page.signature.import_button, Qt.MouseButton.LeftButton)
    assert page.has_unsaved_changes()
    save(qtbot, page)
    view = services.pledges.get(2026)
    assert view is not None
    assert view.pledge.signature_png == page.signature.pad.to_png()
    assert page.age_label.text() == "（出生年份未填）"


def test_a_picture_that_cannot_be_read_is_told_beside_the_signature(
    qtbot: QtBot,
    services: AppServices,
    students: dict[str, int],
    make_page: Callable[[], PledgePage],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bogus = tmp_path / "签名.png"
    bogus.write_text("文字，不是图片", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bogus), ""))
    page = make_page()
    qtbot.mouseClick(page.signature.import_button, Qt.MouseButton.LeftButton)
    assert "无法读取“签名.png”" in page.errors.message("signature")
    draw(qtbot, page.signature.pad, zigzag())
    assert page.errors.message("signature") == ""  # signing takes the message away


# --- what is refused ------------------------------------------------------------------------------------------


def test_no_mentee(qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], PledgePage]) -> None:
    page = make_page()
    page.measures_edit.setFocus()
    type_text(qtbot, page.measures_edit, "辅导")
    save(qtbot, page)
    assert page.errors.message("mentee") == "重点帮扶学生不能为空"
    assert page.mentee_combo.hasFocus()
    assert services.pledges.get(2026) is None
    assert stack.count() == 0
    assert page.has_unsaved_changes()  # what was typed is still there


def test_a_name_not_in_the_list(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    choose_mentee(qtbot, page, "赵敏")
    save(qtbot, page)
    assert page.errors.message("mentee") == "名单中没有“赵敏”。请从名单中选择，或先在“学生”页添加这名学生。"
    assert services.pledges.get(2026) is None


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("difficulty_detail", "困难情况最多 500 个字，现在有 501 个字"),
        ("measures", "帮扶措施最多 1000 个字，现在有 1001 个字"),
        ("commitments", "其他努力方向最多 1000 个字，现在有 1001 个字"),
    ],
)
def test_texts_too_long(
    qtbot: QtBot,
    services: AppServices,
    students: dict[str, int],
    stack: QUndoStack,
    make_page: Callable[[], PledgePage],
    field: str,
    message: str,
) -> None:
    page = make_page()
    choose_mentee(qtbot, page, "张伟")
    box = {"difficulty_detail": page.detail_edit, "measures": page.measures_edit}.get(field, page.commitments_edit)
    box.setFocus()
    type_text(qtbot, box, "字" * (501 if field == "difficulty_detail" else 1001))
    save(qtbot, page)
    assert page.errors.message(field) == message
    assert box.hasFocus()
    assert services.pledges.get(2026) is None
    assert stack.count() == 0


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (dt.date(2026, 5, 31), "签名日期 2026-05-31 不在2026学年（2026-06-01 至 2027-08-31）之内"),
        (dt.date(2026, 12, 5), "签名日期 2026-12-05 还没有到，不能记录未来的日期"),
    ],
)
def test_signing_dates_the_rules_refuse(
    qtbot: QtBot,
    services: AppServices,
    students: dict[str, int],
    make_page: Callable[[], PledgePage],
    day: dt.date,
    message: str,
) -> None:
    services.pledges.set(2026, students["李小明"], measures="辅导", signed_on="2026-09-08")
    page = make_page()
    page.measures_edit.setFocus()
    page.measures_edit.selectAll()
    type_text(qtbot, page.measures_edit, "新的措施")
    type_date(qtbot, page.date_edit, day)
    save(qtbot, page)
    assert page.errors.message("signed_on") == message
    assert page.date_edit.hasFocus()
    stored = services.pledges.get(2026)
    assert stored is not None
    assert (stored.pledge.measures, stored.pledge.signed_on) == ("辅导", dt.date(2026, 9, 8))  # nothing half-saved


def test_an_unsigned_pledge_can_be_prepared_for_next_year(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    page.year_combo.setCurrentIndex(page.year_combo.findData(2027))
    assert page.school_year == 2027
    assert not page.signed_check.isChecked()  # 2027's signing opens in June 2027
    assert not page.date_edit.isEnabled()
    choose_mentee(qtbot, page, "王芳")
    assert page.age_label.text() == "13 岁"  # counted in the school year's first year, 2027
    save(qtbot, page)
    view = services.pledges.get(2027)
    assert view is not None and view.pledge.signed_on is None


def test_a_signature_the_rules_refuse_is_told_beside_the_pad(
    qtbot: QtBot,
    services: AppServices,
    students: dict[str, int],
    make_page: Callable[[], PledgePage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pad makes small PNGs; a picture over the limit can only come from elsewhere. The rule still speaks.
    page = make_page()
    choose_mentee(qtbot, page, "张伟")
    draw(qtbot, page.signature.pad, zigzag())
    huge = PNG_MAGIC + b"\x00" * SIGNATURE_LIMIT_BYTES
    monkeypatch.setattr(page.signature.pad, "to_png", lambda *args: huge)
    save(qtbot, page)
    assert page.errors.message("signature") == "签名图片太大（2049 KB，最多 2048 KB）；请裁剪或缩小后重新导入"
    assert services.pledges.get(2026) is None


def test_a_mentee_not_yet_in_the_list_is_added_from_the_form(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    line = page.mentee_combo.lineEdit()
    assert line is not None and line.placeholderText() == "名单中还没有学生：点“新学生…”添加"
    qtbot.mouseClick(page.new_student_button, Qt.MouseButton.LeftButton)
    dialog = page.student_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.name_edit, "刘洋")
    type_text(qtbot, dialog.class_edit, "五(2)班")
    type_text(qtbot, dialog.birth_edit, "2015")
    dialog.detail_edit.setFocus()
    type_text(qtbot, dialog.detail_edit, "留守儿童")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert page.student_dialog is None
    (record,) = services.students.list()
    assert page.mentee_id() == record.id
    assert page.mentee_combo.currentText() == "刘洋（五(2)班）"
    assert page.class_label.text() == "五(2)班"
    assert page.detail_edit.toPlainText() == "留守儿童"
    assert page.has_unsaved_changes()
    save(qtbot, page)
    view = services.pledges.get(2026)
    assert view is not None and view.pledge.mentee_id == record.id
    assert [stack.text(i) for i in range(stack.count())] == ["添加学生“刘洋”", "保存2026学年志愿书"]


def test_a_stored_signature_that_cannot_be_shown_is_told_and_kept(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    broken = PNG_MAGIC + b"not really a picture"
    services.pledges.set(2026, students["李小明"], signature_png=broken)
    page = make_page()
    assert page.errors.message("signature") == "保存的签名图片无法显示，请重新签名或重新导入。"
    assert page.signature.pad.is_empty()
    _edit_measures(qtbot, page, "辅导")
    save(qtbot, page)
    view = services.pledges.get(2026)
    assert view is not None and view.pledge.signature_png == broken  # not thrown away unasked


# --- the mentee's 困难情况 ----------------------------------------------------------------------------------


def test_the_difficulty_follows_the_mentee_until_the_teacher_writes_one(
    qtbot: QtBot, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    choose_mentee(qtbot, page, "李小明")
    assert page.detail_edit.toPlainText() == "数学基础薄弱"
    choose_mentee(qtbot, page, "王芳")
    assert page.detail_edit.toPlainText() == "家庭困难"
    page.detail_edit.setFocus()
    page.detail_edit.selectAll()
    type_text(qtbot, page.detail_edit, "父亲长期生病")
    choose_mentee(qtbot, page, "李小明")
    assert page.detail_edit.toPlainText() == "父亲长期生病"  # the teacher's own words are kept


def test_choose_the_mentee_with_the_arrow_keys(
    qtbot: QtBot, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    page.mentee_combo.setFocus()
    QTest.keyClick(page.mentee_combo, Qt.Key.Key_Down)  # the list is by class, then name: 张伟 has none
    assert page.mentee_id() == students["张伟"]
    QTest.keyClick(page.mentee_combo, Qt.Key.Key_Down)
    assert page.mentee_id() == students["李小明"]
    assert page.class_label.text() == "五(1)班"
    assert page.detail_edit.toPlainText() == "数学基础薄弱"


# --- switching school year -------------------------------------------------------------------------------------


def _edit_measures(qtbot: QtBot, page: PledgePage, text: str) -> None:
    page.measures_edit.setFocus()
    page.measures_edit.selectAll()
    type_text(qtbot, page.measures_edit, text)


def test_switching_year_with_unsaved_changes_asks_first(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    services.pledges.set(2025, students["王芳"], measures="去年的措施")
    services.pledges.set(2026, students["李小明"], measures="今年的措施")
    page = make_page()
    _edit_measures(qtbot, page, "改了一半")

    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    box = page.leave_box
    assert box is not None and box.text() == "2026学年的志愿书有未保存的修改。要先保存吗？"
    assert page.school_year == 2026
    _click(qtbot, box, "取消")
    assert page.school_year == 2026
    assert page.year_combo.currentData() == 2026
    assert page.measures_edit.toPlainText() == "改了一半"

    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    _click(qtbot, page.leave_box, "不保存")
    assert page.school_year == 2025
    assert page.measures_edit.toPlainText() == "去年的措施"
    stored = services.pledges.get(2026)
    assert stored is not None and stored.pledge.measures == "今年的措施"

    _edit_measures(qtbot, page, "补写去年的措施")
    page.year_combo.setCurrentIndex(page.year_combo.findData(2026))
    _click(qtbot, page.leave_box, "保存")
    last_year = services.pledges.get(2025)
    assert last_year is not None and last_year.pledge.measures == "补写去年的措施"
    assert page.school_year == 2026
    assert page.measures_edit.toPlainText() == "今年的措施"


def test_a_refused_save_when_leaving_stays_on_the_year(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    _edit_measures(qtbot, page, "还没有选学生")
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    _click(qtbot, page.leave_box, "保存")
    assert page.school_year == 2026
    assert page.year_combo.currentData() == 2026
    assert page.errors.message("mentee") == "重点帮扶学生不能为空"


def test_without_changes_the_year_switches_at_once(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    services.pledges.set(2025, students["王芳"], measures="去年的措施")
    page = make_page()
    page.year_combo.setFocus()
    QTest.keyClick(page.year_combo, Qt.Key.Key_Down)  # 2026 -> 2025
    assert page.leave_box is None
    assert page.school_year == 2025
    assert page.measures_edit.toPlainText() == "去年的措施"


def test_refresh_keeps_unsaved_changes(
    qtbot: QtBot, services: AppServices, students: dict[str, int], make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    choose_mentee(qtbot, page, "李小明")
    _edit_measures(qtbot, page, "正在写")
    services.students.add(name="新同学")
    page.refresh()
    assert page.measures_edit.toPlainText() == "正在写"
    assert page.mentee_combo.currentText() == "李小明"
    assert page.mentee_combo.findText("新同学") >= 0


# --- the profile ------------------------------------------------------------------------------------------------


def _profile_dialog(qtbot: QtBot, page: PledgePage) -> ProfileDialog:
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    dialog = page.profile_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def test_fill_in_the_profile_from_the_pledge_page(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], PledgePage]
) -> None:
    page = make_page()
    dialog = _profile_dialog(qtbot, page)
    assert dialog.name_edit.hasFocus()
    type_text(qtbot, dialog.name_edit, "王丽华")
    QTest.keyClick(dialog.gender_combo, Qt.Key.Key_Down)
    QTest.keyClick(dialog.gender_combo, Qt.Key.Key_Down)  # 女
    for widget, text in (
        (dialog.birth_edit, "1985-03"),
        (dialog.title_edit, "小学高级教师"),
        (dialog.post_edit, "语文教师、班主任"),
        (dialog.specialties_edit, "书法、朗诵"),
        (dialog.school_edit, "武进区湖塘实验小学"),
        (dialog.union_group_edit, "五年级组"),
        (dialog.teaching_since_edit, "2007"),
    ):
        _retype(qtbot, widget, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert page.profile_dialog is None
    profile = services.profile.get()
    assert profile is not None
    assert (profile.name, profile.gender, profile.birth_month) == ("王丽华", "女", Month(1985, 3))
    assert (profile.title, profile.post, profile.specialties) == ("小学高级教师", "语文教师、班主任", "书法、朗诵")
    assert (profile.school, profile.union_group, profile.teaching_since) == ("武进区湖塘实验小学", "五年级组", 2007)
    assert page.profile_labels["name"].text() == "王丽华"
    assert page.profile_labels["gender"].text() == "女"
    assert page.profile_labels["post"].text() == "语文教师、班主任"
    assert not page.profile_prompt.isVisible()
    assert page.profile_button.text() == "修改个人信息(&P)…"
    assert stack.count() == 0  # the first profile is not a step to undo: there was none before


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("name", "", "姓名不能为空"),
        ("birth", "1985-13", "出生年月“1985-13”不是有效的年月（应为 年-月，如 2026-09）"),
        ("birth", "2015-01", "出生年月应在 1930 至 2010 之间，现在是 2015"),
        ("teaching_since", "07", "从教年份“07”不是有效的年份（应为四位数字，如 2026）"),
        ("teaching_since", "1980", "从教年份 1980 早于出生年份"),
        ("title", "称" * 51, "职称最多 50 个字，现在有 51 个字"),
        ("specialties", "长" * 201, "特长最多 200 个字，现在有 201 个字"),
    ],
)
def test_profile_rules_are_told_beside_their_fields(
    qtbot: QtBot,
    services: AppServices,
    make_page: Callable[[], PledgePage],
    field: str,
    typed: str,
    message: str,
) -> None:
    services.profile.update(name="王丽华", birth="1985-03")
    page = make_page()
    dialog = _profile_dialog(qtbot, page)
    widget = dialog.edits[field]
    _retype(qtbot, widget, typed)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message(field) == message
    assert widget.hasFocus()
    profile = services.profile.get()
    assert profile is not None
    assert (profile.name, profile.birth_month, profile.title) == ("王丽华", Month(1985, 3), "")


def test_a_profile_change_can_be_undone(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], PledgePage]
) -> None:
    services.profile.update(name="王丽华", post="语文教师")
    page = make_page()
    dialog = _profile_dialog(qtbot, page)
    assert dialog.post_edit.text() == "语文教师"
    _retype(qtbot, dialog.post_edit, "数学教师")
    QTest.keyClick(dialog.post_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    profile = services.profile.get()
    assert profile is not None and profile.post == "数学教师"
    assert page.profile_labels["post"].text() == "数学教师"
    assert stack.undoText() == "修改个人信息"
    qtbot.mouseClick(page.notice_undo, Qt.MouseButton.LeftButton)
    profile = services.profile.get()
    assert profile is not None and profile.post == "语文教师"
    assert page.profile_labels["post"].text() == "语文教师"
