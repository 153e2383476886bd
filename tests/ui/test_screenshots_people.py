"""The students and pledge pictures for the documentation are rendered over the demo data, whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from jilu_desktop.services import AppServices
from jilu_desktop.ui import screenshots_people


@pytest.mark.usefixtures("qapp", "app_font")
def test_renders_both_pages_over_demo_data(services: AppServices, tmp_path: Path) -> None:
    services.demo.fill([2025, 2026])

    shots = screenshots_people.render(services, tmp_path / "shots")

    assert [p.name for p in shots] == ["students.png", "pledge.png"]
    students = QImage(str(shots[0]))
    assert (students.width(), students.height()) == screenshots_people.PAGE_SIZE
    pledge = QImage(str(shots[1]))
    assert pledge.width() == screenshots_people.PAGE_SIZE[0]
    assert pledge.height() > screenshots_people.PAGE_SIZE[1]  # the whole form, not the window's first view
    # The demo pledge is signed for the picture, through the service like any signature.
    view = services.pledges.get(2026)
    assert view is not None and view.pledge.signature_png is not None


@pytest.mark.usefixtures("qapp", "app_font")
def test_main_writes_into_the_given_folder(tmp_path: Path) -> None:
    assert screenshots_people.main([str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["pledge.png", "students.png"]
