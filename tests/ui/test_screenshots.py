"""`make screenshots` keeps working: the documentation pictures are rendered, the window's at its size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from jilu_desktop.ui import screenshots

WINDOW_PICTURES = ("overview", "overview-example", "overview-first-run", "records")


@pytest.mark.usefixtures("qapp", "app_font")
def test_renders_the_window_and_the_quick_entry(tmp_path: Path) -> None:
    assert screenshots.main([str(tmp_path / "shots")]) == 0

    for name in WINDOW_PICTURES:
        image = QImage(str(tmp_path / "shots" / f"{name}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == screenshots.WINDOW_SIZE
    dialog = QImage(str(tmp_path / "shots" / "activity-dialog-error.png"))
    assert not dialog.isNull()
    assert 400 < dialog.width() < screenshots.WINDOW_SIZE[0]
