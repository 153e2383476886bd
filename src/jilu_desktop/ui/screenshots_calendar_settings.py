"""Pictures of the calendar, the settings (also pseudo-translated) and the first-run wizard, for the documentation.

    python -m jilu_desktop.ui.screenshots_calendar_settings DIR

render(services, out_dir) is also meant for the main screenshot script. The data is the demo's (two school
years of records) on a fixed day, so the pictures only change when the pages do.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

# Before Qt is imported: a documentation run should never open windows on the desktop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from jilu_desktop.domain.activities import ActivityFilter
from jilu_desktop.domain.calendar import Month
from jilu_desktop.services import AppServices
from jilu_desktop.ui.first_run import FirstRunWizard
from jilu_desktop.ui.i18n import install_translations
from jilu_desktop.ui.pages.calendar import CalendarPage
from jilu_desktop.ui.pages.settings import SettingsPage

TODAY = dt.date(2026, 12, 22)
PAGE_SIZE = (960, 600)  # the main window's central area at its default size


def _grab(widget: QWidget, target: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    widget.close()
    return target


def _busiest_day(services: AppServices) -> dt.date:
    """The day of this month with the most records, so that the picture shows a day's list."""
    month = Month.of(services.clock.today())
    records = services.activities.list(ActivityFilter(start=month.first_day, end=services.clock.today()))
    days = Counter(r.activity.date for r in records)
    return days.most_common(1)[0][0] if days else services.clock.today()


def render(services: AppServices, out_dir: Path) -> list[Path]:
    """calendar.png, settings.png, settings-pseudo.png and first-run.png (the wizard over an empty book)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stack = QUndoStack()
    calendar = CalendarPage(services, stack)
    calendar.resize(*PAGE_SIZE)
    calendar.select_date(_busiest_day(services))
    shots = [_grab(calendar, out_dir / "calendar.png")]

    settings = SettingsPage(services, stack)
    settings.resize(*PAGE_SIZE)
    shots.append(_grab(settings, out_dir / "settings.png"))

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pseudo = install_translations(app, "zh", pseudo=True)
    try:
        stretched = SettingsPage(services, stack)
        stretched.resize(*PAGE_SIZE)
        shots.append(_grab(stretched, out_dir / "settings-pseudo.png"))
    finally:
        pseudo.remove()

    shots.append(_first_run(services, out_dir / "first-run.png"))
    return shots


def _first_run(services: AppServices, target: Path) -> Path:
    """The wizard as a new teacher sees it: over an empty record book, on the same day."""
    from jilu_desktop.bootstrap import open_services
    from jilu_desktop.paths import AppPaths
    from jilu_desktop.services.clock import FixedClock

    with tempfile.TemporaryDirectory() as tmp:
        empty = open_services(AppPaths(Path(tmp)), FixedClock(services.clock.today()))
        try:
            wizard = FirstRunWizard(empty)
            return _grab(wizard, target)
        finally:
            empty.close()


def main(argv: Sequence[str] | None = None) -> int:
    from jilu_desktop.bootstrap import open_services
    from jilu_desktop.paths import AppPaths
    from jilu_desktop.services.clock import FixedClock
    from jilu_desktop.ui.fonts import load_bundled_font

    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0] if args else "docs/screenshots")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    load_bundled_font(app)
    chinese = install_translations(app, "zh", pseudo=False)  # Qt's own buttons in Chinese too
    try:
        with tempfile.TemporaryDirectory() as tmp:
            services = open_services(AppPaths(Path(tmp)), FixedClock(TODAY))
            try:
                services.demo.fill([TODAY.year - 1, TODAY.year])
                shots = render(services, out)
            finally:
                services.close()
    finally:
        chinese.remove()
    for shot in shots:
        print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
