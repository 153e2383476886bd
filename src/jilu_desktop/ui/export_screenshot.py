"""The export dialog with a preview shown, as a PNG for the documentation:

    python -m jilu_desktop.ui.export_screenshot docs/screenshots     # writes docs/screenshots/export.png

Demo data on a fixed day, so that the picture only changes when the dialog does.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

# Before Qt is imported: a documentation run should never open windows on the desktop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPointF, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.ui.dialogs.export_dialog import ExportDialog
from jilu_desktop.ui.fonts import load_bundled_font

TODAY = dt.date(2026, 12, 4)
SIZE = (1000, 680)
TIMEOUT_S = 60
SETTLE_MS = 300
PAGE = 3  # 0-based: the first page of activity records, after the cover, the inside cover and the pledge


def render(out: Path) -> Path:
    """Write `out`/export.png: the record book of the current school year, previewed."""
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(AppPaths(Path(tmp) / "data"), FixedClock(TODAY, dt.datetime(2026, 12, 4, 8, 30)))
        try:
            services.demo.fill([2025, 2026])
            dialog = ExportDialog(services)
            dialog.resize(*SIZE)
            dialog.show()
            _wait_for(dialog.work_done, dialog.preview)
            if dialog.pdf.page_count() > PAGE:
                dialog.pdf.view.pageNavigator().jump(PAGE, QPointF())
            _settle()
            target = out / "export.png"
            if not dialog.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            dialog.close()
            return target
        finally:
            services.close()


def _wait_for(signal: SignalInstance, start: Callable[[], object]) -> None:
    """Run `start`, then the event loop until `signal` (one loop: no polling)."""
    seen: list[bool] = []
    loop = QEventLoop()
    signal.connect(lambda: seen.append(True))
    signal.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    start()
    loop.exec()
    if not seen:
        raise TimeoutError("the preview was not ready in time")


def _settle() -> None:
    """Let the view lay out and paint the pages it has rendered."""
    loop = QEventLoop()
    QTimer.singleShot(SETTLE_MS, loop.quit)
    loop.exec()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    load_bundled_font(app)
    print(render(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
