"""The first-run wizard's third choice, 从数据包导入: on a new computer the teacher picks the archive she brought,
sees whose book it is, and 完成 makes it this computer's book, with no profile typed first."""

# The fixtures `other_book`, `archive` and `told` are imported from the window's archive tests.
# ruff: noqa: F811

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.services import AppServices
from jilu_desktop.services.archive import describe
from jilu_desktop.ui.first_run import IMPORT, INTRO, FirstRunWizard
from jilu_desktop.ui.fonts import load_bundled_font
from jilu_desktop.ui.i18n import install_translations
from tests.ui.test_archive_window import (  # noqa: F401  (fixtures)
    archive,
    backups,
    flip_bytes,
    other_book,
    shown_window,
    student_names,
    told,
    use_files,
)
from tests.ui.test_first_run import _left
from tests.ui.test_i18n import WIZARD_SIZE, clipped_texts


def finish_button(wizard: FirstRunWizard) -> QAbstractButton:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert isinstance(button, QAbstractButton)
    return button


def to_import_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    assert wizard.currentId() == INTRO
    qtbot.mouseClick(
        wizard.intro_page.import_button, Qt.MouseButton.LeftButton, pos=_left(wizard.intro_page.import_button)
    )
    assert wizard.intro_page.import_button.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == IMPORT


@pytest.fixture
def wizard(qtbot: QtBot, services: AppServices) -> FirstRunWizard:
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_the_choice_is_offered_beside_the_demo_data(wizard: FirstRunWizard) -> None:
    page = wizard.intro_page
    assert page.import_button.text() == "从数据包导入（从另一台电脑带来的记录本）"
    assert page.import_button.isVisible() and page.import_button.isEnabled()
    buttons = [page.own_button, page.demo_button, page.import_button]
    assert [b.y() for b in buttons] == sorted(b.y() for b in buttons)  # below the demo data


def test_an_archive_sets_the_book_up_without_a_profile_typed(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    services: AppServices,
    other_book: AppServices,
    archive: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert services.setup.needs_first_run()
    to_import_page(qtbot, wizard)
    page = wizard.import_page
    assert not finish_button(wizard).isEnabled()  # nothing chosen yet
    use_files(monkeypatch, open=archive)

    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)

    expected = other_book.archive.current()
    assert archive.name in page.summary_label.text() and describe(expected, "zh") in page.summary_label.text()
    assert not page.replace_note.isVisible() and not page.error_label.isVisible()
    assert services.archive.current().empty  # only looked at so far
    assert finish_button(wizard).isEnabled()

    qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.imported is not None and wizard.imported.backup is None
    assert not services.setup.needs_first_run()
    assert services.archive.current() == expected
    assert student_names(services) == student_names(other_book)


def test_a_damaged_archive_is_told_and_cannot_be_finished(
    qtbot: QtBot, wizard: FirstRunWizard, services: AppServices, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    to_import_page(qtbot, wizard)
    page = wizard.import_page
    good = archive.read_bytes()
    use_files(monkeypatch, open=flip_bytes(archive))

    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)

    with pytest.raises(DomainError) as raised:
        services.archive.inspect(archive)
    assert page.error_label.isVisible() and page.error_label.text() == raised.value.message("zh")
    assert not page.summary_label.isVisible() and not finish_button(wizard).isEnabled()
    assert services.archive.current().empty

    archive.write_bytes(good)  # copied again from the stick: the message goes
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert not page.error_label.isVisible() and finish_button(wizard).isEnabled()


def test_a_book_that_holds_students_is_said_to_be_replaced_and_backed_up(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    services: AppServices,
    archive: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.students.add(name="欧阳小川", class_name="四(3)班")  # typed in with `jilu` before the first start
    to_import_page(qtbot, wizard)
    page = wizard.import_page
    use_files(monkeypatch, open=archive)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)

    assert page.replace_note.isVisible()
    assert "导入会替换它；替换前会先备份" in page.replace_note.text() and "1 名学生" in page.replace_note.text()
    qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)

    assert wizard.imported is not None and wizard.imported.backup is not None
    assert backups(data_dir) == [wizard.imported.backup]
    assert "欧阳小川" not in student_names(services)


def test_the_window_shows_the_imported_book_once_the_wizard_closes(
    qtbot: QtBot,
    services: AppServices,
    other_book: AppServices,
    archive: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    window = shown_window(qtbot, services, data_dir)
    wizard = window.run_first_run()
    assert isinstance(wizard, FirstRunWizard)
    qtbot.waitExposed(wizard)
    to_import_page(qtbot, wizard)
    use_files(monkeypatch, open=archive)
    qtbot.mouseClick(wizard.import_page.choose_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)

    window.show_page(window.records)
    window.records.show_all_months()
    assert window.records.model.rowCount() == other_book.archive.current().activities
    [(title, text)] = told
    assert title == "数据包已导入" and describe(other_book.archive.current(), "zh") in text
    assert "备份" not in text  # there was nothing to back up
    assert window.run_first_run() is None  # set up


@pytest.fixture
def translated(qapp: QApplication, app_font: QFont, request: pytest.FixtureRequest) -> Iterator[str]:
    lang: str = request.param
    load_bundled_font(qapp)
    installed = install_translations(qapp, "en" if lang == "en" else "zh", pseudo=lang == "pseudo")
    yield lang
    installed.remove()


@pytest.mark.parametrize("translated", ["pseudo", "en"], indirect=True)
def test_the_import_page_clips_no_text(
    qtbot: QtBot,
    translated: str,
    services: AppServices,
    archive: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.students.add(name="欧阳小川", class_name="四(3)班")  # the replace note shown as well
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.intro_page.import_button.setChecked(True)
    assert clipped_texts(wizard.intro_page) == []
    wizard.next()
    use_files(monkeypatch, open=archive)
    wizard.import_page.choose()
    QApplication.processEvents()

    assert wizard.size() == WIZARD_SIZE
    assert wizard.import_page.replace_note.isVisible()
    assert clipped_texts(wizard.import_page) == []
