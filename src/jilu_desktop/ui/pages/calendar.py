"""The calendar: a month grid with a coloured mark for each kind of activity on a day; click a day to see
its records, add one on that day, or open one (the quick-entry dialog, through the undo stack)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QTextCharFormat, QUndoStack
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.activities import ActivityFilter, ActivityKind, ActivityRecord
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.validation import CAMPAIGN_START
from jilu_desktop.services import AppServices
from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog, show_one
from jilu_desktop.ui.i18n import ui_locale
from jilu_desktop.ui.labels import month_name

# One colour per kind, told apart also by position: the marks are always drawn in this order.
KIND_ORDER = (ActivityKind.TALK, ActivityKind.HOME_VISIT, ActivityKind.TUTORING, ActivityKind.ASSISTANCE)
KIND_COLORS: Mapping[ActivityKind, QColor] = {
    ActivityKind.TALK: QColor("#1565c0"),  # blue
    ActivityKind.HOME_VISIT: QColor("#6a1b9a"),  # purple
    ActivityKind.TUTORING: QColor("#e65100"),  # orange
    ActivityKind.ASSISTANCE: QColor("#2e7d32"),  # green
}
CONTENT_PREVIEW = 60  # characters of the content shown in the day's list


def kind_name(kind: ActivityKind) -> str:
    names = {
        ActivityKind.TALK: QCoreApplication.translate("ActivityKind", "谈心"),
        ActivityKind.HOME_VISIT: QCoreApplication.translate("ActivityKind", "家访"),
        ActivityKind.TUTORING: QCoreApplication.translate("ActivityKind", "补课辅导"),
        ActivityKind.ASSISTANCE: QCoreApplication.translate("ActivityKind", "生活帮扶"),
    }
    return names[kind]


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ActivityCalendar(QCalendarWidget):
    """A QCalendarWidget that draws, under each day's number, one dot per kind of activity on that day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[dt.date, tuple[ActivityKind, ...]] = {}
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)

    def marks(self, day: dt.date) -> tuple[ActivityKind, ...]:
        """The kinds marked on `day`, in KIND_ORDER."""
        return self._marks.get(day, ())

    def set_marks(self, marks: Mapping[dt.date, Iterable[ActivityKind]], tooltips: Mapping[dt.date, str]) -> None:
        """Replace the marks; days with records are also bold and carry a tooltip saying what was done."""
        for day in set(self._marks) | set(marks):
            self.setDateTextFormat(to_qdate(day), QTextCharFormat())
        self._marks = {day: tuple(k for k in KIND_ORDER if k in set(kinds)) for day, kinds in marks.items()}
        for day in self._marks:
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            fmt.setToolTip(tooltips.get(day, ""))
            self.setDateTextFormat(to_qdate(day), fmt)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        kinds = self._marks.get(to_date(date))
        if not kinds:
            return
        size = max(5, min(rect.width() // 7, rect.height() // 5))
        gap = max(2, size // 2)
        total = len(kinds) * size + (len(kinds) - 1) * gap
        x = rect.center().x() - total // 2
        y = rect.bottom() - size - max(2, rect.height() // 10)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for kind in kinds:
            painter.setBrush(KIND_COLORS[kind])
            painter.drawEllipse(QRect(QPoint(x, y), QPoint(x + size - 1, y + size - 1)))
            x += size + gap
        painter.restore()


class Legend(QWidget):
    """The colour of each kind, as a dot and its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.labels: dict[ActivityKind, QLabel] = {}
        for kind in KIND_ORDER:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f'<span style="color:{KIND_COLORS[kind].name()}">●</span> {kind_name(kind)}')
            label.setAccessibleName(kind_name(kind))
            self.labels[kind] = label
            layout.addWidget(label)
        layout.addStretch(1)


class CalendarPage(QWidget):
    """The month grid and, beside it, the records of the chosen day."""

    add_requested = Signal(object)  # dt.date: a record is about to be added on this day (the dialog opens)
    open_requested = Signal(int)  # an activity id: this record is about to be opened (the dialog opens)

    def __init__(self, services: AppServices, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self.dialog: ActivityDialog | None = None

        # Day and month names in the interface language, whatever the machine's locale is.
        self._locale = ui_locale(services.settings.language())
        self.calendar = ActivityCalendar(self)
        self.calendar.setLocale(self._locale)
        self.calendar.setAccessibleName(self.tr("活动日历"))
        self.calendar.setMinimumDate(to_qdate(CAMPAIGN_START))
        self.legend = Legend(self)

        self.day_label = QLabel(self)
        font = self.day_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2 if font.pointSizeF() > 0 else 13)
        self.day_label.setFont(font)
        self.day_label.setAccessibleName(self.tr("所选日期"))
        self.day_summary = QLabel(self)
        self.day_summary.setWordWrap(True)
        self.day_summary.setAccessibleName(self.tr("当天小结"))
        self.records = QListWidget(self)
        self.records.setWordWrap(True)
        self.records.setAlternatingRowColors(True)
        self.records.setAccessibleName(self.tr("当天的活动记录"))
        self.records.itemActivated.connect(self._open_item)
        self.empty_label = QLabel(self.tr("这一天没有记录。"), self)
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("在这一天添加记录…"), self)
        self.add_button.setAccessibleName(self.tr("在所选日期添加活动记录"))
        self.add_button.clicked.connect(self._request_add)
        self.month_label = QLabel(self)
        self.month_label.setWordWrap(True)
        self.month_label.setAccessibleName(self.tr("本月人次"))

        left = QVBoxLayout()
        left.addWidget(self.calendar, 1)
        left.addWidget(self.legend)
        left.addWidget(self.month_label)
        right = QVBoxLayout()
        right.addWidget(self.day_label)
        right.addWidget(self.day_summary)
        right.addWidget(self.records, 1)
        right.addWidget(self.empty_label)
        right.addStretch(0)
        right.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.calendar.selectionChanged.connect(self._show_selected_day)
        self.calendar.currentPageChanged.connect(self._page_changed)
        # Records added, changed, undone or redone elsewhere show here at once.
        undo_stack.indexChanged.connect(self._records_changed)
        self.refresh()

    # What the page shows -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the shown month and the chosen day again through the services."""
        today = self._services.clock.today()
        self.calendar.setMaximumDate(to_qdate(today))  # nothing can be recorded in the future
        self._load_marks()
        self._show_selected_day()

    def _records_changed(self, _index: int) -> None:
        self.refresh()

    def selected_date(self) -> dt.date:
        return to_date(self.calendar.selectedDate())

    def select_date(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)

    def shown_month(self) -> Month:
        return Month(self.calendar.yearShown(), self.calendar.monthShown())

    def _page_changed(self, _year: int, _month: int) -> None:
        self._load_marks()

    def _load_marks(self) -> None:
        month = self.shown_month()
        # The grid also shows the end of the month before and the start of the month after.
        start = month.first_day - dt.timedelta(days=7)
        end = month.last_day + dt.timedelta(days=14)
        records = self._services.activities.list(ActivityFilter(start=start, end=end), newest_first=False)
        kinds: dict[dt.date, set[ActivityKind]] = defaultdict(set)
        counts: dict[dt.date, dict[ActivityKind, int]] = defaultdict(lambda: defaultdict(int))
        for record in records:
            day = record.activity.date
            kinds[day].add(record.activity.kind)
            counts[day][record.activity.kind] += 1
        tooltips = {day: self._day_tooltip(counts[day]) for day in kinds}
        self.calendar.set_marks(kinds, tooltips)
        self._show_month_totals(month)

    def _day_tooltip(self, counts: Mapping[ActivityKind, int]) -> str:
        parts = [
            self.tr("{kind} {count} 条").format(kind=kind_name(k), count=counts[k]) for k in KIND_ORDER if k in counts
        ]
        return self.tr("、").join(parts)

    def _show_month_totals(self, month: Month) -> None:
        if month > Month.of(self._services.clock.today()):
            self.month_label.clear()
            return
        progress = self._services.progress.month(month)
        text = self.tr("{month}：谈心/家访 {talks} 人次，补课辅导 {tutoring} 人次，生活帮扶等 {other} 人次")
        self.month_label.setText(
            text.format(
                month=month_name(month),  # “2026年12月”, “December 2026”
                talks=progress.talks_visits.count,
                tutoring=progress.tutoring.count,
                other=progress.assistance,
            )
        )

    def _show_selected_day(self) -> None:
        day = self.selected_date()
        self.day_label.setText(self._locale.toString(to_qdate(day), self.tr("yyyy年M月d日 dddd")))
        records = self._services.activities.list(ActivityFilter(start=day, end=day), newest_first=False)
        self.records.clear()
        for record in records:
            item = QListWidgetItem(self._record_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setForeground(KIND_COLORS[record.activity.kind].darker(110))
            item.setToolTip(record.activity.content)
            self.records.addItem(item)
        person_times = self.tr("%n 人次", "", sum(len(r.students) for r in records))
        self.day_summary.setText(
            self.tr("共 %n 条记录，{person_times}", "", len(records)).format(person_times=person_times)
            if records
            else ""
        )
        self.day_summary.setVisible(bool(records))
        self.records.setVisible(bool(records))
        self.empty_label.setVisible(not records)
        self.add_button.setEnabled(day <= self._services.clock.today())

    def _record_text(self, record: ActivityRecord) -> str:
        a = record.activity
        names = self.tr("、").join(s.name for s in record.students)
        content = a.content if len(a.content) <= CONTENT_PREVIEW else a.content[: CONTENT_PREVIEW - 1] + "…"
        head = self.tr("{kind} · {students} · {place}").format(kind=kind_name(a.kind), students=names, place=a.place)
        if a.time is not None:
            head = f"{a.time:%H:%M}  {head}"
        return f"{head}\n{content}"

    def record_ids(self) -> list[int]:
        """The ids of the records listed for the chosen day, in the order shown."""
        return [self.records.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.records.count())]

    # What the teacher asks for -------------------------------------------------------------------

    def _request_add(self) -> None:
        self.add_on_selected_day()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_record(int(item.data(Qt.ItemDataRole.UserRole)))

    def add_on_selected_day(self) -> ActivityDialog:
        """The quick-entry dialog for a new record, dated the chosen day."""
        day = self.selected_date()
        self.add_requested.emit(day)
        dialog = ActivityDialog(self._services, self._undo_stack, self)
        dialog.date_edit.setDate(to_qdate(day))
        # A day chosen in the calendar is not yet a draft: closing the untouched dialog should not ask.
        # (Until ActivityDialog takes the date itself.)
        dialog._mark_clean()
        return self._open_dialog(dialog)

    def open_record(self, activity_id: int) -> ActivityDialog | None:
        """The quick-entry dialog showing a stored record, to read or change."""
        self.open_requested.emit(activity_id)
        try:
            record = self._services.activities.get(activity_id)
        except DomainError:
            self.refresh()  # gone meanwhile (deleted, or undone elsewhere): show what is there now
            return None
        return self._open_dialog(ActivityDialog(self._services, self._undo_stack, self, record=record))

    def _open_dialog(self, dialog: ActivityDialog) -> ActivityDialog:
        self.dialog = show_one(self.dialog, dialog, self._saved, self._dialog_closed)
        return self.dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _saved(self, activity_id: int) -> None:
        # The teacher may have changed the date in the dialog: show the day the record is on now.
        try:
            day = self._services.activities.get(activity_id).activity.date
        except DomainError:
            return
        self.select_date(day)
        self.refresh()
