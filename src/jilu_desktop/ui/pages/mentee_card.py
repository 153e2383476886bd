"""The key mentee of this school year (from the pledge), and how often the teacher has seen them this month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services.pledges import PledgeView
from jilu_desktop.ui.labels import difficulty_labels, listing, short_date
from jilu_desktop.ui.pages.target_row import scaled_font


class MenteeCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(self.tr("重点帮扶学生"), self)
        self.title_label.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.name_label = self._label(self.tr("重点帮扶学生姓名"), scaled_font(self.font(), 1.3, bold=True))
        self.difficulty_label = self._label(self.tr("困难情况"))
        self.measures_label = self._label(self.tr("帮扶措施"))
        self.month_label = self._label(self.tr("本月帮扶情况"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        for widget in (self.title_label, self.name_label, self.difficulty_label, self.measures_label):
            layout.addWidget(widget)
        layout.addWidget(self.month_label)
        layout.addStretch(1)

    def _label(self, accessible: str, font: object = None) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are shown as typed
        label.setAccessibleName(accessible)
        if font is not None:
            label.setFont(font)  # type: ignore[arg-type]
        return label

    def show_mentee(
        self,
        pledge: PledgeView | None,
        sessions_this_month: int,
        last_seen: dt.date | None,
        *,
        alike: bool = False,
    ) -> None:
        """The pledge's mentee, or a word on where to name one; with this month's sessions with them.

        `alike`: another student has the mentee's name and class (domain.students.alike_ids), so the name is
        shown with the id (编号), as the students list, the records filter and quick entry show it.
        """
        for label in (self.difficulty_label, self.measures_label, self.month_label):
            label.setVisible(pledge is not None)
        if pledge is None:
            self.name_label.setFont(self.font())
            self.name_label.setText(
                self.tr("本学年还没有填写志愿书。在志愿书中选定重点帮扶学生后，这里会显示他（她）的情况。")
            )
            return
        self.name_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        student = pledge.mentee.student
        name = student.name
        if alike:
            # Quick entry's words for this student's button (StudentPicker._chip_name), in its translation
            # context: one string, translated once, wherever the window tells two such students apart by name.
            name = QCoreApplication.translate("StudentPicker", "{name}（编号 {id}）").format(
                name=name, id=pledge.mentee.id
            )
        self.name_label.setText(
            name
            if not student.class_name
            else self.tr("{name} · {class_name}").format(name=name, class_name=student.class_name)
        )
        labels = difficulty_labels()
        kinds = listing(labels[d] for d in Difficulty if d in student.difficulties)
        detail = pledge.pledge.difficulty_detail or student.difficulty_detail
        difficulty = self.tr("：").join(part for part in (kinds, detail) if part)
        self.difficulty_label.setText(self.tr("困难情况：{text}").format(text=difficulty or self.tr("未填写")))
        self.measures_label.setText(
            self.tr("帮扶措施：{text}").format(text=pledge.pledge.measures or self.tr("未填写"))
        )
        if sessions_this_month:
            month = self.tr("本月已帮扶 {count} 次").format(count=sessions_this_month)
        else:
            month = self.tr("本月还没有帮扶记录")
        if last_seen is not None:
            month += self.tr("，最近一次：{date}").format(date=short_date(last_seen))
        self.month_label.setText(month)
