"""The year chart of the monthly summary: what its labels say and that they stay readable."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Group, Line, String, mmult
from reportlab.graphics.widgetbase import Widget

from jilu_desktop.domain.calendar import school_year_months
from jilu_desktop.domain.progress import MonthState
from jilu_desktop.export.chart import PLOT_BOTTOM, year_chart
from jilu_desktop.export.data import MonthSummary, Targets
from jilu_desktop.export.fonts import default_fonts

TARGETS = Targets(6, 8, frozenset({7, 8}))


def _months() -> list[MonthSummary]:
    """September met (7 and 9 人次, both just above their target lines), the rest of the year not begun."""
    months = school_year_months(2026)
    first, rest = months[0], months[1:]
    return [
        MonthSummary(first.year, first.month, MonthState.MET, 7, 9, 0, 5),
        *(
            MonthSummary(m.year, m.month, MonthState.EXEMPT if m.month in (7, 8) else MonthState.NOT_BEGUN, 0, 0, 0)
            for m in rest
        ),
    ]


def _strings(node: object, transform: tuple[float, ...] = (1, 0, 0, 1, 0, 0)) -> Iterator[tuple[str, float]]:
    """Every piece of text the drawing will draw, with the height of its baseline in the drawing (charts, axes
    and labels are widgets that draw groups, each group may move what it holds)."""
    if isinstance(node, Widget) or (not isinstance(node, (Group, String)) and hasattr(node, "draw")):
        node = node.draw()  # type: ignore[attr-defined]
    if isinstance(node, String):
        _, b, _, d, _, f = transform
        yield node.text, b * node.x + d * node.y + f
    elif isinstance(node, Group):
        inner = mmult(transform, tuple(node.transform))
        for child in node.contents:
            yield from _strings(child, inner)


def test_months_not_counted_show_no_zero_labels() -> None:
    """A month not begun (or exempt, or before the teacher took part) with nothing done prints no “0” over its
    bars, which a reader of the printed book would take for a month that failed; a counted month's 0 stays."""
    drawing = year_chart(_months(), TARGETS, default_fonts().main, 400, 200)
    above_axis = [text for text, y in _strings(drawing) if y > PLOT_BOTTOM + 1 and text.strip().isdigit()]
    # the value axis (2 … 10), the target lines' numbers (6, 8) and September's two bars (7, 9)
    assert sorted(above_axis, key=int) == ["2", "4", "6", "6", "7", "8", "8", "9", "10"]

    short = [MonthSummary(2026, 9, MonthState.SHORT, 0, 9, 0, 2), *_months()[1:]]
    drawing = year_chart(short, TARGETS, default_fonts().main, 400, 200)
    assert "0" in [text for text, y in _strings(drawing) if y > PLOT_BOTTOM + 1]


def test_target_lines_run_behind_the_bar_labels() -> None:
    """The dashed target lines are drawn first, so that a bar label at their height (7 on the line of 8)
    is not struck through."""
    drawing = year_chart(_months(), TARGETS, default_fonts().main, 400, 200)
    contents = drawing.contents
    chart = next(i for i, node in enumerate(contents) if isinstance(node, VerticalBarChart))
    lines = [i for i, node in enumerate(contents) if isinstance(node, Line)]
    assert lines and max(lines) < chart
    bars = contents[chart]
    assert isinstance(bars, VerticalBarChart)
    assert bars.barLabels.boxFillColor is not None
