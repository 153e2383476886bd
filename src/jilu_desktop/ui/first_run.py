"""First run: a short guided set-up (profile → key mentee → pledge), example data to look around with, or the
record book brought from another computer as a data archive (数据包), so that nothing has to be typed again.

Shown while there is no teacher's profile. Each step is checked by the domain as the teacher leaves it;
nothing is saved until the last step, and then all three are saved together (services.setup.complete). An
archive is checked whole when chosen and imported (services.archive) when the teacher presses 完成.

    if maybe_run_first_run(services, window):   # modal; True if set up (or demo data added)
        window.refresh()
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.pledge import signing_window
from jilu_desktop.domain.students import Difficulty
from jilu_desktop.domain.validation import CAMPAIGN_START
from jilu_desktop.services import AppServices
from jilu_desktop.services.archive import ImportResult, describe
from jilu_desktop.services.demo import DemoSummary
from jilu_desktop.services.setup import FirstRunResult
from jilu_desktop.storage.archive import ArchiveInfo
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.archive_files import archive_text, choose_archive, problem_text
from jilu_desktop.ui.export_jobs import default_folder
from jilu_desktop.ui.field_errors import FieldErrors, make_error_label
from jilu_desktop.ui.labels import school_year_name
from jilu_desktop.ui.messages import dialogs_disabled

INTRO, PROFILE, MENTEE, PLEDGE, DEMO, IMPORT = range(6)
TEXT_BOX_HEIGHT = 72


def maybe_run_first_run(services: AppServices, parent: QWidget | None = None) -> bool:
    """Run the wizard if the program has not been set up yet; True if it was set up (or demo data added).

    Modal: it returns when the wizard is closed. Never shown when dialogs are turned off (JILU_NO_DIALOGS,
    for headless runs), so that nothing waits for a teacher who is not there.
    """
    if dialogs_disabled() or not services.setup.needs_first_run():
        return False
    wizard = FirstRunWizard(services, parent)
    return wizard.exec() == QDialog.DialogCode.Accepted


def _text_box(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(TEXT_BOX_HEIGHT)
    return box


def _gender_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("FirstRunWizard", "（不填）"), None)
    combo.addItem(QCoreApplication.translate("FirstRunWizard", "男"), "男")
    combo.addItem(QCoreApplication.translate("FirstRunWizard", "女"), "女")
    return combo


class _FormStep(QWizardPage):
    """A page whose fields are checked by the services as the teacher leaves it."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.errors = FieldErrors(self, lang=services.settings.language)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A long label (or a long translation of one) puts its field on the next line instead of widening the page.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general_error = make_error_label(self)
        self.errors.set_general(self.general_error)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

    def show_error(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.errors.show(error)
        elif isinstance(error, StorageEnvironmentError):
            self.errors.show_text("", error.message(self._services.settings.language()))
        else:
            raise error


class WelcomeStep(QWizardPage):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用“168”爱生行动记录本"))
        self.setSubTitle(self.tr("先花两分钟做好准备：填写您的姓名、重点帮扶学生和本学年的志愿书。"))
        self.campaign_label = QLabel(
            self.tr(
                "“168”爱生行动：关心帮助 1 名困难学生；每月与学生谈心或家访不少于 6 人次；"
                "每月为困难学生义务补课、辅导不少于 8 人次。\n"
                "记录本帮您记下每一次帮扶，随时看到本月的进度，学年末导出记录本交校工会。"
            ),
            self,
        )
        self.campaign_label.setWordWrap(True)
        self.own_button = QRadioButton(self.tr("现在就开始填写（约两分钟）"), self)
        self.own_button.setChecked(True)
        self.demo_button = QRadioButton(self.tr("先用示例数据看一看"), self)
        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        self.import_button = QRadioButton(self.tr("从数据包导入（从另一台电脑带来的记录本）"), self)
        self.import_note = QLabel(
            self.tr("选择在另一台电脑上用“文件 → 导出数据包”保存的 .jilu 文件，不用重新填写。"), self
        )
        self.import_note.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.own_button)
        self.group.addButton(self.demo_button)
        self.group.addButton(self.import_button)
        if services.students.list():
            # Example students mixed into real records could end up in a teacher's evidence for an award.
            self.demo_button.setEnabled(False)
            self.demo_note.setText(self.tr("记录本中已经有学生，不能再加入示例数据。"))
        else:
            self.demo_note.setText(
                self.tr(
                    "示例数据包括一位示例教师、12 名学生和两个学年的活动记录，供您熟悉程序。"
                    "正式记录时，点窗口上方的“清除示例数据，开始使用我的记录本”即可。"
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.campaign_label)
        layout.addSpacing(16)
        layout.addWidget(self.own_button)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addLayout(_note_row(self.demo_note))
        layout.addSpacing(8)
        layout.addWidget(self.import_button)
        layout.addLayout(_note_row(self.import_note))
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.import_button.isChecked():
            return IMPORT
        return DEMO if self.demo_button.isChecked() else PROFILE


def _note_row(note: QLabel) -> QHBoxLayout:
    """A choice's note, indented under its radio button."""
    row = QHBoxLayout()
    row.addSpacing(24)
    row.addWidget(note, 1)
    return row


class ProfileStep(_FormStep):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setTitle(self.tr("第 1 步：您的个人信息"))
        self.setSubTitle(self.tr("这些内容会印在志愿书和记录本的封面上。只有姓名必须填写，其余可以以后再补。"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("姓名"))
        self.gender_combo = _gender_combo(self)
        self.gender_combo.setAccessibleName(self.tr("性别"))
        self.school_edit = QLineEdit(self)
        self.school_edit.setAccessibleName(self.tr("学校"))
        self.school_edit.setPlaceholderText(self.tr("如：武进区湖塘实验小学"))
        self.post_edit = QLineEdit(self)
        self.post_edit.setAccessibleName(self.tr("工作岗位"))
        self.post_edit.setPlaceholderText(self.tr("如：语文教师、班主任"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("职称"))
        self.form.addRow(self.tr("姓名（必填）："), self.errors.wrap("name", self.name_edit))
        self.form.addRow(self.tr("性别："), self.errors.wrap("gender", self.gender_combo))
        self.form.addRow(self.tr("学校："), self.errors.wrap("school", self.school_edit))
        self.form.addRow(self.tr("工作岗位："), self.errors.wrap("post", self.post_edit))
        self.form.addRow(self.tr("职称："), self.errors.wrap("title", self.title_edit))

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "gender": self.gender_combo.currentData(),
            "school": self.school_edit.text(),
            "post": self.post_edit.text(),
            "title": self.title_edit.text(),
        }

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            self._services.setup.check_profile(**self.fields())
        except DomainError as error:
            self.show_error(error)
            return False
        return True


class MenteeStep(_FormStep):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setTitle(self.tr("第 2 步：重点帮扶学生"))
        self.setSubTitle(self.tr("您在志愿书中承诺关心帮助的那一名困难学生。其他学生以后在记录中随时添加。"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("学生姓名"))
        self.class_edit = QLineEdit(self)
        self.class_edit.setAccessibleName(self.tr("班级"))
        self.class_edit.setPlaceholderText(self.tr("如：五(1)班"))
        self.gender_combo = _gender_combo(self)
        self.gender_combo.setAccessibleName(self.tr("学生性别"))
        self.birth_year_edit = QLineEdit(self)
        self.birth_year_edit.setAccessibleName(self.tr("出生年份"))
        self.birth_year_edit.setPlaceholderText(self.tr("四位数字，如 2015"))
        self.birth_year_edit.setMaxLength(8)
        self.difficulty_checks: dict[Difficulty, QCheckBox] = {}
        difficulties = QWidget(self)
        grid = QGridLayout(difficulties)
        grid.setContentsMargins(0, 0, 0, 0)
        names = {
            Difficulty.LEARNING: self.tr("学习困难"),
            Difficulty.ECONOMIC: self.tr("家庭经济困难"),
            Difficulty.PSYCHOLOGICAL: self.tr("心理困难"),
            Difficulty.OTHER: self.tr("其他困难"),
        }
        for i, (difficulty, name) in enumerate(names.items()):
            check = QCheckBox(name, difficulties)
            self.difficulty_checks[difficulty] = check
            grid.addWidget(check, i // 2, i % 2)
        grid.setColumnStretch(2, 1)
        self.detail_edit = _text_box(self, self.tr("如：数学基础薄弱，作业常不能按时完成"))
        self.detail_edit.setAccessibleName(self.tr("困难情况"))
        self.form.addRow(self.tr("姓名（必填）："), self.errors.wrap("name", self.name_edit))
        self.form.addRow(self.tr("班级："), self.errors.wrap("class_name", self.class_edit))
        self.form.addRow(self.tr("性别："), self.errors.wrap("gender", self.gender_combo))
        self.form.addRow(self.tr("出生年份："), self.errors.wrap("birth_year", self.birth_year_edit))
        self.form.addRow(self.tr("困难类别："), self.errors.wrap("difficulty", difficulties))
        self.form.addRow(self.tr("困难情况："), self.errors.wrap("difficulty_detail", self.detail_edit))

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "class_name": self.class_edit.text(),
            "gender": self.gender_combo.currentData(),
            "birth_year": self.birth_year_edit.text(),
            "difficulties": [d for d, check in self.difficulty_checks.items() if check.isChecked()],
            "difficulty_detail": self.detail_edit.toPlainText(),
        }

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            self._services.setup.check_mentee(**self.fields())
        except DomainError as error:
            self.show_error(error)
            return False
        return True


class PledgeStep(_FormStep):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        year = services.setup.school_year()
        today = services.clock.today()
        self.setTitle(self.tr("第 3 步：{year}学年志愿书").format(year=year))
        self.setSubTitle(self.tr("写下您打算怎样帮助这名学生。完成后即可开始记录，志愿书以后也可以修改和导出打印。"))
        self.year_label = QLabel(school_year_name(year), self)
        self.mentee_label = QLabel(self)
        self.mentee_label.setTextFormat(Qt.TextFormat.PlainText)
        self.measures_edit = _text_box(self, self.tr("如：每周两次午休辅导数学；每月与家长沟通一次"))
        self.measures_edit.setAccessibleName(self.tr("帮扶措施"))
        self.commitments_edit = _text_box(self, self.tr("如：关心班上每一位学习困难的学生"))
        self.commitments_edit.setAccessibleName(self.tr("其他努力方向"))
        self.signed_edit = QDateEdit(self)
        self.signed_edit.setCalendarPopup(True)
        self.signed_edit.setDisplayFormat("yyyy-MM-dd")
        low = max(signing_window(year)[0], CAMPAIGN_START)
        self.signed_edit.setDateRange(QDate(low.year, low.month, low.day), QDate(today.year, today.month, today.day))
        self.signed_edit.setDate(QDate(today.year, today.month, today.day))
        self.signed_edit.setAccessibleName(self.tr("签名日期"))
        # The signing month is where the year's months start to count (participation): today is right only for a
        # teacher who signs now, not for one who signed the paper form in September.
        self.signed_note = QLabel(
            self.tr(
                "如果已经在纸质志愿书上签过名，请填当时的日期。本学年从签名的那个月起计算每月的进度，"
                "之前的月份记为“未参加”（可以在“设置”中更改）。"
            ),
            self,
        )
        self.signed_note.setWordWrap(True)
        self.form.addRow(self.tr("学年："), self.year_label)
        self.form.addRow(self.tr("重点帮扶学生："), self.mentee_label)
        self.form.addRow(self.tr("帮扶措施："), self.errors.wrap("measures", self.measures_edit))
        self.form.addRow(
            self.tr("此外，我还将在以下几方面努力："), self.errors.wrap("commitments", self.commitments_edit)
        )
        self.form.addRow(self.tr("签名日期："), self.errors.wrap("signed_on", self.signed_edit))
        self.form.addRow("", self.signed_note)

    def nextId(self) -> int:
        return -1  # the last page of the set-up

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            self.mentee_label.setText(wizard.mentee_page.name_edit.text().strip())

    def fields(self) -> dict[str, Any]:
        signed = self.signed_edit.date()
        return {
            "measures": self.measures_edit.toPlainText(),
            "commitments": self.commitments_edit.toPlainText(),
            "signed_on": f"{signed.year():04d}-{signed.month():02d}-{signed.day():02d}",
        }

    def validatePage(self) -> bool:
        self.errors.clear()
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        try:
            wizard.outcome = self._services.setup.complete(
                wizard.profile_page.fields(), wizard.mentee_page.fields(), self.fields()
            )
        except (DomainError, StorageEnvironmentError) as error:
            self.show_error(error)
            return False
        return True


class DemoStep(QWizardPage):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        year = services.setup.school_year()
        self.years = [year - 1, year]
        self.setTitle(self.tr("示例数据"))
        self.setSubTitle(self.tr("点“完成”后，记录本中会加入以下示例内容："))
        self.summary_label = QLabel(
            self.tr(
                "· 示例教师“王丽华”的个人信息\n"
                "· 12 名学生，其中一名是重点帮扶学生\n"
                "· {first}学年和{second}学年的志愿书\n"
                "· 这两个学年中每月的谈心、家访、补课辅导和生活帮扶记录"
            ).format(first=self.years[0], second=self.years[1]),
            self,
        )
        self.summary_label.setWordWrap(True)
        self.warning_label = QLabel(
            self.tr("示例数据只供熟悉程序。正式记录时，点窗口上方的“清除示例数据，开始使用我的记录本”即可。"), self
        )
        self.warning_label.setWordWrap(True)
        self.error_label = make_error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addSpacing(12)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        try:
            wizard.outcome = self._services.demo.fill(self.years)
        except StorageEnvironmentError as error:
            self.error_label.setText(error.message(self._services.settings.language()))
            self.error_label.show()
            return False
        return True

    def nextId(self) -> int:
        return -1


class ImportStep(QWizardPage):
    """The record book brought from another computer: the archive chosen is checked at once and what it holds
    shown; 完成 imports it (replacing what little this book holds, after a backup, as the page says)."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.archive: ArchiveInfo | None = None
        self.setTitle(self.tr("从数据包导入"))
        self.setSubTitle(self.tr("选择在另一台电脑上用“文件 → 导出数据包”保存的 .jilu 文件（例如U盘上的）。"))
        self.choose_button = QPushButton(self.tr("选择数据包(&C)…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.hide()
        self.replace_note = QLabel(self)
        self.replace_note.setWordWrap(True)
        self.replace_note.setTextFormat(Qt.TextFormat.PlainText)
        self.replace_note.hide()
        self.finish_hint = QLabel(self.tr("点“完成”导入。"), self)
        self.finish_hint.hide()
        self.error_label = make_error_label(self)
        button_row = QHBoxLayout()
        button_row.addWidget(self.choose_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row)
        layout.addSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.finish_hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def choose(self) -> None:
        path = choose_archive(self, default_folder())
        if path is not None:
            self.show_archive(path)

    def show_archive(self, path: Path) -> bool:
        """Check the archive at `path` and show what it holds, or why it cannot be imported; True if it can."""
        self.archive = None
        self.error_label.hide()
        self.summary_label.hide()
        self.replace_note.hide()
        self.finish_hint.hide()
        lang = self._services.settings.language()
        try:
            self.archive = self._services.archive.inspect(path)
            current = self._services.archive.current()
        except (DomainError, StorageEnvironmentError) as error:
            self._show_error(error)
        else:
            self.summary_label.setText(f"{path.name}\n\n{archive_text(self.archive, lang)}")
            self.summary_label.show()
            self.finish_hint.show()
            if not current.empty:
                # Students typed in with `jilu` before the first start, say: replaced, but kept in a backup first.
                self.replace_note.setText(
                    self.tr("这台电脑上的记录本中已经有内容（{current}），导入会替换它；替换前会先备份。").format(
                        current=describe(current, lang)
                    )
                )
                self.replace_note.show()
        self.completeChanged.emit()
        return self.archive is not None

    def isComplete(self) -> bool:
        return self.archive is not None

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard) and self.archive is not None
        try:
            wizard.outcome = self._services.archive.import_archive(self.archive.path, replace=True)
        except (DomainError, StorageEnvironmentError) as error:
            self._show_error(error)
            return False
        return True

    def _show_error(self, error: DomainError | StorageEnvironmentError) -> None:
        self.archive = None
        self.error_label.setText(problem_text(error, self._services.settings.language()) or "")
        self.error_label.show()
        self.completeChanged.emit()

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: FirstRunResult | DemoSummary | ImportResult | None = None
        self.setWindowTitle(self.tr("开始使用记录本"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("以后再说"))
        self.intro_page = WelcomeStep(services, self)
        self.profile_page = ProfileStep(services, self)
        self.mentee_page = MenteeStep(services, self)
        self.pledge_page = PledgeStep(services, self)
        self.demo_page = DemoStep(services, self)
        self.import_page = ImportStep(services, self)
        self.setPage(INTRO, self.intro_page)
        self.setPage(PROFILE, self.profile_page)
        self.setPage(MENTEE, self.mentee_page)
        self.setPage(PLEDGE, self.pledge_page)
        self.setPage(DEMO, self.demo_page)
        self.setPage(IMPORT, self.import_page)
        self.setStartId(INTRO)
        self.resize(720, 560)

    @property
    def imported(self) -> ImportResult | None:
        """The import made by 从数据包导入, once finished; None for any other outcome."""
        return self.outcome if isinstance(self.outcome, ImportResult) else None
