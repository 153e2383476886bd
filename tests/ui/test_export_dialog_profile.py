"""导出与打印 when the profile is missing or incomplete: the dialog offers 填写个人信息… right where it says so, the
profile dialog opens over it, and once saved the old messages go. Also how the notices read (in English too),
and what the pledge choice says about signing once the teacher has signed on screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services import AppServices
from jilu_desktop.services.export import PNG_MAGIC
from jilu_desktop.ui.dialogs import export_dialog
from jilu_desktop.ui.dialogs.export_dialog import ExportDialog
from jilu_desktop.ui.export_jobs import ExportKind
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.pledge import PledgePage
from tests.ui.keyboard import type_text
from tests.ui.test_export_dialog import SaveAs, click_and_wait
from tests.ui.test_signature_pad import draw, zigzag

TEACHER = "王丽华"
PLEDGE = 4  # the page's place in the window
ALL_MISSING = "个人信息中还没有填写：学校、性别、出生年月、职称、工作岗位、特长"


def _window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def _export(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    dialog = window.export()
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _dialog(qtbot: QtBot, services: AppServices, tmp_path: Path) -> ExportDialog:
    dialog = ExportDialog(services, settings_path=tmp_path / "window.ini")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_without_a_profile_the_dialog_opens_it_and_saving_it_clears_the_message(
    services: AppServices, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = _window(qtbot, make_window)
    dialog = _export(qtbot, window)
    assert not dialog.profile_button.isVisible()  # nothing said about the profile yet

    click_and_wait(qtbot, dialog, dialog.preview_button)

    assert dialog.error_label.text().startswith("导出前请先填写个人信息")
    assert dialog.profile_button.isVisible() and dialog.profile_button.isEnabled()
    assert dialog.profile_button.text() == "填写个人信息(&I)…"
    qtbot.mouseClick(dialog.profile_button, Qt.MouseButton.LeftButton)

    profile = dialog.profile_dialog
    assert profile is not None and profile.isVisible()
    assert profile.parentWidget() is dialog  # over the export dialog, which stays open beneath it
    assert profile.windowModality() == Qt.WindowModality.WindowModal
    type_text(qtbot, profile.name_edit, TEACHER)
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.profile_dialog is None)
    saved = services.profile.get()
    assert saved is not None and saved.name == TEACHER
    assert not dialog.error_label.isVisible() and dialog.error_label.text() == ""
    assert not dialog.profile_button.isVisible()
    assert dialog.status_label.text() == "已保存个人信息，可以重新导出。"
    assert dialog.isVisible()
    # The window shows the new profile too (the first profile is no undo step: told by a signal).
    assert window.overview.name_label.text() == f"{TEACHER} 老师"

    click_and_wait(qtbot, dialog, dialog.preview_button)
    assert not dialog.error_label.isVisible()
    assert dialog.pdf.path is not None
    # Still only the name: what is missing is said, and the way to it is offered again.
    assert ALL_MISSING in dialog.status_label.text()
    assert dialog.profile_button.isVisible()
    dialog.close()


def test_a_notice_about_missing_fields_offers_the_profile_and_saving_drops_the_old_preview(
    services: AppServices, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    services.profile.update(name=TEACHER)
    window = _window(qtbot, make_window)
    dialog = _export(qtbot, window)

    click_and_wait(qtbot, dialog, dialog.preview_button)

    assert "\n\n请注意：\n2026学年还没有志愿书" in dialog.status_label.text()  # one heading, a paragraph each
    assert f"\n\n{ALL_MISSING}。" in dialog.status_label.text()
    assert dialog.profile_button.isVisible()
    qtbot.mouseClick(dialog.profile_button, Qt.MouseButton.LeftButton)
    profile = dialog.profile_dialog
    assert profile is not None
    assert profile.name_edit.text() == TEACHER  # the profile as stored
    profile.gender_combo.setCurrentIndex(2)
    for edit, text in (
        (profile.birth_edit, "1985-03"),
        (profile.title_edit, "小学高级教师"),
        (profile.post_edit, "语文教师"),
        (profile.specialties_edit, "书法"),
        (profile.school_edit, "武进区湖塘实验小学"),
    ):
        type_text(qtbot, edit, text)
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile_dialog is None)

    assert dialog.status_label.text() == "已保存个人信息，可以重新导出。"
    assert not dialog.profile_button.isVisible()
    assert dialog.pdf.path is None  # the preview made with the old profile is gone
    # An undo step on the window's stack, like the same change made on a page.
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "修改个人信息"

    click_and_wait(qtbot, dialog, dialog.preview_button)
    assert "个人信息中还没有填写" not in dialog.status_label.text()
    assert not dialog.profile_button.isVisible()
    dialog.close()


def test_the_notice_after_saving_offers_the_profile_too(
    services: AppServices,
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.profile.update(name=TEACHER)
    monkeypatch.setattr(export_dialog, "QFileDialog", SaveAs(tmp_path / "book.pdf"))
    dialog = _export(qtbot, _window(qtbot, make_window))

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert dialog.message_box is not None
    assert "\n\n请注意：\n2026学年还没有志愿书" in dialog.message_box.text()
    assert f"\n\n{ALL_MISSING}。" in dialog.message_box.text()
    dialog.message_box.close()
    assert dialog.profile_button.isVisible()
    dialog.close()


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_notices_read_naturally_in_english(
    services: AppServices, qtbot: QtBot, tmp_path: Path, language: Lang
) -> None:
    services.settings.set_language(language)
    services.profile.update(name=TEACHER)
    dialog = _dialog(qtbot, services, tmp_path)

    click_and_wait(qtbot, dialog, dialog.preview_button)

    text = dialog.status_label.text()
    assert "Please note:\n" in text
    assert "Please note: The" not in text
    assert (
        "Some of the profile is not filled in yet (school, gender, birth month, title, post, specialties); "
        "those places are left blank in the exported file. Write them in by hand, or fill in the profile and "
        "export again"
    ) in text
    assert "There is no pledge for school year 2026 yet" in text
    assert dialog.profile_button.text() == "Fill &in the profile..."
    dialog.close()


# --- what the pledge choice says about signing ---
PLEDGE_NOTE = "本学年填好的志愿书，打印后签名。"
SIGNED_NOTE = "本学年填好的志愿书，签名会印在表上。"
DRAWN_NOTE = "本学年填好的志愿书；刚写的签名保存后会印在表上。"


def _pledged(services: AppServices, signature: bytes | None = None) -> None:
    services.profile.update(name=TEACHER, school="武进区湖塘实验小学")
    mentee = services.students.add(name="李小明", class_name="五(1)班", difficulties=[Difficulty.LEARNING])
    services.pledges.set(2026, mentee, measures="每周两次午休辅导数学", signature_png=signature)


def test_the_pledge_choice_says_to_sign_after_printing_while_there_is_no_signature(
    services: AppServices, qtbot: QtBot, tmp_path: Path
) -> None:
    _pledged(services)
    dialog = _dialog(qtbot, services, tmp_path)

    assert dialog.kind_notes[ExportKind.PLEDGE].text() == PLEDGE_NOTE
    assert dialog.kind_buttons[ExportKind.PLEDGE].toolTip() == PLEDGE_NOTE


def test_the_pledge_choice_says_the_signature_is_printed_once_signed_on_screen(
    services: AppServices, qtbot: QtBot, tmp_path: Path
) -> None:
    _pledged(services, PNG_MAGIC + b"a signature")
    dialog = _dialog(qtbot, services, tmp_path)

    assert dialog.kind_notes[ExportKind.PLEDGE].text() == SIGNED_NOTE
    assert dialog.kind_buttons[ExportKind.PLEDGE].toolTip() == SIGNED_NOTE
    # Of the school year chosen: 2025 has no pledge, so nothing is signed there.
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2025))
    assert dialog.kind_notes[ExportKind.PLEDGE].text() == PLEDGE_NOTE


def test_a_signature_drawn_but_not_saved_is_printed_once_saved(
    services: AppServices, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    _pledged(services)
    window = _window(qtbot, make_window)
    window.nav.setCurrentRow(PLEDGE)
    page = window.current_page()
    assert isinstance(page, PledgePage)
    page.scroll_area.ensureWidgetVisible(page.signature.pad)
    draw(qtbot, page.signature.pad, zigzag())
    dialog = _export(qtbot, window)

    assert dialog.kind_notes[ExportKind.PLEDGE].text() == DRAWN_NOTE

    qtbot.mouseClick(dialog.save_pages_button, Qt.MouseButton.LeftButton)

    assert dialog.kind_notes[ExportKind.PLEDGE].text() == SIGNED_NOTE
    dialog.close()
