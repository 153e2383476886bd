"""The teacher's profile (个人信息): the top half of the pledge form, and the record book's cover.

Like the student dialog it only collects what was typed; the page saves through ProfileService.update and
a refusal is shown beside its field, with nothing saved. Opened with open(): window-modal, not blocking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.profile import TeacherProfile
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.field_errors import GENERAL, FieldErrors, changed_while_editing, make_error_label

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from jilu_desktop.services import AppServices
    from jilu_desktop.ui.pages.people_commands import SaveProfile

Submit = Callable[[dict[str, Any]], None]
GENDERS = ("", "男", "女")


def profile_fields(profile: TeacherProfile | None) -> dict[str, Any]:
    """A profile as ProfileService.update takes it; empty strings for what is not filled in."""
    if profile is None:
        return {}
    return {
        "name": profile.name,
        "gender": profile.gender or "",
        "birth": str(profile.birth_month) if profile.birth_month else "",
        "title": profile.title,
        "post": profile.post,
        "specialties": profile.specialties,
        "school": profile.school,
        "union_group": profile.union_group,
        "teaching_since": "" if profile.teaching_since is None else str(profile.teaching_since),
    }


class ProfileDialog(QDialog):
    def __init__(
        self,
        submit: Submit,
        lang: Callable[[], Lang],
        profile: TeacherProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("个人信息"))
        self.setMinimumWidth(480)
        self.errors = FieldErrors(self, lang=lang)

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(self)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            return edit

        self.name_edit = line(self.tr("姓名"))
        self.gender_combo = QComboBox(self)
        self.gender_combo.setAccessibleName(self.tr("性别"))
        self.gender_combo.addItems([self.tr("（不填）"), self.tr("男"), self.tr("女")])
        self.birth_edit = line(self.tr("出生年月"), self.tr("年-月，如 1985-03"))
        self.title_edit = line(self.tr("职称"), self.tr("如 小学高级教师"))
        self.post_edit = line(self.tr("工作岗位"), self.tr("如 语文教师、班主任"))
        self.specialties_edit = line(self.tr("特长"), self.tr("如 书法、朗诵"))
        self.school_edit = line(self.tr("学校"), self.tr("如 武进区湖塘实验小学"))
        self.union_group_edit = line(self.tr("工会小组"), self.tr("如 五年级组"))
        self.teaching_since_edit = line(self.tr("从教年份"), self.tr("四位数字，如 2007"))
        self.edits: dict[str, QWidget] = {
            "name": self.name_edit,
            "gender": self.gender_combo,
            "birth": self.birth_edit,
            "title": self.title_edit,
            "post": self.post_edit,
            "specialties": self.specialties_edit,
            "school": self.school_edit,
            "union_group": self.union_group_edit,
            "teaching_since": self.teaching_since_edit,
        }
        labels = {
            "name": self.tr("姓名(&M)"),
            "gender": self.tr("性别(&G)"),
            "birth": self.tr("出生年月(&B)"),
            "title": self.tr("职称(&T)"),
            "post": self.tr("工作岗位(&P)"),
            "specialties": self.tr("特长(&S)"),
            "school": self.tr("学校(&L)"),
            "union_group": self.tr("工会小组(&U)"),
            "teaching_since": self.tr("从教年份(&Y)"),
        }
        form = QFormLayout()
        for field, widget in self.edits.items():
            label = QLabel(labels[field], self)
            label.setBuddy(widget)
            form.addRow(label, self.errors.wrap(field, widget))
        note = QLabel(self.tr("姓名必填；其余各项会印在志愿书和记录本封面上，建议一并填写。"), self)
        note.setWordWrap(True)

        self.general_label = make_error_label(self)
        self.errors.set_general(self.general_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.general_label)
        layout.addWidget(self.buttons)
        self._fill(profile_fields(profile))
        self.name_edit.setFocus()

    def _fill(self, fields: dict[str, Any]) -> None:
        for field, value in fields.items():
            widget = self.edits[field]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(GENDERS.index(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def fields(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field, widget in self.edits.items():
            if isinstance(widget, QComboBox):
                values[field] = GENDERS[widget.currentIndex()]
            elif isinstance(widget, QLineEdit):
                values[field] = widget.text()
        return values

    def save(self) -> None:
        self.errors.clear()
        try:
            self._submit(self.fields())
        except DomainError as error:
            if error.code == "profile_changed_elsewhere":
                self.errors.show_text(GENERAL, changed_while_editing())
            elif not self.errors.show(error):
                self.errors.show_text(GENERAL, error.message(self.errors.lang))
            return
        except StorageEnvironmentError as error:
            self.errors.show_text(GENERAL, error.message(self.errors.lang))
            return
        self.accept()


def open_profile_dialog(
    parent: QWidget,
    services: AppServices,
    stack: QUndoStack,
    lang: Callable[[], Lang],
    report: Callable[[Exception], None],
    saved: Callable[[TeacherProfile, SaveProfile | None], None],
) -> ProfileDialog:
    """The profile dialog over `parent`, for the profile as stored now. Saving goes through save_profile (only
    if the profile is still as the dialog showed it); `saved` gets the profile and the undo step, if any, for
    the page to push where it keeps its steps. While it is open, `parent.profile_dialog` is the dialog (None
    again once it is closed): the pages and the export dialog that offer it, and their tests, look at it there."""
    from jilu_desktop.ui.pages.people_commands import save_profile

    opened = services.profile.get()

    def submit(fields: dict[str, Any]) -> None:
        saved(*save_profile(stack, services, opened, fields, report))

    dialog = ProfileDialog(submit, lang, opened, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    parent.profile_dialog = dialog  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _result: setattr(parent, "profile_dialog", None))
    dialog.open()
    return dialog
