"""The year at a glance: 人次 per month for the two targets, the target lines, exempt months shaded (and, more
lightly, the months before the teacher began taking part)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from jilu_desktop.domain.progress import MonthState
from jilu_desktop.export import styles as st
from jilu_desktop.export.data import MonthSummary, Targets

PLOT_LEFT = 34
PLOT_BOTTOM = 42
PLOT_TOP_ROOM = 16


def _axis_max(values: Sequence[int]) -> tuple[int, int]:
    """A round top for the value axis and its step, at least a little above the highest target."""
    top = max([*values, 1])
    step = 2
    for candidate in (2, 5, 10, 20, 50, 100, 200, 500):
        step = candidate
        if top / candidate <= 6:
            break
    return (top // step + 1) * step, step


def _counted(month: MonthSummary) -> bool:
    return month.state in (MonthState.MET, MonthState.SHORT, MonthState.IN_PROGRESS)


def year_chart(months: Sequence[MonthSummary], targets: Targets, font: str, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # Without these the renderer selects Helvetica, which would put a font that is not embedded in the file.
    setattr(drawing, "initialFontName", font)  # noqa: B010 (not in reportlab's type stubs)
    setattr(drawing, "initialFontSize", 8)  # noqa: B010
    plot_w = int(width) - PLOT_LEFT - 10
    plot_h = int(height) - PLOT_BOTTOM - PLOT_TOP_ROOM
    values = [m.talks_visits for m in months] + [m.tutoring for m in months]
    top, step = _axis_max([*values, targets.talks_visits, targets.tutoring])

    slot = plot_w / max(len(months), 1)
    for i, m in enumerate(months):
        # Exempt months and months before the teacher began taking part are shaded, each with its word.
        if m.exempt or m.not_participating:
            shade = Rect(PLOT_LEFT + i * slot, PLOT_BOTTOM, slot, plot_h)
            shade.fillColor = st.EXEMPT_FILL if m.exempt else st.NOT_PARTICIPATING_FILL
            shade.strokeColor = None
            drawing.add(shade)
            drawing.add(
                String(PLOT_LEFT + (i + 0.5) * slot, PLOT_BOTTOM + plot_h - 10, "免计" if m.exempt else "未参加",
                       fontName=font, fontSize=7, fillColor=st.MUTED, textAnchor="middle")
            )  # fmt: skip

    # The target lines first: the bars and their labels (on a white ground) come over them, so that a label at
    # a line's height (7 on the line of 8) is not struck through.
    for target, color in ((targets.talks_visits, st.TALKS_COLOR), (targets.tutoring, st.TUTORING_COLOR)):
        y = PLOT_BOTTOM + plot_h * target / top
        drawing.add(Line(PLOT_LEFT, y, PLOT_LEFT + plot_w, y, strokeColor=color, strokeWidth=0.8,
                         strokeDashArray=[3, 2]))  # fmt: skip
        drawing.add(String(PLOT_LEFT + plot_w + 2, y - 2.5, str(target), fontName=font, fontSize=7, fillColor=color))

    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = PLOT_LEFT, PLOT_BOTTOM, plot_w, plot_h
    chart.data = [[m.talks_visits for m in months], [m.tutoring for m in months]]
    chart.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.bars[0].fillColor = st.TALKS_COLOR
    chart.bars[1].fillColor = st.TUTORING_COLOR
    chart.bars.strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeWidth = 0.5
    chart.categoryAxis.categoryNames = [f"{m.month}月" for m in months]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeWidth = 0.5
    # A month that does not count (not begun, exempt, before the teacher took part) prints no “0”: in print
    # it would read as a month with nothing done.
    chart.barLabelFormat = [
        ["%d" if value or _counted(m) else None for value, m in zip(row, months, strict=True)] for row in chart.data
    ]
    chart.barLabels.boxFillColor = colors.white
    chart.barLabels.boxStrokeColor = None
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)

    drawing.add(String(4, PLOT_BOTTOM + plot_h + 6, "人次", fontName=font, fontSize=7.5, fillColor=st.MUTED))
    legend = Legend()
    legend.x, legend.y = PLOT_LEFT, 12
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = font
    legend.fontSize = 8
    legend.dx = legend.dy = 7
    legend.deltax = 150
    legend.colorNamePairs = [
        (st.TALKS_COLOR, f"谈心、家访（目标 {targets.talks_visits} 人次，虚线）"),
        (st.TUTORING_COLOR, f"补课辅导（目标 {targets.tutoring} 人次，虚线）"),
    ]
    drawing.add(legend)
    return drawing
