"""The calendar, settings and first-run pictures are rendered over demo data, at the page's size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from jilu_desktop.services import AppServices
from jilu_desktop.ui import screenshots_calendar_settings as shots


@pytest.mark.usefixtures("app_font")
def test_renders_every_picture(services: AppServices, tmp_path: Path) -> None:
    services.demo.fill([2025, 2026], per_month=6)
    locale_before = QLocale()

    written = shots.render(services, tmp_path / "shots")

    assert [p.name for p in written] == ["calendar.png", "settings.png", "settings-pseudo.png", "first-run.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
    assert (QImage(str(written[0])).width(), QImage(str(written[0])).height()) == shots.PAGE_SIZE
    # The pseudo-translation was only for its picture.
    assert QCoreApplication.translate("SettingsPage", "保存设置") == "保存设置"
    assert QLocale() == locale_before
