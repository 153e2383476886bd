"""Add or edit a student: 姓名, 班级, 性别, 出生年份, 困难类别, 困难情况.

The dialog only collects what was typed. Saving is the page's job (`submit`), through the services; a rule
that says no comes back as a DomainError and is shown beside its field, with nothing saved. The dialog is
opened with open(), not exec(): it is window-modal but does not block, so tests drive it like a teacher.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.students import Difficulty, StudentRecord, age_in
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.field_errors import GENERAL, FieldErrors, changed_while_editing, make_error_label
from jilu_desktop.ui.labels import difficulty_labels
from jilu_desktop.ui.widgets.flow_layout import FlowLayout

Submit = Callable[[dict[str, Any]], None]
GENDERS = ("", "男", "女")


class _OneRowFirst(QWidget):
    """A FlowLayout's box asking for the width of one row: the dialog opens wide enough for it where it can."""

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = super().sizeHint()
        if layout is None or layout.count() == 0:
            return hint
        hints = [item.sizeHint() for i in range(layout.count()) if (item := layout.itemAt(i)) is not None]
        width = sum(h.width() for h in hints) + layout.spacing() * (len(hints) - 1)
        return QSize(width, max(h.height() for h in hints))


class StudentDialog(QDialog):
    def __init__(
        self,
        submit: Submit,
        lang: Callable[[], Lang],
        today: dt.date,
        record: StudentRecord | None = None,
        class_names: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._today = today
        self.record = record
        self.setWindowTitle(self.tr("添加学生") if record is None else self.tr("修改学生信息"))
        self.setMinimumWidth(460)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("姓名"))
        self.class_edit = QLineEdit(self)
        self.class_edit.setAccessibleName(self.tr("班级"))
        self.class_edit.setPlaceholderText(self.tr("如 五(1)班"))
        completer = QCompleter(sorted({c for c in class_names if c}), self.class_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.class_edit.setCompleter(completer)
        self.gender_combo = QComboBox(self)
        self.gender_combo.setAccessibleName(self.tr("性别"))
        self.gender_combo.addItems([self.tr("（不填）"), self.tr("男"), self.tr("女")])
        self.birth_edit = QLineEdit(self)
        self.birth_edit.setAccessibleName(self.tr("出生年份"))
        self.birth_edit.setPlaceholderText(self.tr("四位数字，如 2015；可不填"))
        self.age_label = QLabel(self)
        self.age_label.setAccessibleName(self.tr("年龄"))
        self.difficulty_boxes: dict[Difficulty, QCheckBox] = {}
        boxes = _OneRowFirst(self)
        # In a row when the dialog is wide enough (it opens so), else on as many lines as they need: never cut.
        flow = FlowLayout(boxes, spacing=12)
        for difficulty, text in difficulty_labels().items():
            box = QCheckBox(text, boxes)
            self.difficulty_boxes[difficulty] = box
            flow.addWidget(box)
        self.detail_edit = QPlainTextEdit(self)
        self.detail_edit.setAccessibleName(self.tr("困难情况"))
        self.detail_edit.setPlaceholderText(self.tr("具体情况，如：数学基础薄弱，作业常不能按时完成"))
        self.detail_edit.setTabChangesFocus(True)
        self.detail_edit.setMinimumHeight(80)

        self.errors = FieldErrors(self, lang=lang)
        birth_row = QWidget(self)
        birth_layout = QHBoxLayout(birth_row)
        birth_layout.setContentsMargins(0, 0, 0, 0)
        birth_layout.addWidget(self.birth_edit, 1)
        birth_layout.addWidget(self.age_label)
        birth_error = make_error_label(self)
        birth_box = QWidget(self)
        birth_box_layout = QVBoxLayout(birth_box)
        birth_box_layout.setContentsMargins(0, 0, 0, 0)
        birth_box_layout.setSpacing(2)
        birth_box_layout.addWidget(birth_row)
        birth_box_layout.addWidget(birth_error)
        self.errors.attach("birth_year", self.birth_edit, birth_error)
        form = QFormLayout()
        rows: list[tuple[str, QWidget, QWidget]] = [
            (self.tr("姓名(&M)"), self.name_edit, self.errors.wrap("name", self.name_edit)),
            (self.tr("班级(&C)"), self.class_edit, self.errors.wrap("class_name", self.class_edit)),
            (self.tr("性别(&G)"), self.gender_combo, self.errors.wrap("gender", self.gender_combo)),
            (self.tr("出生年份(&Y)"), self.birth_edit, birth_box),
            (self.tr("困难类别"), boxes, self.errors.wrap("difficulty", boxes)),
            (self.tr("困难情况(&D)"), self.detail_edit, self.errors.wrap("difficulty_detail", self.detail_edit)),
        ]
        for text, widget, container in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, container)
        self.birth_edit.textChanged.connect(self._show_age)

        self.general_label = make_error_label(self)
        self.errors.set_general(self.general_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        # Set when saving was refused because a student of the same name is in the list: saving the same name
        # and class again then adds this one all the same (the button says so).
        self._same_name: tuple[str, str] | None = None
        self.name_edit.textEdited.connect(self._name_or_class_edited)
        self.class_edit.textEdited.connect(self._name_or_class_edited)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter in a multi-line box makes a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_label)
        layout.addWidget(self.buttons)
        if record is not None:
            self._fill(record)
        self.name_edit.setFocus()

    def _fill(self, record: StudentRecord) -> None:
        s = record.student
        self.name_edit.setText(s.name)
        self.class_edit.setText(s.class_name)
        self.gender_combo.setCurrentIndex(GENDERS.index(s.gender or ""))
        self.birth_edit.setText("" if s.birth_year is None else str(s.birth_year))
        for difficulty, box in self.difficulty_boxes.items():
            box.setChecked(difficulty in s.difficulties)
        self.detail_edit.setPlainText(s.difficulty_detail)

    def _show_age(self, text: str) -> None:
        value = text.strip()
        age = age_in(int(value), self._today.year) if len(value) == 4 and value.isdigit() else None
        self.age_label.setText(self.tr("今年 {age} 岁").format(age=age) if age is not None and 0 < age < 40 else "")

    def _name_and_class(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.class_edit.text().strip()

    def _name_or_class_edited(self) -> None:
        """A student of the same name was pointed out; once the name or class changes, that no longer holds."""
        if self._same_name is not None and self._same_name != self._name_and_class():
            self._same_name = None
            self.save_button.setText(self.tr("保存"))

    def fields(self) -> dict[str, Any]:
        """What is in the form, as StudentService.add/edit take it (unchecked)."""
        return {
            "name": self.name_edit.text(),
            "class_name": self.class_edit.text(),
            "gender": GENDERS[self.gender_combo.currentIndex()] or None,
            "birth_year": self.birth_edit.text().strip() or None,
            "difficulties": [d.value for d, box in self.difficulty_boxes.items() if box.isChecked()],
            "difficulty_detail": self.detail_edit.toPlainText(),
        }

    def save(self) -> None:
        self.errors.clear()
        fields = self.fields()
        if self._same_name is not None and self._same_name == self._name_and_class():
            fields["same_name_ok"] = True  # the teacher was told of the other one and saves again: confirmed
        try:
            self._submit(fields)
        except DomainError as error:
            if error.code == "student_changed_elsewhere":
                self.errors.show_text(GENERAL, changed_while_editing())
            elif not self.errors.show(error):
                self.errors.show_text(GENERAL, error.message(self.errors.lang))
            if error.code == "student_same_name":
                self._same_name = self._name_and_class()
                # Editing, the student is not added but saved: the button says so.
                self.save_button.setText(self.tr("仍然添加") if self.record is None else self.tr("仍然保存"))
            return
        except StorageEnvironmentError as error:
            self.errors.show_text(GENERAL, error.message(self.errors.lang))
            return
        self.accept()
