"""活动记录: every record in a table, found by month, kind, student or free text; opened, copied, deleted.

The table is a RecordsModel fed plain rows by ActivityService.summaries(filter); every change of a filter
asks the services again (tens of milliseconds at ten thousand records). Changes go through the undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.activities import ActivityFilter, ActivityKind
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import DEFAULT_LANG, Lang
from jilu_desktop.domain.students import alike_ids
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog, show_one
from jilu_desktop.ui.labels import iso_date, kind_label, kinds, month_name, short_date, student_names
from jilu_desktop.ui.models.records_model import Column, RecordsModel
from jilu_desktop.ui.undo import delete_activities
from jilu_desktop.ui.widgets.flow_layout import FlowLayout
from jilu_desktop.ui.widgets.shortcuts import page_shortcut
from jilu_desktop.ui.widgets.table_columns import texts_width

ALL = None  # the combo boxes' “全部” entry
T = TypeVar("T")
A_WEEK = [dt.date(2026, 11, 23) + dt.timedelta(days=i) for i in range(7)]  # Monday to Sunday


def date_texts() -> list[str]:
    """The date column's text (labels.iso_date) in each of its seven weekday forms."""
    return [iso_date(day) for day in A_WEEK]


class RecordsPage(QWidget):
    def __init__(self, services: AppServices, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stack = undo_stack
        self.dialog: ActivityDialog | None = None
        self.delete_box: QMessageBox | None = None
        self._person_times = 0

        self.month_combo = QComboBox(self)
        self.month_combo.setAccessibleName(self.tr("月份"))
        self.month_combo.setMinimumContentsLength(12)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("活动类型"))
        self.kind_combo.addItem(self.tr("全部类型"), ALL)
        for kind, label in kinds():
            self.kind_combo.addItem(label, kind.value)  # a StrEnum would come back from Qt as a plain str
        self.student_combo = QComboBox(self)
        self.student_combo.setAccessibleName(self.tr("学生"))
        self.student_combo.setMinimumContentsLength(8)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("搜索内容、地点或学生姓名（Ctrl+F）"))
        self.search_edit.setAccessibleName(self.tr("搜索记录"))
        self.search_edit.setClearButtonEnabled(True)
        # Down or Enter: on to the first record found (Enter there opens it), without the mouse.
        self.search_edit.returnPressed.connect(self.go_to_results)
        self.search_edit.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("记录条数"))

        self.model = RecordsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("活动记录表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures ten thousand rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self._fit_columns()
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Enter, or a double click (a single one where the desktop is set so), opens the record.
        self.table.activated.connect(lambda index: self.edit_selected())
        self.view_stack = QStackedWidget(self)  # the table, or a word on why there is nothing in it
        self.empty_box = QWidget(self)
        self.empty_label = QLabel(self.empty_box)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("没有记录时的说明"))
        self.all_months_button = QPushButton(self.tr("在全部月份中查找(&A)"), self.empty_box)
        self.all_months_button.clicked.connect(self.show_all_months)

        self.new_button = QPushButton(self.tr("新增记录(Ctrl+N)"), self)
        self.edit_button = QPushButton(self.tr("修改(&E)"), self)
        self.duplicate_button = QPushButton(self.tr("复制为新记录(Ctrl+D)"), self)
        self.delete_button = QPushButton(self.tr("删除(Del)"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_action = QAction(self.tr("修改"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.duplicate_action = QAction(self.tr("复制为新记录"), self)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action = QAction(self.tr("删除"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        page_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)
        page_shortcut(QKeySequence("Ctrl+D"), self, self.duplicate_selected)

        self._layout_widgets()
        self.month_combo.currentIndexChanged.connect(self._filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._filter_changed)
        self.student_combo.currentIndexChanged.connect(self._filter_changed)
        self.search_edit.textChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._loading = False
        self._selection_changed()

    def _layout_widgets(self) -> None:
        # The filters and the buttons wrap onto a second line rather than squeeze, in any language.
        filters = QWidget(self)
        filter_flow = FlowLayout(filters, spacing=8)
        for text, widget in (
            (self.tr("月份(&M)"), self.month_combo),
            (self.tr("类型(&K)"), self.kind_combo),
            (self.tr("学生(&U)"), self.student_combo),
        ):
            pair = QWidget(filters)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, pair)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            filter_flow.addWidget(pair)
        # Wide enough for its hint in any language, with room for the clear button and the frame.
        metrics = self.search_edit.fontMetrics()
        hint = metrics.horizontalAdvance(self.search_edit.placeholderText()) + 2 * metrics.height() + 12
        self.search_edit.setMinimumWidth(max(metrics.horizontalAdvance("中") * 18, hint))
        filter_flow.addWidget(self.search_edit)
        buttons = QWidget(self)
        button_flow = FlowLayout(buttons, spacing=6)
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            button_flow.addWidget(button)
        # As tall as the buttons, its text in their middle, on whichever line it lands.
        self.count_label.setMinimumHeight(self.new_button.sizeHint().height())
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        button_flow.addWidget(self.count_label)
        empty = QVBoxLayout(self.empty_box)
        empty.addStretch(1)
        empty.addWidget(self.empty_label)
        empty.addWidget(self.all_months_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(2)
        self.view_stack.addWidget(self.table)
        self.view_stack.addWidget(self.empty_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(filters)
        layout.addWidget(self.view_stack, 1)
        layout.addWidget(buttons)

    def _fit_columns(self) -> None:
        """The rows' height and the columns' widths at the table's font: when made, and again when the font
        changes (设置 → 界面字号), so that a larger font is not cut and a smaller one leaves no gaps."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        character = metrics.horizontalAdvance("中")
        # As wide as the widest of the dates it shows (“2026-12-02 Wed”), in the interface's language.
        self.table.setColumnWidth(Column.DATE, texts_width(self.table, Column.DATE, date_texts()))
        for column, chars in ((Column.TIME, 4), (Column.STUDENTS, 10), (Column.PLACE, 7)):
            self.table.setColumnWidth(column, character * chars)
        # Wide enough for the longest kind in the interface's language (“Home visit” needs more than 谈心).
        widest_kind = max(metrics.horizontalAdvance(text) for _, text in kinds())
        self.table.setColumnWidth(Column.KIND, max(character * 5, widest_kind + character))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    # Reading

    def refresh(self) -> None:
        """Read the months, students and records again, keeping the filters and the selection."""
        self._loading = True
        try:
            self._fill_months()
            self._fill_students()
        finally:
            self._loading = False
        self._load_rows()

    def _fill_months(self) -> None:
        this_month = Month.of(self._services.clock.today())
        # Months are kept in the combo box as “2026-12”: Qt compares text, not Python objects.
        chosen = self.month_combo.currentData() if self.month_combo.count() else str(this_month)
        counts = dict(self._services.activities.months())
        months = sorted({this_month, *counts}, reverse=True)
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("全部月份（{count} 条）").format(count=sum(counts.values())), ALL)
        for month in months:
            text = self.tr("{month}（{count} 条）").format(month=month_name(month), count=counts.get(month, 0))
            self.month_combo.addItem(text, str(month))
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(chosen)))

    def _fill_students(self) -> None:
        chosen = self.student_combo.currentData()
        self.student_combo.clear()
        self.student_combo.addItem(self.tr("全部学生"), ALL)
        students = self._services.students.list()
        alike = alike_ids(students)  # two of one name and class: only the id (编号) tells them apart
        for record in students:
            s = record.student
            if record.id in alike and s.class_name:
                text = self.tr("{name}（{class_name}，编号 {id}）").format(
                    name=s.name, class_name=s.class_name, id=record.id
                )
            elif record.id in alike:
                text = self.tr("{name}（编号 {id}）").format(name=s.name, id=record.id)
            elif s.class_name:
                text = self.tr("{name}（{class_name}）").format(name=s.name, class_name=s.class_name)
            else:
                text = s.name
            self.student_combo.addItem(text, record.id)
        self.student_combo.setCurrentIndex(max(0, self.student_combo.findData(chosen)))

    def current_month(self) -> Month | None:
        data = self.month_combo.currentData()
        return Month.parse(data) if isinstance(data, str) else None

    def current_filter(self) -> ActivityFilter:
        month = self.current_month()
        kind = self.kind_combo.currentData()
        student = self.student_combo.currentData()
        return ActivityFilter(
            start=month.first_day if month else None,
            end=month.last_day if month else None,
            kind=ActivityKind(kind) if isinstance(kind, str) else None,
            student_id=student if isinstance(student, int) else None,
            search=self.search_edit.text().strip(),
        )

    def _filter_changed(self) -> None:
        if not self._loading:
            self._safely(self._load_rows)

    def _load_rows(self) -> None:
        kept = self.selected_ids()
        current = self._current_id()
        flt = self.current_filter()
        records, person_times = self._services.activities.count(flt)
        self._person_times = person_times
        # The first rows now, the rest as the table scrolls to them: ten thousand records show as fast as two hundred.
        self.model.set_source(
            lambda offset, limit: self._safely(
                lambda: self._services.activities.summaries(flt, limit=limit, offset=offset)
            ),
            records,
        )
        self._select(kept, current)
        self._show_counts()

    def _show_counts(self) -> None:
        rows = self.model.total()
        # Two numbers, each deciding its own plural in English: “1 record, 2 person-times”.
        person_times = self.tr("%n 人次", "", self._person_times)
        self.count_label.setText(self.tr("共 %n 条记录，{person_times}", "", rows).format(person_times=person_times))
        searching = bool(self.search_edit.text().strip())
        one_month = self.current_month() is not None
        if rows:
            text = ""
        elif searching or self.kind_combo.currentData() is not ALL or self.student_combo.currentData() is not ALL:
            text = self.tr("没有符合条件的记录。")
        else:
            text = self.tr("这个月还没有记录。按 Ctrl+N 新增一条。")
        self.empty_label.setText(text)
        self.view_stack.setCurrentWidget(self.table if rows else self.empty_box)
        self.all_months_button.setVisible(rows == 0 and one_month and searching)

    # Selection

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row(row).id for row in rows]

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).id if index.isValid() else None

    def _select(self, ids: list[int], current: int | None = None) -> None:
        selection = QItemSelection()
        wanted = set(ids)
        last = self.model.columnCount() - 1
        for row, summary in enumerate(self.model.rows()) if wanted else ():
            if summary.id in wanted:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        target = current if current is not None else (ids[0] if ids else None)
        found = self.model.row_of(target) if target is not None else None
        if found is not None:
            row = found
            model.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(row, 0))
        self._selection_changed()

    def select_record(self, activity_id: int) -> None:
        """Show and select one record (after saving it, for instance), widening the filter if needed."""
        if self.model.row_of(activity_id) is None:
            record = self._services.activities.get(activity_id)
            self._loading = True
            self.search_edit.clear()
            self.kind_combo.setCurrentIndex(0)
            self.student_combo.setCurrentIndex(0)
            self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(str(Month.of(record.activity.date)))))
            self._loading = False
            self._load_rows()
        while self.model.row_of(activity_id) is None and self.model.canFetchMore():
            self.model.fetchMore()  # an older record, further down than the first screenful
        self._select([activity_id], activity_id)

    def _selection_changed(self, *_: QItemSelection) -> None:
        count = len(self.selected_ids())
        for widget in (self.edit_button, self.duplicate_button, self.edit_action, self.duplicate_action):
            widget.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)
        self.delete_action.setEnabled(count > 0)

    # Actions

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def go_to_results(self) -> None:
        """From the search box to the first record found; nothing found, the teacher stays to type on."""
        if self.model.rowCount() == 0 or self.view_stack.currentWidget() is not self.table:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.go_to_results()
            return True
        return super().eventFilter(watched, event)

    def show_all_months(self) -> None:
        self.month_combo.setCurrentIndex(0)

    def show_student(self, student_id: int) -> None:
        """Every record with one student, in every month and of every kind (from the students page)."""
        self._loading = True
        try:
            self.month_combo.setCurrentIndex(0)
            self.kind_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.student_combo.setCurrentIndex(max(0, self.student_combo.findData(student_id)))
        finally:
            self._loading = False
        self._safely(self._load_rows)

    def new_record(self) -> ActivityDialog:
        return self._open_dialog(ActivityDialog(self._services, self._stack, self))

    def edit_selected(self) -> ActivityDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return self.open_record(ids[0])

    def open_record(self, activity_id: int) -> ActivityDialog | None:
        record = self._safely(lambda: self._services.activities.get(activity_id))
        if record is None:
            return None
        return self._open_dialog(ActivityDialog(self._services, self._stack, self, record=record))

    def duplicate_selected(self) -> ActivityDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        record = self._safely(lambda: self._services.activities.get(ids[0]))
        if record is None:
            return None
        return self._open_dialog(ActivityDialog(self._services, self._stack, self, template=record))

    def _open_dialog(self, dialog: ActivityDialog) -> ActivityDialog:
        self.dialog = show_one(self.dialog, dialog, self._saved, self._dialog_closed)
        return self.dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _saved(self, activity_id: int) -> None:
        self._safely(self.refresh)
        self._safely(lambda: self.select_record(activity_id))
        self.table.setFocus()

    def delete_selected(self) -> QMessageBox | None:
        ids = self.selected_ids()
        if not ids or self.delete_box is not None:
            return None
        if len(ids) == 1:
            row = self.model.row(self.model.row_of(ids[0]) or 0)
            what = self.tr("{date} {kind}（{students}）").format(
                date=short_date(row.date), kind=kind_label(row.kind), students=student_names(row.students)
            )
            text = self.tr("删除这条记录？\n{what}\n\n删除后可以按 Ctrl+Z 撤销。").format(what=what)
        else:
            text = self.tr("删除选中的 {count} 条记录？\n\n删除后可以按 Ctrl+Z 撤销。").format(count=len(ids))
        self.delete_box = messages.ask(
            self,
            self.tr("删除记录"),
            text,
            yes=self.tr("删除(&D)"),
            no=self.tr("取消"),
            on_answer=lambda yes: self._delete_answered(yes, ids),
        )
        return self.delete_box

    def _delete_answered(self, yes: bool, ids: list[int]) -> None:
        self.delete_box = None
        if not yes:
            return
        row = min((self.model.row_of(i) or 0) for i in ids)
        self._safely(lambda: delete_activities(self._stack, self._services, ids), title=self.tr("无法删除记录"))
        self._safely(self.refresh)
        # The cursor goes to the record after the deleted ones, ready for the next key.
        if self.model.rowCount():
            next_row = min(row, self.model.rowCount() - 1)
            self._select([self.model.row(next_row).id])
            self.table.setFocus()

    def _context_menu(self, position: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(position)
        if index.isValid() and index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self._select([self.model.row(index.row()).id])
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.duplicate_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _safely(self, step: Callable[[], T], title: str | None = None) -> T | None:
        """Run a read or a change; a storage problem (told under `title`, by default as a read's) or a refusal is
        told, and the page stays usable."""
        try:
            return step()
        except StorageEnvironmentError as error:
            title = title or self.tr("无法读取记录")
            messages.show_message(self, title, error.message(self._lang()), QMessageBox.Icon.Warning)
        except DomainError as error:
            messages.show_message(self, self.tr("无法完成"), error.message(self._lang()), QMessageBox.Icon.Warning)
        return None

    def _lang(self) -> Lang:
        try:
            return self._services.settings.language()
        except StorageEnvironmentError:
            return DEFAULT_LANG
