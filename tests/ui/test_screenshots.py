"""`make screenshots` keeps working: the documentation pictures are rendered and are the window's size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from jilu_desktop.ui import screenshots


@pytest.mark.usefixtures("qapp", "app_font")
def test_renders_the_overview_pictures(tmp_path: Path) -> None:
    assert screenshots.main([str(tmp_path / "shots")]) == 0

    for name in ("overview", "overview-first-run"):
        image = QImage(str(tmp_path / "shots" / f"{name}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == screenshots.WINDOW_SIZE
