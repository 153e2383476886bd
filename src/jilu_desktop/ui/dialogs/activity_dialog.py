"""Quick entry of an activity record (新增/修改活动记录), made to be filled in a few seconds from the keyboard.

Ctrl+N opens it with today's date, the kind and place of the last record, and the cursor in 帮扶对象: type a
few characters of a name and Enter, Tab to the content, type, Ctrl+Enter. A rule that says no is shown
beside its field and nothing is saved; closing with unsaved changes asks first. It is opened with open(), so
it is window-modal without blocking (tests drive it as a teacher would).

A name that matches no student can be added from here (帮扶对象: Enter, or “添加新学生…”): the student dialog
opens with the name filled in, and on 保存 the student is added through the services, pushed on the undo
stack as the students page does (so the window's pages show them), and chosen. The student stays even if
the record is then dropped: adding them was a step of its own, undone with Ctrl+Z like any other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.activities import CONTENT_LIMIT, ActivityKind, ActivityRecord
from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.students import SameNameError
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.dialogs.student_dialog import StudentDialog
from jilu_desktop.ui.field_errors import ERROR_COLOR, GENERAL, FieldErrors, changed_while_editing, make_error_label
from jilu_desktop.ui.labels import kinds, time_text
from jilu_desktop.ui.pages.people_commands import AddStudent
from jilu_desktop.ui.undo import activity_fields, add_activity, edit_activity
from jilu_desktop.ui.widgets.student_picker import StudentPicker

CONTENT_MIN_CHARS = 45  # the content box's least width, in the font's average character widths

Fields = dict[str, Any]


class ActivityDialog(QDialog):
    saved = Signal(int)  # the id of the record just saved

    def __init__(
        self,
        services: AppServices,
        undo_stack: Any,
        parent: QWidget | None = None,
        record: ActivityRecord | None = None,
        template: ActivityRecord | None = None,
    ) -> None:
        """A new record (optionally a copy of `template`, dated today), or `record` to edit."""
        super().__init__(parent)
        self._services = services
        self._stack = undo_stack
        self.record = record
        self.discard_box: QMessageBox | None = None
        self.student_dialog: StudentDialog | None = None  # adding a student not yet in the list
        today = services.clock.today()

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("日期"))
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText(self.tr("如 16:30，可不填"))
        self.time_edit.setAccessibleName(self.tr("时间"))
        # As wide as its hint, in any language and font size: a cut hint tells the teacher nothing.
        self.time_edit.setFixedWidth(hint_width(self.time_edit))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("活动类型"))
        for kind, label in kinds():
            self.kind_combo.addItem(label, kind.value)  # a StrEnum would come back from Qt as a plain str
        self.picker = StudentPicker(self)
        # Its hint (输入姓名中的字，按回车选中；可选多名) says how to choose: never cut, in any language or size.
        self.picker.line_edit.setMinimumWidth(hint_width(self.picker.line_edit))
        self.place_edit = QLineEdit(self)
        self.place_edit.setAccessibleName(self.tr("地点"))
        self.place_edit.setPlaceholderText(self.tr("如 教室、办公室、学生家中"))
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setAccessibleName(self.tr("帮扶内容或帮扶心得"))
        self.content_edit.setPlaceholderText(self.tr("做了什么，或帮扶心得"))
        self.content_edit.setTabChangesFocus(True)  # Tab goes on to the buttons, as in every other field
        self.content_edit.setMinimumHeight(120)
        # The dialog's least width, in the font's characters: a larger font gets a wider dialog (about 520 px at the
        # default 10 pt). Set on a field, not on the dialog, whose layout then still widens it for what the
        # other rows need (a minimum set on the dialog would replace the layout's, and squeeze their labels).
        self.content_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * CONTENT_MIN_CHARS)
        self.counter_label = QLabel(self)
        self.counter_label.setAccessibleName(self.tr("字数"))
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._counter_palette = QPalette(self.counter_label.palette())
        self.content_edit.textChanged.connect(self._count)

        self.errors = FieldErrors(self, lang=services.settings.language)
        self.picker.problem.connect(lambda text: self.errors.show_text("students", text))
        self.picker.add_requested.connect(self.add_student)
        when = QWidget(self)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.errors.wrap("date", self.date_edit))
        time_label = QLabel(self.tr("时间(&T)"), when)
        time_label.setBuddy(self.time_edit)
        when_row.addWidget(time_label)
        when_row.addWidget(self.errors.wrap("time", self.time_edit))
        when_row.addStretch(1)
        content_box = QWidget(self)
        content_layout = QVBoxLayout(content_box)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(2)
        content_layout.addWidget(self.errors.wrap("content", self.content_edit))
        content_layout.addWidget(self.counter_label)

        # Under 帮扶对象: which student was chosen for a name given in the student dialog (see _submit_student).
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("提示"))
        self.notice_label.hide()
        self.picker.edited.connect(lambda: self._tell(""))
        students_box = QWidget(self)
        students_layout = QVBoxLayout(students_box)
        students_layout.setContentsMargins(0, 0, 0, 0)
        students_layout.setSpacing(2)
        students_layout.addWidget(self.errors.wrap("students", self.picker, aliases=["mentee"]))
        students_layout.addWidget(self.notice_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, buddy, field in (
            (self.tr("日期(&D)"), self.date_edit, when),
            (self.tr("类型(&K)"), self.kind_combo, self.errors.wrap("kind", self.kind_combo)),
            (self.tr("帮扶对象(&S)"), self.picker, students_box),
            (self.tr("地点(&P)"), self.place_edit, self.errors.wrap("place", self.place_edit)),
            (self.tr("内容(&C)"), self.content_edit, content_box),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(buddy)
            form.addRow(row_label, field)
        self.general_label = make_error_label(self)
        self.errors.set_general(self.general_label)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("保存(Ctrl+回车)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.duplicate_button = QPushButton(self.tr("复制为新记录(&N)"), self)
        self.duplicate_button.setToolTip(self.tr("同样的帮扶又做了一次：复制这条记录，日期改为今天"))
        self.buttons.addButton(self.duplicate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.duplicate_button.clicked.connect(self.duplicate)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_label)
        layout.addWidget(self.buttons)

        self._load_students(today)
        if record is not None:
            self._show(activity_fields(record))
        elif template is not None:
            self._show({**activity_fields(template), "date": today})
        else:
            self._show(self._fresh(today))
        self._mark_clean()
        self.picker.setFocus()

    # What the teacher sees

    def showEvent(self, event: QShowEvent) -> None:
        """As tall as its rows need at the width it is shown at: at a large font the key mentee's button goes under
        the students' box (the dialog stays narrower than the screen), and Qt measured the height for one line."""
        super().showEvent(event)
        layout = self.layout()
        if not event.spontaneous() and layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _load_students(self, today: dt.date) -> None:
        pledge = self._services.pledges.get(school_year_of(today))
        self.picker.set_students(self._services.students.list(), pledge.mentee.id if pledge else None)

    def _fresh(self, today: dt.date) -> Fields:
        latest = self._services.activities.summaries(limit=1)
        return {
            "date": today,
            "time": None,
            "kind": latest[0].kind if latest else ActivityKind.TALK,
            "student_ids": [],
            # The place of the last record: most sessions happen where the last one did.
            "place": self._services.activities.last_place() or "",
            "content": "",
        }

    def _show(self, fields: Fields) -> None:
        self._show_mode()
        self._show_date(fields["date"])
        self.time_edit.setText(time_text(fields["time"]))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(ActivityKind(fields["kind"]).value)))
        self.picker.set_selected(fields["student_ids"])
        self.place_edit.setText(fields["place"])
        self.content_edit.setPlainText(fields["content"])
        self.errors.clear()
        self._count()

    def _show_mode(self) -> None:
        self.setWindowTitle(self.tr("新增活动记录") if self.record is None else self.tr("修改活动记录"))
        self.duplicate_button.setVisible(self.record is not None)

    def _show_date(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _count(self) -> None:
        count = len(self.content_edit.toPlainText().strip())
        self.counter_label.setText(self.tr("{count} / {limit} 字").format(count=count, limit=CONTENT_LIMIT))
        palette = QPalette(self._counter_palette)
        if count > CONTENT_LIMIT:
            palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
        self.counter_label.setPalette(palette)

    def fields(self) -> Fields:
        """What the form holds, as the services take it; the services check it."""
        return {
            "date": self.date_edit.date().toPython(),
            "time": self.time_edit.text(),
            "kind": ActivityKind(self.kind_combo.currentData()),
            "student_ids": self.picker.selected_ids(),
            "place": self.place_edit.text(),
            "content": self.content_edit.toPlainText(),
        }

    def _snapshot(self) -> tuple[object, ...]:
        return (*self.fields().values(), self.picker.pending_text())

    def _mark_clean(self) -> None:
        self._clean = self._snapshot()

    def is_dirty(self) -> bool:
        """Has the teacher changed anything since the dialog opened (or since the last save)?"""
        return self._snapshot() != self._clean

    # What the teacher does

    def add_student(self, name: str) -> StudentDialog | None:
        """The student dialog with `name` filled in; on 保存 the student is added and chosen in 帮扶对象."""
        if self.student_dialog is not None:
            self.student_dialog.raise_()
            self.student_dialog.activateWindow()
            return self.student_dialog
        try:
            students = self._services.students.list()
        except StorageEnvironmentError as error:
            messages.show_message(
                self, self.tr("无法添加学生"), error.message(self.errors.lang), QMessageBox.Icon.Warning
            )
            return None
        dialog = StudentDialog(
            self._submit_student,
            self._services.settings.language,
            self._services.clock.today(),
            class_names=[r.student.class_name for r in students],
            parent=self,
        )
        dialog.name_edit.setText(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._student_dialog_closed)
        self.student_dialog = dialog
        dialog.open()
        return dialog

    def _submit_student(self, fields: Fields) -> None:
        """Add the student (a rule that says no is raised back to the student dialog) and choose them.

        A student of that name already in the list is refused as on the students page (the student dialog
        says so, and its button becomes 仍然添加), with one exception: when only the name (and class) was
        filled in and one student matches, that is the student meant (a name put right in the dialog, say).
        They are chosen, and the dialog says which one; nothing typed is dropped.
        """
        today = self._services.clock.today()
        fields = dict(fields)
        same_name_ok = bool(fields.pop("same_name_ok", False))  # confirmed in the student dialog
        try:
            student_id = self._services.students.add(same_name_ok=same_name_ok, **fields)
        except SameNameError as error:
            if len(error.others) != 1 or not _name_and_class_only(fields):
                raise
            existing = error.others[0]
            self._load_students(today)
            self.picker.choose_new(existing.id)
            self._tell(
                self.tr("已选择名单中已有的学生{label}。如果是另一名同名的学生，请取下后到“学生”页添加。").format(
                    label=self.picker.full_label(existing.id)
                )
            )
            return
        record = self._services.students.get(student_id)
        # As the students page does: a step of its own on the window's stack, which refreshes the pages.
        self._stack.push(AddStudent(self._stack, self._services, record, _undo_refused))
        self._load_students(today)
        self.picker.choose_new(student_id)

    def _tell(self, text: str) -> None:
        """A note under 帮扶对象 (not an error): until the students chosen change."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def _student_dialog_closed(self) -> None:
        self.student_dialog = None
        # Back in 帮扶对象, for the next name (or the name to put right). Not every platform gives the
        # keyboard back to this dialog by itself when the one over it closes.
        self.activateWindow()
        self.picker.setFocus()

    def save(self) -> None:
        self.errors.clear()
        if not self.picker.commit_pending():
            return  # the picker has said what is wrong with the name still in the box
        try:
            if self.record is None:
                saved = add_activity(self._stack, self._services, **self.fields())
            else:
                saved = edit_activity(
                    self._stack, self._services, self.record.id, expected=self.record, **self.fields()
                )
        except DomainError as error:
            if error.code == "activity_changed_elsewhere":
                self.errors.show_text(GENERAL, changed_while_editing())
            else:
                self.errors.show(error)  # beside its field, or above the buttons
            return
        except StorageEnvironmentError as error:
            # The draft stays in the dialog: the teacher can try again once the problem is solved.
            messages.show_message(self, self.tr("无法保存"), error.message(self.errors.lang), QMessageBox.Icon.Warning)
            return
        self._mark_clean()
        self.saved.emit(saved.id)
        self.accept()

    def duplicate(self) -> None:
        """Turn this dialog into a new record with the same students, place and content, dated today."""
        if self.record is None:
            return
        self.record = None
        self._show_mode()
        self._show_date(self._services.clock.today())
        self.errors.clear()
        self._clean = ()  # a copy not yet saved is a draft: closing it asks
        self.content_edit.setFocus()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button (QDialog calls this): ask before dropping what was typed."""
        if self.student_dialog is not None:
            # A student being added over the record (the main window closing, say): that one first.
            self.student_dialog.raise_()
            self.student_dialog.activateWindow()
            return
        if not self.is_dirty():
            super().reject()
            return
        if self.discard_box is not None:
            self.discard_box.raise_()
            return
        self.discard_box = messages.ask(
            self,
            self.tr("放弃这条记录？"),
            self.tr("这条记录还没有保存。放弃后，刚才填写的内容将不会保留。"),
            yes=self.tr("放弃(&Q)"),
            no=self.tr("继续填写(&K)"),
            on_answer=self._discard_answered,
        )

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            self._mark_clean()
            super().reject()


def hint_width(edit: QLineEdit) -> int:
    """The width a line edit needs to show its placeholder whole (its frame and margins included)."""
    metrics = edit.fontMetrics()
    return metrics.horizontalAdvance(edit.placeholderText()) + metrics.height() + 8


def _name_and_class_only(fields: Fields) -> bool:
    """Was nothing but the name (and class) filled in the student dialog?"""
    return not (
        fields.get("gender")
        or str(fields.get("birth_year") or "").strip()
        or fields.get("difficulties")
        or str(fields.get("difficulty_detail") or "").strip()
    )


def _undo_refused(error: Exception) -> None:
    """Undoing or redoing an added student failed, on a stack that is not the window's UndoStack (the window's
    tells the teacher through its `failed` signal). The dialog may be long closed by then: ServiceCommand has
    logged it, and there is no page here to tell."""


def show_one(
    current: ActivityDialog | None,
    dialog: ActivityDialog,
    on_saved: Callable[[int], None],
    on_closed: Callable[[], None],
) -> ActivityDialog:
    """Open `dialog`, unless a page's `current` one is still open: one record at a time, so that one comes
    to the front and the new one is dropped. Returns the dialog on screen."""
    if current is not None and current.isVisible():
        dialog.deleteLater()
        current.raise_()
        current.activateWindow()
        return current
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(on_saved)
    dialog.destroyed.connect(on_closed)
    dialog.open()
    return dialog
