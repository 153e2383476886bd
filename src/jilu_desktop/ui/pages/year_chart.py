"""The school year at a glance: each month's 人次 against both targets, and whether it was met.

Bars for talks and visits and for tutoring, a dashed line at each target, and under every month what became
of it (达标, 未达标, 免计, 本月, 未参加). Months that fell short have red bars; the months before the teacher
began taking part are shaded grey and labelled in grey. Where twelve such labels do not fit side by side (a
large font, a narrow window) they are shortened (“10” over “✓”), and only then made smaller; the legend's
names of the target lines are shortened likewise (“目标 6”, in the line's colour). QtCharts is imported only here, and
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
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QShowEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QWidget

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.progress import MonthState, YearProgress

TALKS_COLOR = QColor("#1e88e5")
TUTORING_COLOR = QColor("#8e24aa")
SHORT_COLOR = QColor("#e53935")
NOT_PARTICIPATING_FILL = QColor("#eeeeee")  # behind the months before the teacher began taking part
NOT_PARTICIPATING_TEXT = QColor("#757575")
LABEL_GAP = 0.5  # room left between two months' labels, in the labels' average character widths
SMALLEST_LABEL_POINTS = 6.0  # month labels are made no smaller than this to fit


def state_word(state: MonthState) -> str:
    return {
        MonthState.MET: QCoreApplication.translate("YearChart", "达标"),
        MonthState.SHORT: QCoreApplication.translate("YearChart", "未达标"),
        MonthState.EXEMPT: QCoreApplication.translate("YearChart", "免计"),
        MonthState.IN_PROGRESS: QCoreApplication.translate("YearChart", "本月"),
        MonthState.NOT_BEGUN: "",
        MonthState.NOT_PARTICIPATING: QCoreApplication.translate("YearChart", "未参加"),
    }[state]


def short_month(month: Month, compact: bool = False) -> str:
    """“9月” (“Sep”), in the interface's language (QLocale's default); compact: “9” (“Sep”), for a narrow chart."""
    if compact:
        pattern = QCoreApplication.translate("YearChart", "M", "a month under a narrow chart: as short as can be read")
    else:
        pattern = QCoreApplication.translate("YearChart", "M月")
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


def month_labels(progress: YearProgress, compact: bool = False) -> list[str]:
    """“9月” over what became of the month, one label per month of the school year (compact: “9” over “✓”)."""
    # Axis labels are rich text: <br> breaks the line (a "\n" would be drawn as a space).
    return [short_month(m.month, compact) + "<br>" + _state_label(m.state, compact) for m in progress.months]


def _compact_state_word(state: MonthState) -> str:
    """What became of a month in a sign or a character, under a month of a narrow chart."""
    # Each string with its comment spelt out: lupdate reads only literal text.
    return {
        MonthState.MET: QCoreApplication.translate("YearChart", "✓", "under a month of a narrow chart: a sign"),
        MonthState.SHORT: QCoreApplication.translate("YearChart", "✗", "under a month of a narrow chart: a sign"),
        MonthState.EXEMPT: QCoreApplication.translate("YearChart", "免", "under a narrow chart: 免计 in a sign"),
        MonthState.IN_PROGRESS: QCoreApplication.translate("YearChart", "…", "under a narrow chart: 本月 in a sign"),
        MonthState.NOT_BEGUN: "",
        MonthState.NOT_PARTICIPATING: QCoreApplication.translate(
            "YearChart", "–", "under a narrow chart: 未参加 in a sign"
        ),
    }[state]


def _state_label(state: MonthState, compact: bool = False) -> str:
    if state is MonthState.NOT_PARTICIPATING:
        # Greyed, as its part of the chart is: the month is neither met nor missed. Under each of twelve
        # months there is room for a word or two only (the description for screen readers says it in full).
        if compact:
            word = _compact_state_word(state)
        else:
            word = QCoreApplication.translate("YearChart", "未参加", "under a month of the chart: a word or two")
        return f'<font color="{NOT_PARTICIPATING_TEXT.name()}">{word}</font>'
    word = _compact_state_word(state) if compact else state_word(state)
    return word or "&nbsp;"


def label_width(label: str, font: QFont) -> float:
    """The width a chart's rich-text axis label takes in `font`."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setHtml(label)
    return document.idealWidth()


class YearChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)  # sharp on high-DPI screens too
        self.setAccessibleName(self.tr("本学年各月完成情况图"))
        self.setMinimumHeight(220)
        self.progress: YearProgress | None = None
        self.compact_labels = False  # the months' labels shortened to fit (see _fit_labels)
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
        # The room for each month's label is known once the chart is laid out, and again after each resize.
        chart.plotAreaChanged.connect(self._fit_labels)

    def show_year(self, progress: YearProgress) -> None:
        self.progress = None  # until the new axes are in place (see _fit_labels)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        small = self._small_font()

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
        self.bars = bars

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
        self.target_short_names: list[str] = []  # for the legend when the full names do not fit
        for name, target, color in (
            (self.tr("谈心/家访目标 {target}"), first.talks_visits.target, TALKS_COLOR),
            (self.tr("辅导目标 {target}"), first.tutoring.target, TUTORING_COLOR),
        ):
            line = QLineSeries()
            line.setName(name.format(target=target))
            self.target_short_names.append(self.tr("目标 {target}").format(target=target))
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
            for marker in chart.legend().markers(line):
                marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # a dashed line, not a square
        chart.legend().setFont(small)
        self.setAccessibleDescription(self._description(progress))
        self.progress = progress
        self._fit_labels(chart.plotArea())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_labels(self.chart().plotArea())  # a chart resized while hidden is not laid out again

    def _small_font(self) -> QFont:
        """The font of the chart's labels and legend: a little smaller than the window's."""
        small = QFont(self.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.85)
        return small

    def _fit_labels(self, plot_area: QRectF) -> None:
        """Months' labels and legend entries that fit the chart's width: in full if they can, else shortened
        (“10” over “✓”; “目标 6”), and only if even that does not fit in smaller letters. QtCharts would
        otherwise run the labels together, drop some of them, and cut the legend's names short."""
        progress = self.progress
        if progress is None or plot_area.width() <= 0 or not self.isVisible():
            return  # not yet laid out at its size: the full labels until it is
        room = plot_area.width() / len(progress.months)
        font = self._small_font()
        compact = False
        labels = month_labels(progress)
        if not self._labels_fit(labels, font, room):
            compact = True
            labels = month_labels(progress, compact=True)
            while font.pointSizeF() > SMALLEST_LABEL_POINTS and not self._labels_fit(labels, font, room):
                font.setPointSizeF(max(SMALLEST_LABEL_POINTS, font.pointSizeF() - 0.5))
        # Setting the same labels again would lay the chart out again, and call this again.
        if labels != self.months.categories() or font != self.months.labelsFont():
            self.compact_labels = compact
            self.months.setCategories(labels)
            self.months.setLabelsFont(font)
        self._fit_legend()

    @staticmethod
    def _labels_fit(labels: list[str], font: QFont, room: float) -> bool:
        gap = QFontMetricsF(font).averageCharWidth() * LABEL_GAP
        return all(label_width(label, font) + gap <= room for label in labels)

    def _fit_legend(self) -> None:
        """The target lines' full names in the legend if every entry fits in one row, else their short ones."""
        legend = self.chart().legend()
        metrics = QFontMetricsF(legend.font())
        overhead = 2 * metrics.height()  # each entry's marker, its padding and the space before the next (as measured)
        bars = [marker.label() for marker in legend.markers(self.bars)]

        def needed(names: list[str]) -> float:
            return sum(metrics.horizontalAdvance(name) + overhead for name in names)

        full = needed(bars + [line.name() for line in self.target_lines])
        short = full > self.chart().size().width()
        for line, short_name in zip(self.target_lines, self.target_short_names, strict=True):
            for marker in legend.markers(line):
                label = short_name if short else line.name()
                if marker.label() != label:
                    marker.setLabel(label)

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
