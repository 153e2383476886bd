"""The first page: who the teacher is, which school year it is, and how this month stands against 6 and 8."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from jilu_desktop.domain.calendar import school_year_label, school_year_of
from jilu_desktop.domain.profile import TeacherProfile
from jilu_desktop.domain.progress import MonthProgress
from jilu_desktop.services.profile import ProfileService
from jilu_desktop.services.progress import ProgressService
from jilu_desktop.ui.pages.month_text import month_summary, month_title
from jilu_desktop.ui.pages.target_row import TargetRow, scaled_font


class OverviewPage(QWidget):
    def __init__(self, profile: ProfileService, progress: ProgressService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._progress = progress

        self.name_label = QLabel(self)
        self.name_label.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.name_label.setAccessibleName(self.tr("教师"))
        # Typed-in text is shown as typed: never let a name be taken for HTML.
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label = QLabel(self)
        self.prompt_label.setFont(scaled_font(self.font(), 1.2))
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.RichText)
        self.prompt_label.setAccessibleName(self.tr("填写个人信息的提示"))
        # The prompt names a command to type: let the teacher select and copy it.
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.school_label = QLabel(self)
        self.school_label.setAccessibleName(self.tr("学校"))
        self.school_label.setTextFormat(Qt.TextFormat.PlainText)
        self.year_label = QLabel(self)
        self.year_label.setFont(scaled_font(self.font(), 1.2))
        self.year_label.setAccessibleName(self.tr("学年"))
        self.month_label = QLabel(self)
        self.month_label.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.month_label.setAccessibleName(self.tr("月份"))

        self.month_box = QFrame(self)
        self.month_box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.month_box)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(1, 1)
        self.talks_visits = TargetRow(grid, 0, self.tr("谈心/家访"), self.month_box)
        self.tutoring = TargetRow(grid, 1, self.tr("补课辅导"), self.month_box)
        self.assistance_label = QLabel(self.month_box)
        self.assistance_label.setAccessibleName(self.tr("生活帮扶人次"))
        grid.addWidget(self.assistance_label, 2, 0, 1, 3)
        self.summary_label = QLabel(self.month_box)
        self.summary_label.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("本月情况"))
        grid.addWidget(self.summary_label, 3, 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(8)
        layout.addWidget(self.name_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.school_label)
        layout.addWidget(self.year_label)
        layout.addSpacing(20)
        layout.addWidget(self.month_label)
        layout.addWidget(self.month_box)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Read the profile and this month's progress again through the services and show them."""
        self.show_profile(self._profile.get())
        self.show_month(self._progress.month())

    def show_profile(self, profile: TeacherProfile | None) -> None:
        self.prompt_label.setVisible(profile is None)
        self.name_label.setVisible(profile is not None)
        self.school_label.setVisible(profile is not None and bool(profile.school))
        if profile is None:
            # A first-run wizard will replace this prompt; until then the command line fills the profile.
            self.prompt_label.setText(
                self.tr("还没有填写个人信息。请在命令行中运行以下命令填写您的姓名：<br><b>{command}</b>").format(
                    command=self.tr("jilu profile set --name 您的姓名")
                )
            )
            return
        self.name_label.setText(self.tr("{name} 老师").format(name=profile.name))
        self.school_label.setText(profile.school)

    def show_month(self, progress: MonthProgress) -> None:
        self.year_label.setText(school_year_label(school_year_of(progress.month)))
        self.month_label.setText(self.tr("本月进度（{month}）").format(month=month_title(progress)))
        self.talks_visits.show_progress(progress.talks_visits)
        self.tutoring.show_progress(progress.tutoring)
        self.assistance_label.setText(
            self.tr("生活帮扶等 {count} 人次（记录在册，不计入以上两项）").format(count=progress.assistance)
        )
        self.summary_label.setText(month_summary(progress))
