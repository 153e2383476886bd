"""学生: the students the teacher helps, the key mentee first, and beside them every activity with the one chosen.

Add, edit and delete go through the services and onto the undo stack. A student who appears in records is
never deleted (the service refuses, and the page says so and offers to show the records); one without
records is deleted after asking, and the deletion can be undone.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QStandardItem, QStandardItemModel, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.activities import ActivityFilter, ActivityKind, ActivityRecord
from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.errors import ConflictError, NotFoundError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.students import Difficulty, StudentRecord, age_in, alike_ids
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.dialogs.student_dialog import StudentDialog
from jilu_desktop.ui.labels import difficulty_labels, difficulty_short_labels, gender_label, kind_label, listing
from jilu_desktop.ui.pages.page_undo import report_failure, stack_moved
from jilu_desktop.ui.pages.people_commands import AddStudent, DeleteStudent, EditStudent
from jilu_desktop.ui.pages.target_row import scaled_font
from jilu_desktop.ui.widgets.shortcuts import page_shortcut
from jilu_desktop.ui.widgets.table_columns import OneLineDelegate, heading_width, needed_width, set_width
from jilu_desktop.ui.widgets.undo_notice import UndoNotice

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STUDENT_COLUMNS = 4  # 姓名, 班级, 困难, 记录
NAME_COLUMN = 0
CLASS_COLUMN = 1
DIFFICULTY_COLUMN = 2
COUNT_COLUMN = 3
# The timeline's columns: the date and the kind are never cut, the place and the others with the student give
# way (to at most this share of what is left after them), the content takes the rest.
DATE, KIND, PLACE, OTHERS, CONTENT = range(5)
PLACE_SHARE, OTHERS_SHARE = 0.2, 0.25
CONTENT_LEAST = "帮扶内容或帮扶心得"  # the content column keeps at least this much room


def _one_line_item(text: str) -> QStandardItem:
    """A cell showing `text` on one line (line breaks as spaces), with all of it in the tooltip."""
    item = QStandardItem(" ".join(text.split()))
    item.setToolTip(text)
    return item


class StudentsPage(QWidget):
    show_records_requested = Signal(int)  # a student's id: show their records on the records page
    open_activity_requested = Signal(int)  # an activity's id, double-clicked in the timeline

    def __init__(self, services: AppServices, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stack = undo_stack
        self._records: dict[int, StudentRecord] = {}
        self._mentee_id: int | None = None
        self._refreshing = False
        self.dialog: StudentDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.refusal_box: QMessageBox | None = None
        self.show_records_button: QAbstractButton | None = None

        self._build_list()
        self._build_details()
        self._build_notice()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        undo_stack.indexChanged.connect(self._stack_moved)
        self.refresh()

    # --- building ---
    def _build_list(self) -> None:
        self.list_panel = QWidget(self)
        self.search_edit = QLineEdit(self.list_panel)
        self.search_edit.setPlaceholderText(self.tr("查找学生（姓名或班级）"))
        self.search_edit.setAccessibleName(self.tr("查找学生"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, STUDENT_COLUMNS, self)
        self.model.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("班级"), self.tr("困难"), self.tr("记录")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.list_view = QTableView(self.list_panel)
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("学生名单"))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.setAlternatingRowColors(True)
        # The names are what the list is for: their column is as wide as the longest name needs (the mentee's,
        # with its mark, in bold), and the class and difficulties columns give way (_fit_columns). A name too
        # long even for that wraps onto a second line instead of being cut; a long class or list of
        # difficulties stays on one line and ends in “…” (the tooltip has all of it). A vertical bar appearing
        # must not push the columns sideways.
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setWordWrap(True)
        one_line = OneLineDelegate(self.list_view)
        for column in (CLASS_COLUMN, DIFFICULTY_COLUMN, COUNT_COLUMN):
            self.list_view.setItemDelegateForColumn(column, one_line)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CLASS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DIFFICULTY_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.list_view.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line as tall as before; a wrapped name taller
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.viewport().installEventFilter(self)
        self.add_button = QPushButton(self.tr("添加学生(&N)"), self.list_panel)
        self.edit_button = QPushButton(self.tr("修改(&E)"), self.list_panel)
        self.delete_button = QPushButton(self.tr("删除(&D)"), self.list_panel)
        self.add_button.setToolTip(self.tr("添加一名帮扶的学生（Alt+N）"))
        self.edit_button.setToolTip(self.tr("修改所选学生的信息（Enter 或 F2）"))
        self.delete_button.setToolTip(self.tr("删除所选学生（Delete）；有活动记录的学生不能删除"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(buttons)

        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.search_edit.textChanged.connect(lambda _: self._select_first_if_none())
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list_view.activated.connect(lambda _: self.edit_selected())
        self.add_button.clicked.connect(self.add_student)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        own = Qt.ShortcutContext.WidgetShortcut
        page_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view, self.delete_selected, own)
        page_shortcut(QKeySequence(Qt.Key.Key_F2), self.list_view, self.edit_selected, own)
        page_shortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        # Down from the search box goes into the list, as in a file manager's filter.
        page_shortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit, self.list_view.setFocus, own)

    def _build_details(self) -> None:
        self.detail_panel = QWidget(self)
        self.name_label = QLabel(self.detail_panel)
        self.name_label.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setAccessibleName(self.tr("学生姓名"))
        self.mentee_label = QLabel(self.tr("重点帮扶"), self.detail_panel)
        self.mentee_label.setAccessibleName(self.tr("重点帮扶学生标记"))
        self.mentee_label.setStyleSheet(
            "QLabel { color: white; background: #c62828; border-radius: 4px; padding: 2px 8px; }"
        )
        self.empty_label = QLabel(self.detail_panel)
        self.empty_label.setWordWrap(True)
        self.empty_label.setFont(scaled_font(self.font(), 1.15))
        self.class_label = QLabel(self.detail_panel)
        self.gender_label = QLabel(self.detail_panel)
        self.birth_label = QLabel(self.detail_panel)
        self.difficulties_label = QLabel(self.detail_panel)
        self.detail_label = QLabel(self.detail_panel)
        for label in (self.class_label, self.difficulties_label, self.detail_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info = QWidget(self.detail_panel)
        form = QFormLayout(self.info)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("班级："), self.class_label)
        form.addRow(self.tr("性别："), self.gender_label)
        form.addRow(self.tr("出生年份："), self.birth_label)
        form.addRow(self.tr("困难类别："), self.difficulties_label)
        form.addRow(self.tr("困难情况："), self.detail_label)

        self.timeline_title = QLabel(self.detail_panel)
        self.timeline_title.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.timeline_title.setWordWrap(True)  # a long name, or a longer language, must not widen the page
        self.timeline_summary = QLabel(self.detail_panel)
        self.timeline_summary.setWordWrap(True)
        self.timeline_model = QStandardItemModel(0, 5, self)
        self.timeline_model.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("类型"), self.tr("地点"), self.tr("一同帮扶"), self.tr("帮扶内容或帮扶心得")]
        )
        self.timeline_view = QTableView(self.detail_panel)
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setAccessibleName(self.tr("与该学生的全部帮扶记录"))
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line a record: what does not fit ends in “…”, and its tooltip (or a double click) shows all of it.
        self.timeline_view.setWordWrap(False)
        self.timeline_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline_view.setAlternatingRowColors(True)
        header = self.timeline_view.horizontalHeader()
        for column in (DATE, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (PLACE, OTHERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)  # set by _fit_timeline_columns
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        self.timeline_view.viewport().installEventFilter(self)
        self.timeline_view.activated.connect(self._activity_activated)

        heading = QHBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.mentee_label)
        heading.addStretch(1)
        layout = QVBoxLayout(self.detail_panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.info)
        layout.addSpacing(8)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline_summary)
        layout.addWidget(self.timeline_view, 1)

    def _build_notice(self) -> None:
        """A line over the page saying what was just done, with a button to undo it."""
        self.notice = UndoNotice(self._stack, self.tr("撤销刚才的操作（Ctrl+Z）"), self)
        self.notice_label = self.notice.label
        self.notice_undo = self.notice.undo_button
        self.notice_close = self.notice.close_button

    # --- reading ---
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.list_view.viewport():
                self._fit_columns()
            elif watched is self.timeline_view.viewport():
                self._fit_timeline_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The name column as wide as its longest name, as far as the other columns leave room.

        The record column keeps its contents' width; the class and difficulties columns give way down to the
        width of their headings (then their texts end in “…”). A name that still does not fit wraps (the rows
        grow to their contents). Of what the names leave, the class column takes what it needs as long as the
        difficulties keep what they need or half, and the difficulties the rest.
        """
        view = self.list_view
        header = view.horizontalHeader()
        width = view.viewport().width()
        count = needed_width(view, COUNT_COLUMN)
        least_class, least_difficulty = heading_width(view, CLASS_COLUMN), heading_width(view, DIFFICULTY_COLUMN)
        name = max(
            min(needed_width(view, NAME_COLUMN), width - count - least_class - least_difficulty),
            heading_width(view, NAME_COLUMN),
        )
        rest = width - count - name
        difficulties = min(needed_width(view, DIFFICULTY_COLUMN), rest // 2)
        class_width = max(
            min(needed_width(view, CLASS_COLUMN), rest - max(difficulties, least_difficulty)), least_class
        )
        set_width(header, NAME_COLUMN, name)
        set_width(header, CLASS_COLUMN, class_width)

    def _fit_timeline_columns(self) -> None:
        """The date and kind whole; the place and the others with the student as wide as they need, when the
        content keeps its least room (CONTENT_LEAST), else up to their share of the room; the content the rest."""
        view = self.timeline_view
        header = view.horizontalHeader()
        room = max(0, view.viewport().width() - header.sectionSize(DATE) - header.sectionSize(KIND))
        content = max(heading_width(view, CONTENT), view.fontMetrics().horizontalAdvance(CONTENT_LEAST))
        place, others = needed_width(view, PLACE), needed_width(view, OTHERS)
        if place + others + content > room:
            place = max(heading_width(view, PLACE), min(place, int(room * PLACE_SHARE)))
            others = max(heading_width(view, OTHERS), min(others, int(room * OTHERS_SHARE)))
        set_width(header, PLACE, place)
        set_width(header, OTHERS, others)

    def _lang(self) -> Lang:
        return self._services.settings.language()

    def _name_text(self, name: str, student_id: int, is_mentee: bool, alike: bool) -> str:
        if alike:
            if is_mentee:
                return self.tr("{name}（编号 {id}，重点帮扶）").format(name=name, id=student_id)
            return self.tr("{name}（编号 {id}）").format(name=name, id=student_id)
        return self.tr("{name}（重点帮扶）").format(name=name) if is_mentee else name

    def refresh(self) -> None:
        """Read the students, the current mentee and the chosen student's records again."""
        keep = self.selected_id()
        pledge = self._services.pledges.get(school_year_of(self._services.clock.today()))
        self._mentee_id = pledge.pledge.mentee_id if pledge is not None else None
        records = self._services.students.list()
        # The key mentee first; the rest in the service's order (class, then name).
        records.sort(key=lambda r: r.id != self._mentee_id)
        self._records = {r.id: r for r in records}
        self.model.removeRows(0, self.model.rowCount())
        labels = difficulty_short_labels()
        full_labels = difficulty_labels()
        alike = alike_ids(records)  # two of one name and class: only the id (编号) tells them apart
        for record in records:
            s = record.student
            is_mentee = record.id == self._mentee_id
            name = QStandardItem(self._name_text(s.name, record.id, is_mentee, record.id in alike))
            name.setData(record.id, ID_ROLE)
            if is_mentee:
                font = QFont(self.font())
                font.setBold(True)
                name.setFont(font)
                name.setToolTip(self.tr("本学年志愿书中的重点帮扶学生"))
            hard = QStandardItem(listing(labels[d] for d in Difficulty if d in s.difficulties))
            hard.setToolTip(listing(full_labels[d] for d in Difficulty if d in s.difficulties))  # when cut short
            count = QStandardItem(str(record.activity_count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            class_name = QStandardItem(s.class_name)
            class_name.setToolTip(s.class_name)  # when cut short
            self.model.appendRow([name, class_name, hard, count])
        self._fit_columns()
        self.edit_button.setEnabled(bool(records))
        self.delete_button.setEnabled(bool(records))
        self._refreshing = True  # the selection is put back below: show the student once, at the end
        try:
            if keep is None or not self.select_student(keep):
                self._select_first_if_none()
        finally:
            self._refreshing = False
        self._show_selected()

    def _current_changed(self, *_: object) -> None:
        if not self._refreshing:
            self._show_selected()

    def _select_first_if_none(self) -> None:
        if self.selected_id() is None and self.proxy.rowCount() > 0:
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.list_view.scrollTo(index)

    def select_student(self, student_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == student_id:
                self._select_row(row)
                return True
        return False

    def selected_id(self) -> int | None:
        index = self.list_view.selectionModel().currentIndex()
        if not index.isValid() or not self.list_view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        value = self.proxy.index(index.row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def student_names(self) -> list[str]:
        """The names as listed, top to bottom (the mentee's with its mark)."""
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]

    def _show_selected(self) -> None:
        record = self._records.get(self.selected_id() or -1)
        has = record is not None
        for widget in (self.info, self.timeline_title, self.timeline_summary, self.timeline_view):
            widget.setVisible(has)
        self.empty_label.setVisible(not has)
        self.mentee_label.setVisible(has and record is not None and record.id == self._mentee_id)
        self.timeline_model.removeRows(0, self.timeline_model.rowCount())
        if record is None:
            self.name_label.setText("")
            if self._records:
                self.empty_label.setText(self.tr("没有找到符合条件的学生。"))
            else:
                self.empty_label.setText(self.tr("还没有学生。点“添加学生”，把您帮扶的学生加进来。"))
            return
        s = record.student
        self.name_label.setText(s.name)
        self.class_label.setText(s.class_name or self.tr("（未填）"))
        self.gender_label.setText(gender_label(s.gender) or self.tr("（未填）"))
        age = age_in(s.birth_year, self._services.clock.today().year)
        self.birth_label.setText(
            self.tr("{year}年（今年 {age} 岁）").format(year=s.birth_year, age=age)
            if s.birth_year is not None
            else self.tr("（未填）")
        )
        labels = difficulty_labels()
        self.difficulties_label.setText(
            listing(labels[d] for d in Difficulty if d in s.difficulties) or self.tr("（无）")
        )
        self.detail_label.setText(s.difficulty_detail or self.tr("（未填）"))
        self._show_timeline(record, self._services.activities.list(ActivityFilter(student_id=record.id)))

    def _show_timeline(self, record: StudentRecord, activities: list[ActivityRecord]) -> None:
        counts = dict.fromkeys(ActivityKind, 0)
        for a in activities:
            counts[a.activity.kind] += 1
            others = listing(s.name for s in a.students if s.id != record.id)
            date = QStandardItem(a.activity.date.isoformat())
            date.setData(a.id, ID_ROLE)
            # One line each: the whole of a text that may be cut short is in its tooltip.
            place, together, content = (_one_line_item(text) for text in (a.activity.place, others, a.activity.content))
            self.timeline_model.appendRow([date, QStandardItem(kind_label(a.activity.kind)), place, together, content])
        self.timeline_title.setText(
            self.tr("与{name}的帮扶记录（共 {count} 条，新的在前）").format(
                name=record.student.name, count=len(activities)
            )
        )
        if activities:
            self.timeline_summary.setText(
                self.tr("谈心 {talk} 次、家访 {visit} 次、补课辅导 {tutoring} 次、生活帮扶 {assistance} 次").format(
                    talk=counts[ActivityKind.TALK],
                    visit=counts[ActivityKind.HOME_VISIT],
                    tutoring=counts[ActivityKind.TUTORING],
                    assistance=counts[ActivityKind.ASSISTANCE],
                )
            )
        else:
            self.timeline_summary.setText(self.tr("还没有与这名学生的活动记录。"))
        self._fit_timeline_columns()

    def timeline_rows(self) -> list[list[str]]:
        """What the timeline shows, row by row (for tests and screen readers' sake, plain strings)."""
        model = self.timeline_model
        return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]

    def _activity_activated(self, index: QModelIndex) -> None:
        activity_id = self.timeline_model.index(index.row(), 0).data(ID_ROLE)
        if activity_id is not None:
            self.open_activity_requested.emit(int(activity_id))

    # --- changing ---
    def add_student(self) -> StudentDialog:
        classes = [r.student.class_name for r in self._records.values()]
        dialog = StudentDialog(self._submit_new, self._lang, self._services.clock.today(), None, classes, self)
        return self._open(dialog)

    def edit_selected(self) -> StudentDialog | None:
        student_id = self.selected_id()
        if student_id is None:
            return None
        try:
            record = self._services.students.get(student_id)
        except NotFoundError:
            self.refresh()  # gone meanwhile (deleted through the `jilu` command)
            return None
        classes = [r.student.class_name for r in self._records.values()]
        submit = lambda fields: self._submit_edit(record, fields)  # noqa: E731
        dialog = StudentDialog(submit, self._lang, self._services.clock.today(), record, classes, self)
        return self._open(dialog)

    def _open(self, dialog: StudentDialog) -> StudentDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.list_view.setFocus()

    def _submit_new(self, fields: dict[str, Any]) -> None:
        new_id = self._services.students.add(**fields)
        record = self._services.students.get(new_id)
        self._push(AddStudent(self._stack, self._services, record, self._report))
        self.refresh()
        self.select_student(new_id)
        self._tell(self.tr("已添加学生“{name}”。").format(name=record.student.name))

    def _submit_edit(self, before: StudentRecord, fields: dict[str, Any]) -> None:
        after = self._services.students.edit(before.id, expected=before.student, **fields)
        if after.student != before.student:
            self._push(EditStudent(self._stack, self._services, before, after.student, self._report))
            self._tell(self.tr("已保存对“{name}”的修改。").format(name=after.student.name))
        self.refresh()
        self.select_student(before.id)

    def delete_selected(self) -> None:
        student_id = self.selected_id()
        if student_id is None:
            return
        try:
            record = self._services.students.get(student_id)
            refused = bool(record.activity_count) or self._is_any_mentee(student_id)
        except (NotFoundError, StorageEnvironmentError) as error:
            self._report(error)
            return
        if not refused:
            self._ask_delete(record)
            return
        # The service refuses to orphan records (or a pledge): no need to ask first; let it say why.
        self._delete_now(student_id, record)

    def _is_any_mentee(self, student_id: int) -> bool:
        for year in self._services.pledges.years():
            view = self._services.pledges.get(year)
            if view is not None and view.pledge.mentee_id == student_id:
                return True
        return False

    def _ask_delete(self, record: StudentRecord) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("删除学生"),
            self.tr("确定要删除学生“{name}”吗？\n这名学生还没有活动记录；删除后可以撤销（Ctrl+Z）。").format(
                name=record.student.name
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        yes = box.addButton(self.tr("删除"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        self.delete_confirm_button = yes

        def done() -> None:
            self.confirm_box = None
            if box.clickedButton() is yes:
                self._delete_now(record.id, record)

        box.finished.connect(done)
        box.open()

    def _delete_now(self, student_id: int, record: StudentRecord | None = None) -> None:
        try:
            deleted = self._services.students.delete(student_id)
        except ConflictError as error:
            self._refuse(error, record or self._records.get(student_id))
            return
        except (NotFoundError, StorageEnvironmentError) as error:
            self._report(error)
            return
        self._deleted(deleted)

    def _deleted(self, deleted: StudentRecord) -> None:
        self._push(DeleteStudent(self._stack, self._services, deleted, self._report))
        self.refresh()
        self._tell(self.tr("已删除学生“{name}”。").format(name=deleted.student.name))

    def _refuse(self, error: ConflictError, record: StudentRecord | None) -> None:
        """Say plainly why the student stays; when it is their records, offer to show them."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("不能删除学生"),
            error.message(self._lang()),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        self.show_records_button = None
        if error.code == "student_has_records" and record is not None:
            self.show_records_button = box.addButton(self.tr("查看这些记录"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.show_records_button or close)
        box.setEscapeButton(close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refusal_box = box
        show = self.show_records_button

        def done() -> None:
            self.refusal_box = None
            if show is not None and box.clickedButton() is show and record is not None:
                self.show_records(record.id)

        box.finished.connect(done)
        box.open()

    def show_records(self, student_id: int) -> None:
        """Show the student's records: here in the timeline, and on the records page if the window has one."""
        self.search_edit.clear()
        self.select_student(student_id)
        self.timeline_view.setFocus()
        if self.timeline_model.rowCount():
            self.timeline_view.selectRow(0)
        self.show_records_requested.emit(student_id)

    # --- undo ---
    def _push(self, command: QUndoCommand) -> None:
        self.notice.push(command)

    def _tell(self, text: str) -> None:
        self.notice.tell(text)

    def _stack_moved(self, _index: int) -> None:
        stack_moved(self, self._stack, self.notice, self.refresh, self._report)

    def _report(self, error: Exception) -> None:
        report_failure(self, self.tr("无法完成操作"), error, self._lang())
        with contextlib.suppress(StorageEnvironmentError):  # the teacher has just been told about it
            self.refresh()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
