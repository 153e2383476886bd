"""Pictures of the students page and the pledge page over demo data, for the documentation.

    python -m jilu_desktop.ui.screenshots_people DIR

render(services, out_dir) is also called by the main screenshot script. The data is the demo's (two school
years of records), on a fixed day, with a signature written in the bundled font, so the pictures only
change when the pages do.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

# Before Qt is imported: a documentation run should never open windows on the desktop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.services import AppServices
from jilu_desktop.signature_picture import crop_to_ink, png_bytes
from jilu_desktop.ui.pages.pledge import PledgePage
from jilu_desktop.ui.pages.students import StudentsPage
from jilu_desktop.ui.widgets.signature_pad import INK

TODAY = dt.date(2026, 12, 22)
PAGE_SIZE = (960, 600)  # the main window's central area at its default size


def demo_signature(name: str) -> bytes:
    """A stand-in for a handwritten signature: the name in ink, slanted, with a stroke under it."""
    image = QImage(900, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(QApplication.font())
    font.setPixelSize(150)
    font.setItalic(True)
    painter.setFont(font)
    painter.setPen(INK)
    painter.shear(-0.25, 0)
    painter.drawText(QPointF(160, 200), name)
    painter.resetTransform()
    flourish = QPainterPath(QPointF(120, 250))
    flourish.cubicTo(QPointF(350, 215), QPointF(560, 280), QPointF(780, 225))
    painter.setPen(QPen(QColor(INK), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(flourish)
    painter.end()
    cropped = crop_to_ink(image)
    assert cropped is not None
    return png_bytes(cropped)


def _grab(widget: QWidget, target: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    widget.close()
    return target


def render(services: AppServices, out_dir: Path) -> list[Path]:
    """students.png and pledge.png over whatever `services` hold (the demo data, usually)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stack = QUndoStack()
    year = school_year_of(services.clock.today())
    view = services.pledges.get(year)
    profile = services.profile.get()
    if view is not None and view.pledge.signature_png is None and profile is not None:
        services.pledges.set(year, view.pledge.mentee_id, signature_png=demo_signature(profile.name))

    students = StudentsPage(services, stack)
    students.resize(*PAGE_SIZE)
    shots = [_grab(students, out_dir / "students.png")]

    pledge = PledgePage(services, stack)
    # The whole form, top to bottom: in the window it scrolls.
    pledge.resize(*PAGE_SIZE)
    pledge.show()
    for _ in range(5):  # the form's height depends on its width (wrapped text, the signature's 3:1)
        QApplication.processEvents()
        extra = pledge.scroll_area.verticalScrollBar().maximum()
        if extra <= 0:
            break
        pledge.resize(PAGE_SIZE[0], pledge.height() + extra)
    shots.append(_grab(pledge, out_dir / "pledge.png"))
    return shots


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
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(AppPaths(Path(tmp)), FixedClock(TODAY))
        try:
            services.demo.fill([TODAY.year - 1, TODAY.year])
            shots = render(services, out)
        finally:
            services.close()
    for shot in shots:
        print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
