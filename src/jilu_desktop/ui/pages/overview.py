"""概览, the first page: this month against 6 and 8 and what is still to do, the school year as a chart,
the latest records and the key mentee.

Only what the first paint shows is built at once; the chart (QtCharts) is built just after the first paint.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.activities import ActivityFilter
from jilu_desktop.domain.calendar import Month, school_year_of
from jilu_desktop.domain.profile import TeacherProfile
from jilu_desktop.domain.progress import MonthProgress
from jilu_desktop.domain.students import alike_ids
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.labels import school_year_name
from jilu_desktop.ui.pages.latest_records import LatestRecords
from jilu_desktop.ui.pages.mentee_card import MenteeCard
from jilu_desktop.ui.pages.month_text import month_summary, month_title
from jilu_desktop.ui.pages.page_undo import report_failure
from jilu_desktop.ui.pages.target_row import TargetRow, scaled_font

if TYPE_CHECKING:
    from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog
    from jilu_desktop.ui.dialogs.profile_dialog import ProfileDialog
    from jilu_desktop.ui.pages.year_chart import YearChart

log = logging.getLogger(__name__)

# The chart, the latest records and the mentee come this long after the page's first paint: the month
# against 6 and 8 is on screen first.
DETAILS_DELAY_MS = 50


class OverviewPage(QWidget):
    changed = Signal()  # the profile was filled in here: the window shows it on every page

    def __init__(self, services: AppServices, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stack = undo_stack
        self.dialog: ActivityDialog | None = None
        self.profile_dialog: ProfileDialog | None = None
        self.chart: YearChart | None = None  # built after the first paint

        self.name_label = QLabel(self)
        self.name_label.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.name_label.setAccessibleName(self.tr("教师"))
        # Typed-in text is shown as typed: never let a name be taken for HTML.
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label = QLabel(self)
        self.prompt_label.setFont(scaled_font(self.font(), 1.2))
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAccessibleName(self.tr("填写个人信息的提示"))
        self.prompt_label.setText(self.tr("还没有填写个人信息。您的姓名会印在志愿书和记录本上。"))
        self.profile_button = QPushButton(self.tr("填写个人信息(&P)…"), self)
        self.profile_button.clicked.connect(self.edit_profile)
        self.school_label = QLabel(self)
        self.school_label.setAccessibleName(self.tr("学校"))
        self.school_label.setTextFormat(Qt.TextFormat.PlainText)
        self.year_label = QLabel(self)
        self.year_label.setFont(scaled_font(self.font(), 1.1))
        self.year_label.setAccessibleName(self.tr("学年"))
        self.month_label = QLabel(self)
        self.month_label.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.month_label.setAccessibleName(self.tr("月份"))
        self.new_button = QPushButton(self.tr("新增记录(Ctrl+N)"), self)
        self.new_button.clicked.connect(self.new_record)

        self.month_box = QFrame(self)
        self.month_box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.month_box)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.talks_visits = TargetRow(grid, 0, self.tr("谈心/家访"), self.month_box)
        self.tutoring = TargetRow(grid, 1, self.tr("补课辅导"), self.month_box)
        self.assistance_label = QLabel(self.month_box)
        self.assistance_label.setAccessibleName(self.tr("生活帮扶人次"))
        self.assistance_label.setWordWrap(True)  # a long translation wraps rather than widening the page
        grid.addWidget(self.assistance_label, 2, 0, 1, 3)
        self.summary_label = QLabel(self.month_box)
        self.summary_label.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("本月情况"))
        grid.addWidget(self.summary_label, 3, 0, 1, 3)

        self.mentee = MenteeCard(self)
        self.latest = LatestRecords(self)
        self.latest.open_requested.connect(self.open_record)
        self.chart_box = QWidget(self)  # the chart goes in here just after the first paint
        self._chart_layout = QVBoxLayout(self.chart_box)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_box.setMinimumHeight(220)
        self._layout_widgets()
        # The page's first paint is its content's: the page itself is covered by the scroll area.
        self._content.installEventFilter(self)

    def _layout_widgets(self) -> None:
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt_label, 1)
        prompt_row.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignVCenter)
        names.addLayout(prompt_row)
        names.addWidget(self.school_label)
        header.addLayout(names, 1)
        header.addWidget(self.year_label, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        month_title_row = QHBoxLayout()
        month_title_row.addWidget(self.month_label, 1)
        month_title_row.addWidget(self.new_button)
        left = QVBoxLayout()
        left.addLayout(month_title_row)
        left.addWidget(self.month_box)
        year_title = QLabel(self.tr("本学年各月"), self)
        year_title.setFont(scaled_font(self.font(), 1.1, bold=True))
        left.addWidget(year_title)
        left.addWidget(self.chart_box, 1)

        right = QVBoxLayout()
        right.addWidget(self.mentee)
        latest_title = QLabel(self.tr("最近的记录(&L)"), self)
        latest_title.setFont(scaled_font(self.font(), 1.1, bold=True))
        latest_title.setBuddy(self.latest)
        right.addWidget(latest_title)
        right.addWidget(self.latest, 1)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        content = self._content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        # A large font on a small screen may not fit the window: scroll rather than squeeze (as 设置 does).
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # Reading

    def refresh(self) -> None:
        """Read the profile and this month again through the services, and the rest once it is shown."""
        self.show_profile(self._services.profile.get())
        self.show_month(self._services.progress.month())
        if self.chart is not None:
            self._show_details()

    def _show_details(self) -> None:
        """The school year, the latest records and the mentee: what the first paint can do without."""
        assert self.chart is not None
        self.chart.show_year(self._services.progress.school_year())
        self.latest.show_latest(lambda limit: self._services.activities.summaries(limit=limit))
        self._show_mentee(self._services.clock.today())

    def show_profile(self, profile: TeacherProfile | None) -> None:
        self.prompt_label.setVisible(profile is None)
        self.profile_button.setVisible(profile is None)
        self.name_label.setVisible(profile is not None)
        self.school_label.setVisible(profile is not None and bool(profile.school))
        if profile is None:
            return
        self.name_label.setText(self.tr("{name} 老师").format(name=profile.name))
        self.school_label.setText(profile.school)

    def show_month(self, progress: MonthProgress) -> None:
        self.year_label.setText(school_year_name(school_year_of(progress.month)))
        self.month_label.setText(self.tr("本月进度（{month}）").format(month=month_title(progress)))
        self.talks_visits.show_progress(progress.talks_visits)
        self.tutoring.show_progress(progress.tutoring)
        self.assistance_label.setText(
            self.tr("生活帮扶等 %n 人次（记录在册，不计入以上两项）", "", progress.assistance)
        )
        self.summary_label.setText(month_summary(progress))

    def _show_mentee(self, today: dt.date) -> None:
        pledge = self._services.pledges.get(school_year_of(today))
        if pledge is None:
            self.mentee.show_mentee(None, 0, None)
            return
        month = Month.of(today)
        mentee_id = pledge.mentee.id
        this_month = self._services.activities.summaries(
            ActivityFilter(start=month.first_day, end=month.last_day, student_id=mentee_id)
        )
        last = this_month or self._services.activities.summaries(ActivityFilter(student_id=mentee_id), limit=1)
        alike = mentee_id in alike_ids(self._services.students.list())  # another of the name and class: 编号
        self.mentee.show_mentee(pledge, len(this_month), last[0].date if last else None, alike=alike)

    # The chart, the latest records and the mentee: just after the first paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() == QEvent.Type.Paint and self.chart is None:
            self._content.removeEventFilter(self)
            QTimer.singleShot(DETAILS_DELAY_MS, self, self.show_details)  # cancelled if the page goes first
        return False

    def details_shown(self) -> bool:
        return self.chart is not None

    def show_details(self) -> None:
        """Build the chart (QtCharts is imported here) and show the details; later refreshes include them."""
        if self.chart is not None:
            return
        from jilu_desktop.ui.pages.year_chart import YearChart

        self.chart = YearChart(self.chart_box)
        self._chart_layout.addWidget(self.chart)
        try:
            self._show_details()
        except StorageEnvironmentError:
            # Told when the page is next refreshed (by the window); the details stay empty until then.
            log.warning("could not read the details of the overview", exc_info=True)

    # Actions

    def new_record(self) -> ActivityDialog:
        from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog  # not needed for the first paint

        return self._open(ActivityDialog(self._services, self._stack, self))

    def open_record(self, activity_id: int) -> ActivityDialog:
        from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog

        record = self._services.activities.get(activity_id)
        return self._open(ActivityDialog(self._services, self._stack, self, record=record))

    def _open(self, dialog: ActivityDialog) -> ActivityDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def edit_profile(self) -> ProfileDialog:
        """The profile dialog (as on the pledge page); saved through the services, then shown on every page."""
        from jilu_desktop.ui.dialogs.profile_dialog import open_profile_dialog

        return open_profile_dialog(
            self, self._services, self._stack, self._services.settings.language, self._report, self._profile_saved
        )

    def _profile_saved(self, after: TeacherProfile, step: QUndoCommand | None) -> None:
        self.show_profile(after)
        if step is not None:
            self._stack.push(step)  # a step on the stack refreshes every page
        else:
            self.changed.emit()

    def _report(self, error: Exception) -> None:
        report_failure(self, self.tr("无法完成操作"), error, self._services.settings.language())
