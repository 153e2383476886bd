"""Choosing the students of a record by typing: a few characters of a name, Enter, and the next one.

The key mentee is offered first (and has a button of their own); chosen students show as buttons that a
click, Space or Delete takes away again, and Backspace in the empty box takes away the last one.

A name no student has is offered as a new student: last in the list as the teacher types, at once on
Enter when it matches no one, and as a button beside the box when saving finds it unmatched. The picker
only asks (`add_requested`); whoever holds the services adds the student, gives the picker the students
again (`set_students`) and chooses the new one (`choose_new`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QVBoxLayout, QWidget

from jilu_desktop.domain.students import StudentRecord, alike_ids
from jilu_desktop.ui.widgets.flow_layout import FlowLayout
from jilu_desktop.ui.widgets.wrap_row import WrapRow

ID_ROLE = Qt.ItemDataRole.UserRole
NEW_NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # on the list's last entry: the typed name, to add as a new student
_MATCH_ROLE = Qt.ItemDataRole.UserRole + 2  # what the completer matches the typed text against
_REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_SEPARATORS = ("，", ",", "、", "；", ";", " ")  # typed between names, they mean “next student”


class StudentPicker(QWidget):
    edited = Signal()  # the chosen students changed
    problem = Signal(str)  # what was typed names no student, or more than one
    add_requested = Signal(str)  # the teacher asks to add a new student of this name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._students: dict[int, StudentRecord] = {}
        self._alike: set[int] = set()  # students who share name and class with another: shown with their id
        self._order: list[int] = []  # the mentee first, then as the service lists them
        self._mentee_id: int | None = None
        self._chosen: list[int] = []
        self._chips: dict[int, QToolButton] = {}

        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("输入姓名中的字，按回车选中；可选多名"))
        self.line_edit.setAccessibleName(self.tr("帮扶对象"))
        self.line_edit.setAccessibleDescription(self.tr("输入学生姓名后按回车；按向下键列出全部学生"))
        self.line_edit.installEventFilter(self)
        self.line_edit.textEdited.connect(self._text_edited)
        # With the list open, its own Enter comes here (the completer hands the key straight to the box).
        self.line_edit.returnPressed.connect(self._enter)
        self.setFocusProxy(self.line_edit)

        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionRole(_MATCH_ROLE)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # Not line_edit.setCompleter(): that would write the chosen name into the box; here it becomes a chip.
        self.completer.setWidget(self.line_edit)
        self.completer.activated[QModelIndex].connect(self._completion_chosen)  # type: ignore[index]

        self.mentee_button = QToolButton(self)
        self.mentee_button.setAutoRaise(False)
        self.mentee_button.clicked.connect(self._add_mentee)
        self.mentee_button.hide()
        # Shown with the message that a name matches no one: add that name as a new student.
        self.new_button = QToolButton(self)
        # The name is in the box beside it and in the message under it: the button stays short.
        self.new_button.setText(self.tr("添加为新学生(&A)…"))
        self.new_button.setAutoRaise(False)
        self.new_button.clicked.connect(self._add_new_pressed)
        self.new_button.hide()
        self._offered_name = ""

        # The buttons beside the box, or under it where the row has no room for both (a large font, a small screen).
        row = WrapRow()
        row.addWidget(self.line_edit)
        row.addWidget(self.new_button)
        row.addWidget(self.mentee_button)
        self._chips_box = QWidget(self)
        self._flow = FlowLayout(self._chips_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self._chips_box)
        self._chips_box.hide()

    # What can be chosen

    def set_students(self, students: Sequence[StudentRecord], mentee_id: int | None = None) -> None:
        self._students = {s.id: s for s in students}
        self._alike = alike_ids(students)
        self._mentee_id = mentee_id if mentee_id in self._students else None
        ids = [s.id for s in students]
        self._order = sorted(ids, key=lambda i: i != self._mentee_id)  # stable: the rest keep their order
        self._chosen = [i for i in self._chosen if i in self._students]
        self._rebuild()

    def mentee_id(self) -> int | None:
        return self._mentee_id

    # What is chosen

    def selected_ids(self) -> list[int]:
        return list(self._chosen)

    def set_selected(self, ids: Sequence[int]) -> None:
        self._chosen = [i for i in dict.fromkeys(ids) if i in self._students]
        self._rebuild()
        self.edited.emit()

    def add(self, student_id: int) -> None:
        if student_id in self._chosen or student_id not in self._students:
            return
        self._chosen.append(student_id)
        self._rebuild()
        self.edited.emit()

    def remove(self, student_id: int) -> None:
        if student_id not in self._chosen:
            return
        position = self._chosen.index(student_id)
        self._chosen.remove(student_id)
        self._rebuild()
        self.edited.emit()
        # Keep the keyboard where it was: on the next chip, or back in the box.
        if self._chosen:
            self._chips[self._chosen[min(position, len(self._chosen) - 1)]].setFocus()
        else:
            self.line_edit.setFocus()

    def pending_text(self) -> str:
        return self.line_edit.text().strip()

    def choose_new(self, student_id: int) -> None:
        """A student just added for the name in the box: take them into the list, choose them, empty the box."""
        self.line_edit.clear()
        self._hide_new_button()
        self.add(student_id)
        self.line_edit.setFocus()

    def request_new(self, name: str | None = None) -> None:
        """Ask for `name` (by default what is typed in the box) to be added as a new student."""
        text = self.pending_text() if name is None else name.strip()
        if text:
            self._hide_list()
            self.add_requested.emit(text)

    def commit_pending(self) -> bool:
        """Choose the student named by what is still typed in the box; False (and `problem`) if none is."""
        text = self.pending_text()
        if not text:
            return True
        matches = self._matching(text)
        if len(matches) == 1:
            self.line_edit.clear()
            self.add(matches[0])
            return True
        if not matches and self._named_exactly(text, chosen=True):
            self.line_edit.clear()  # chosen already: nothing more to do
            self._sync_new_entry()
            return True
        if not matches:
            self._show_new_button(text)
            self.problem.emit(self.tr("没有找到学生“{name}”。请检查姓名，或按回车添加为新学生").format(name=text))
        else:
            self.problem.emit(
                self.tr("有 {count} 名学生与“{name}”相符，请从列表中选择").format(count=len(matches), name=text)
            )
        return False

    # Inside

    def _matching(self, text: str) -> list[int]:
        exact = [i for i in self._order if i not in self._chosen and self._students[i].student.name == text]
        if exact:
            return exact
        return [i for i in self._order if i not in self._chosen and text in self._students[i].student.name]

    def _named_exactly(self, text: str, *, chosen: bool) -> bool:
        """Is `text` the whole name of a student (of a chosen one, with `chosen`; else of anyone)?"""
        name = unicodedata.normalize("NFC", text)
        return any(
            record.student.name == name and (not chosen or record.id in self._chosen)
            for record in self._students.values()
        )

    def _offers_new(self, text: str) -> bool:
        """Is `text` a name to offer as a new student: typed, and no student's whole name?"""
        return bool(text) and not self._named_exactly(text, chosen=False)

    def full_label(self, student_id: int) -> str:
        """The student's name, class and id (编号): “李小明（五(1)班，编号 3）”."""
        s = self._students[student_id].student
        if not s.class_name:
            return self.tr("{name}（编号 {id}）").format(name=s.name, id=student_id)
        return self.tr("{name}（{class_name}，编号 {id}）").format(name=s.name, class_name=s.class_name, id=student_id)

    def _label(self, student_id: int) -> str:
        s = self._students[student_id].student
        if student_id in self._alike:
            text = self.full_label(student_id)  # two of one name and class: only the id tells them apart
        elif s.class_name:
            text = self.tr("{name}（{class_name}）").format(name=s.name, class_name=s.class_name)
        else:
            text = s.name
        if student_id == self._mentee_id:
            text += self.tr(" · 重点帮扶")
        return text

    def _chip_name(self, student_id: int) -> str:
        """The name on a student's button (a chosen one's chip, the mentee's “+”): with the id when another
        student has the same name and class."""
        name = self._students[student_id].student.name
        return self.tr("{name}（编号 {id}）").format(name=name, id=student_id) if student_id in self._alike else name

    def _rebuild(self) -> None:
        self._model.clear()
        for student_id in self._order:
            if student_id in self._chosen:
                continue
            label = self._label(student_id)
            item = QStandardItem(label)
            item.setData(label, _MATCH_ROLE)
            item.setData(student_id, ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        mentee = self._mentee_id
        if mentee is not None and mentee not in self._chosen:
            name = self._chip_name(mentee)
            self.mentee_button.setText(self.tr("+ {name}（重点帮扶，&M）").format(name=name))
            self.mentee_button.setAccessibleName(self.tr("添加重点帮扶学生{name}").format(name=name))
            self.mentee_button.show()
        else:
            self.mentee_button.hide()
        self._rebuild_chips()
        self._sync_new_entry()

    def _new_entry_text(self, name: str) -> str:
        return self.tr("添加新学生“{name}”…").format(name=name)

    def _sync_new_entry(self) -> None:
        """The list's last entry: “add a new student” with what is typed, unless a student has that name."""
        last = self._model.rowCount() - 1
        if last >= 0 and self._model.item(last).data(NEW_NAME_ROLE) is not None:
            self._model.removeRow(last)
        text = self.pending_text()
        if not self._offers_new(text):
            return
        item = QStandardItem(self._new_entry_text(text))
        item.setData(text, _MATCH_ROLE)  # matched by the name alone, however the entry reads in a language
        item.setData(text, NEW_NAME_ROLE)
        item.setEditable(False)
        item.setForeground(self.palette().brush(QPalette.ColorRole.Link))
        item.setToolTip(self._new_tip(text))
        self._model.appendRow(item)

    def _new_tip(self, name: str) -> str:
        return self.tr("把“{name}”添加到学生名单，并选为这条记录的帮扶对象").format(name=name)

    def _show_new_button(self, name: str) -> None:
        self._offered_name = name
        self.new_button.setToolTip(self._new_tip(name))
        self.new_button.setAccessibleName(self._new_entry_text(name))
        self.new_button.show()

    def _hide_new_button(self) -> None:
        self._offered_name = ""
        self.new_button.hide()

    def _add_new_pressed(self) -> None:
        self.request_new(self._offered_name)

    def _rebuild_chips(self) -> None:
        for chip in self._chips.values():
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = {}
        previous: QWidget = self.line_edit if self.mentee_button.isHidden() else self.mentee_button
        for student_id in self._chosen:
            name = self._chip_name(student_id)
            chip = QToolButton(self._chips_box)
            chip.setText(self.tr("{name} ✕").format(name=name))
            chip.setToolTip(self.tr("取下{label}（Delete）").format(label=self._label(student_id)))
            chip.setAccessibleName(self.tr("已选：{name}，按空格键取下").format(name=name))
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.clicked.connect(lambda _=False, i=student_id: self.remove(i))
            chip.installEventFilter(self)
            self._flow.addWidget(chip)
            chip.show()  # at once, not at the next event: the keyboard may be sent to it right away
            self._chips[student_id] = chip
            QWidget.setTabOrder(previous, chip)
            previous = chip
        self._chips_box.setVisible(bool(self._chosen))

    def _completion_chosen(self, index: QModelIndex) -> None:
        new_name = index.data(NEW_NAME_ROLE)
        if isinstance(new_name, str):
            self.request_new(new_name)  # the box keeps the name until the student is added
            return
        student_id = index.data(ID_ROLE)
        self.line_edit.clear()
        if isinstance(student_id, int):
            self.add(student_id)
        else:
            self._sync_new_entry()

    def _enter(self) -> None:
        """Enter in the box: choose the student named, or offer a name that matches no one as a new student."""
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # an entry of the list is highlighted: the completer chooses it, just after this
        self._hide_list()
        text = self.pending_text()
        if text and not self._matching(text) and self._offers_new(text):
            self.request_new(text)
            return
        self.commit_pending()

    def _add_mentee(self) -> None:
        if self._mentee_id is not None:
            self.add(self._mentee_id)
            self.line_edit.setFocus()

    def _text_edited(self, text: str) -> None:
        self._hide_new_button()  # it offered what was typed before
        if text and text[-1] in _SEPARATORS and text.strip("".join(_SEPARATORS)):
            self.line_edit.setText(text[:-1])
            self._sync_new_entry()
            if self.commit_pending():
                self._hide_list()
            return
        self._sync_new_entry()
        if text.strip():
            self.completer.setCompletionPrefix(text.strip())
            self.completer.complete()  # the list of matching students, as the teacher types
        else:
            self._hide_list()

    def _hide_list(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.line_edit:
            popup = self.completer.popup()
            popup_open = popup is not None and popup.isVisible()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pending_text():
                self._enter()
                return True  # Enter here chooses (or adds) a student; it must not save the record
            if key == Qt.Key.Key_Down and not popup_open:
                self.completer.setCompletionPrefix(self.line_edit.text())
                self.completer.complete()
                return True
            if key == Qt.Key.Key_Backspace and not self.line_edit.text() and self._chosen:
                self.remove(self._chosen[-1])
                self.line_edit.setFocus()
                return True
            return False
        for student_id, chip in self._chips.items():
            if watched is chip and key in _REMOVE_KEYS:
                self.remove(student_id)
                return True
        return False
