"""The key mentee of this school year (from the pledge), and how often the teacher has seen them this month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
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
        self._name_parts: tuple[str, str] | None = None  # the mentee's name and class, when there is a class
        self.name_label.installEventFilter(self)  # its width decides whether the class goes on a line of its own
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
        self._name_parts = None
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
        if student.class_name:
            self._name_parts = (name, student.class_name)
            self._show_name()
        else:
            self.name_label.setText(name)
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

    def _show_name(self) -> None:
        """“李小明 · 五(1)班” on one line where it fits the label's width; else the class on a line of its own, under
        the name, so that a large font never breaks the class in two (“五(1)” / “班”): a class is read whole."""
        if self._name_parts is None:
            return
        name, class_name = self._name_parts
        one_line = self.tr("{name} · {class_name}").format(name=name, class_name=class_name)
        self.name_label.setText(one_line if fits_one_line(self.name_label, one_line) else f"{name}\n{class_name}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.name_label and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._show_name()
        return super().eventFilter(watched, event)


def fits_one_line(label: QLabel, text: str) -> bool:
    """Would `text` stay on one line in `label` as wide as it is now (measured as the label lays out its text)?"""
    metrics = label.fontMetrics()
    width = label.contentsRect().width() - 2 * label.margin()
    if width <= 0:
        return True  # not laid out yet: measured again when it is given its width
    left = Qt.AlignmentFlag.AlignLeft
    wrapped = metrics.boundingRect(QRect(0, 0, width, 1 << 20), left | Qt.TextFlag.TextWordWrap, text)
    return wrapped.height() <= metrics.boundingRect(QRect(0, 0, 1 << 20, 1 << 20), left, text).height()
