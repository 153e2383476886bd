"""The school year at a glance: each month's 人次 against both targets, and whether it was met.

Bars for talks and visits and for tutoring, a dashed line at each target, and under every month what became
of it (达标, 未达标, 免计, 本月, 未参加). Months that fell short have red bars; the months before the teacher
began taking part are shaded grey and labelled in grey. QtCharts is imported only here, and
this module only after the window's first paint (see OverviewPage), so starting the app never waits for it.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.progress import MonthState, YearProgress

TALKS_COLOR = QColor("#1e88e5")
TUTORING_COLOR = QColor("#8e24aa")
SHORT_COLOR = QColor("#e53935")
NOT_PARTICIPATING_FILL = QColor("#eeeeee")  # behind the months before the teacher began taking part
NOT_PARTICIPATING_TEXT = QColor("#757575")


def state_word(state: MonthState) -> str:
    return {
        MonthState.MET: QCoreApplication.translate("YearChart", "达标"),
        MonthState.SHORT: QCoreApplication.translate("YearChart", "未达标"),
        MonthState.EXEMPT: QCoreApplication.translate("YearChart", "免计"),
        MonthState.IN_PROGRESS: QCoreApplication.translate("YearChart", "本月"),
        MonthState.NOT_BEGUN: "",
        MonthState.NOT_PARTICIPATING: QCoreApplication.translate("YearChart", "未参加"),
    }[state]


def short_month(month: Month) -> str:
    """“9月” (“Sep”), in the interface's language (QLocale's default)."""
    return QLocale().toString(QDate(month.year, month.month, 1), QCoreApplication.translate("YearChart", "M月"))


def month_labels(progress: YearProgress) -> list[str]:
    """“9月” over what became of the month, one label per month of the school year."""
    # Axis labels are rich text: <br> breaks the line (a "\n" would be drawn as a space).
    return [short_month(m.month) + "<br>" + _state_label(m.state) for m in progress.months]


def _state_label(state: MonthState) -> str:
    if state is MonthState.NOT_PARTICIPATING:
        # Greyed, as its part of the chart is: the month is neither met nor missed. Under each of twelve
        # months there is room for a word or two only (the description for screen readers says it in full).
        word = QCoreApplication.translate("YearChart", "未参加", "under a month of the chart: a word or two")
        return f'<font color="{NOT_PARTICIPATING_TEXT.name()}">{word}</font>'
    return state_word(state) or "&nbsp;"


class YearChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)  # sharp on high-DPI screens too
        self.setAccessibleName(self.tr("本学年各月完成情况图"))
        self.setMinimumHeight(220)
        self.progress: YearProgress | None = None
        self.not_participating: QAreaSeries | None = None  # the grey behind the months before the start
        self.setFrameShape(QFrame.Shape.NoFrame)
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        layout = chart.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)  # the chart fills its place on the page
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)

    def show_year(self, progress: YearProgress) -> None:
        self.progress = progress
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(self.font())
        small = QFont(font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.85)  # twelve months side by side must fit

        talks = QBarSet(self.tr("谈心/家访"))
        tutoring = QBarSet(self.tr("补课辅导"))
        for bar_set, color in ((talks, TALKS_COLOR), (tutoring, TUTORING_COLOR)):
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.setSelectedColor(SHORT_COLOR)
        for i, month in enumerate(progress.months):
            talks.append(month.talks_visits.count)
            tutoring.append(month.tutoring.count)
            if month.state is MonthState.SHORT:
                # Red only for the target that was missed.
                talks.setBarSelected(i, not month.talks_visits.met)
                tutoring.setBarSelected(i, not month.tutoring.met)
        top = max(
            [m.talks_visits.count for m in progress.months]
            + [m.tutoring.count for m in progress.months]
            + [m.talks_visits.target for m in progress.months]
            + [m.tutoring.target for m in progress.months]
        )
        step = 2 if top <= 10 else 4 if top <= 24 else 10
        axis_top = (top // step + 1) * step
        # Series are drawn in the order they are added: the shade first, behind the bars.
        absent = sum(m.state is MonthState.NOT_PARTICIPATING for m in progress.months)
        self.not_participating = self._shade_months(chart, absent, axis_top)
        bars = QBarSeries()
        bars.append(talks)
        bars.append(tutoring)
        chart.addSeries(bars)
        self.talks, self.tutoring = talks, tutoring

        months = QBarCategoryAxis()
        months.append(month_labels(progress))
        months.setLabelsFont(small)
        months.setTruncateLabels(False)
        self.months = months
        counts = QValueAxis()
        counts.setRange(0, axis_top)
        counts.setLabelFormat("%d")
        # Whole numbers at even steps from 0, so that the target lines sit on their own gridlines.
        counts.setTickType(QValueAxis.TickType.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(step)
        counts.setTitleText(self.tr("人次"))
        counts.setLabelsFont(small)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(months)
        bars.attachAxis(counts)
        if self.not_participating is not None:
            self.not_participating.attachAxis(months)
            self.not_participating.attachAxis(counts)

        first = progress.months[0]
        self.target_lines: list[QLineSeries] = []
        for name, target, color in (
            (self.tr("谈心/家访目标 {target}"), first.talks_visits.target, TALKS_COLOR),
            (self.tr("辅导目标 {target}"), first.tutoring.target, TUTORING_COLOR),
        ):
            line = QLineSeries()
            line.setName(name.format(target=target))
            pen = QPen(color)
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.5)
            line.setPen(pen)
            # Across the whole width: categories sit at 0..11, so the line runs from -0.5 to 11.5.
            line.append(-0.5, target)
            line.append(len(progress.months) - 0.5, target)
            chart.addSeries(line)
            self.target_lines.append(line)
            line.attachAxis(months)
            line.attachAxis(counts)
        chart.legend().setFont(small)
        self.setAccessibleDescription(self._description(progress))

    @staticmethod
    def _shade_months(chart: QChart, count: int, top: float) -> QAreaSeries | None:
        """Grey over the first `count` months, those before the teacher began taking part (months before
        the start are always the school year's first ones)."""
        if not count:
            return None
        upper = QLineSeries(chart)
        # Categories sit at 0..11: the first `count` of them span -0.5 to count - 0.5.
        upper.append(-0.5, top)
        upper.append(count - 0.5, top)
        area = QAreaSeries(upper)
        area.setColor(NOT_PARTICIPATING_FILL)
        area.setBorderColor(NOT_PARTICIPATING_FILL)
        chart.addSeries(area)
        # No legend entry: a fifth would not fit beside the others in longer languages; the months' labels
        # say what the grey is.
        for marker in chart.legend().markers(area):
            marker.setVisible(False)
        return area

    @staticmethod
    def _description(progress: YearProgress) -> str:
        """What the chart shows, in words, for screen readers."""
        parts = [
            QCoreApplication.translate("YearChart", "{month}：谈心/家访 {talks}，辅导 {tutoring}，{state}").format(
                month=short_month(m.month),
                talks=m.talks_visits.count,
                tutoring=m.tutoring.count,
                state=state_word(m.state) or QCoreApplication.translate("YearChart", "未开始"),
            )
            for m in progress.months
        ]
        return QCoreApplication.translate("YearChart", "；").join(parts)
