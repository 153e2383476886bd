"""The year chart on 概览 at every font size, in both languages: each month's label shown whole and apart from
the next (not run together, none dropped), the legend's names not cut, and the target lines shown in the
legend as lines, not as squares like the bars."""

from __future__ import annotations

from itertools import pairwise

import pytest
import shiboken6
from PySide6.QtCharts import QLegend
from PySide6.QtCore import QRectF, QSize
from PySide6.QtWidgets import QApplication, QGraphicsTextItem
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.year_chart import YearChart
from jilu_desktop.ui.preferences import apply_font_size

SMALL_SCREEN = QSize(1024, 700)


def _texts(chart: YearChart) -> list[tuple[str, bool, QRectF]]:
    """Every piece of text QtCharts put in the chart's scene: its words, whether it is shown, and where.

    QtCharts' labels are QGraphicsTextItems that PySide knows only as QGraphicsItems; their QObject says what
    they are.
    """
    found = []
    for item in chart.scene().items():
        graphics_object = item.toGraphicsObject()
        if graphics_object is None or graphics_object.metaObject().className() != "QGraphicsTextItem":
            continue
        text = shiboken6.wrapInstance(shiboken6.getCppPointer(graphics_object)[0], QGraphicsTextItem)
        found.append((text.toPlainText(), text.isVisible(), text.sceneBoundingRect()))
    return found


def _chart(qtbot: QtBot, services: AppServices, language: Lang, points: int) -> YearChart:
    services.demo.fill([2025, 2026])
    services.settings.set_language(language)
    apply_font_size(points)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.overview.show_details()
    # Laid out, its labels fitted to the room it was given, and laid out again: a few turns of the event loop.
    for _ in range(5):
        QApplication.processEvents()
    chart = window.overview.chart
    assert chart is not None
    return chart


@pytest.mark.parametrize("points", [10, 16, 24])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_every_month_is_labelled_apart_from_the_next(
    qtbot: QtBot, services: AppServices, language: Lang, points: int
) -> None:
    chart = _chart(qtbot, services, language, points)
    categories = chart.months.categories()
    months = [line.replace("<br>", "\n").split("\n")[0] for line in categories]
    assert len(months) == 12

    texts = _texts(chart)
    labels = sorted(
        ((text, visible, rect) for text, visible, rect in texts if text.split("\n")[0] in months and "\n" in text),
        key=lambda found: found[2].left(),
    )
    assert [text.split("\n")[0] for text, _, _ in labels] == months  # one label per month, in order
    assert [text for text, visible, _ in labels if not visible] == []  # none dropped
    for (left, _, left_rect), (right, _, right_rect) in pairwise(labels):
        assert left_rect.right() <= right_rect.left(), f"{left!r} runs into {right!r}"
    if points == 10:
        assert not chart.compact_labels  # at the usual size the months are named in full
        assert categories[0] == {"zh": "9月<br>达标", "en": "Sep<br>Met"}[language]


@pytest.mark.parametrize("points", [10, 16, 24])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_legend_is_whole_and_shows_the_targets_as_lines(
    qtbot: QtBot, services: AppServices, language: Lang, points: int
) -> None:
    chart = _chart(qtbot, services, language, points)
    legend = chart.chart().legend()

    markers = [marker for marker in legend.markers() if marker.isVisible()]
    assert len(markers) == 4
    # Qt elides a legend's name that has no room with "..."
    assert [text for text, visible, _ in _texts(chart) if visible and text.endswith("...")] == []
    for line in chart.target_lines:
        (marker,) = legend.markers(line)
        assert marker.shape() == QLegend.MarkerShape.MarkerShapeFromSeries
    for marker in legend.markers(chart.bars):
        assert marker.shape() != QLegend.MarkerShape.MarkerShapeFromSeries
