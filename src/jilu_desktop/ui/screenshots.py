"""Render the windows offscreen into PNG files for the documentation: python -m jilu_desktop.ui.screenshots DIR

The data is fixed (the demo data, or a small example) on a fixed day, so the pictures only change when the
interface does.
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

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.ui.fonts import load_bundled_font
from jilu_desktop.ui.main_window import MainWindow

TODAY = dt.date(2026, 12, 22)  # a Tuesday with ten days of the month left
WINDOW_SIZE = (1000, 680)
Shot = Callable[[MainWindow], QWidget]  # sets the window up and returns what to photograph


def fill_example(services: AppServices) -> None:
    """A teacher part-way through December: 4 of 6 talks and visits, 5 of 8 tutoring, one other help."""
    services.profile.update(name="王丽华", school="武进区湖塘实验小学", post="语文教师、班主任")
    ids = [
        services.students.add(name=name, class_name="五(1)班") for name in ("李小明", "王芳", "张伟", "刘洋", "陈静")
    ]
    li, wang, zhang, liu, chen = ids
    add = services.activities.add
    add(date="2026-12-02", kind="talk", student_ids=[li], place="办公室", content="谈心，了解近期学习情况。")
    add(date="2026-12-07", kind="home-visit", student_ids=[wang], place="学生家中", content="家访，与家长交流。")
    add(date="2026-12-10", kind="talk", student_ids=[zhang], place="心理辅导室", content="谈心，缓解考试焦虑。")
    add(date="2026-12-15", kind="talk", student_ids=[liu], place="操场", content="课间谈心。")
    add(date="2026-12-03", kind="tutoring", student_ids=[li, chen, liu], place="教室", content="午休辅导分数应用题。")
    add(date="2026-12-14", kind="tutoring", student_ids=[li, chen], place="图书室", content="辅导阅读理解。")
    add(date="2026-12-18", kind="assistance", student_ids=[wang], place="食堂", content="帮助申请餐费补助。")


def fill_demo(services: AppServices) -> None:
    """Two school years of demo records, a little fewer in the current month so that it is still to do."""
    services.demo.fill([2025, 2026], per_month=14)


def overview(window: MainWindow) -> QWidget:
    window.overview.show_details()
    return window


def records(window: MainWindow) -> QWidget:
    window.show_page(window.records)
    window.records.table.selectRow(1)
    return window


def dialog_with_error(window: MainWindow) -> QWidget:
    """The quick-entry dialog after Ctrl+Enter with a student chosen but no place: the message beside it."""
    dialog = window.new_record()
    dialog.picker.add(dialog.picker.mentee_id() or 1)
    dialog.place_edit.clear()
    event = QInputMethodEvent("", [])
    event.setCommitString("午休时辅导分数应用题，讲解画线段图的方法。")
    QApplication.sendEvent(dialog.content_edit, event)
    dialog.save()
    return dialog


def _render(out: Path, name: str, data_dir: Path, fill: Callable[[AppServices], None] | None, shot: Shot) -> Path:
    services = open_services(AppPaths(data_dir), FixedClock(TODAY))
    window: MainWindow | None = None
    try:
        if fill is not None:
            fill(services)
        # No data folder is shown: the pictures must not carry the path of the machine that made them.
        window = MainWindow(services)
        window.resize(*WINDOW_SIZE)
        window.show()
        QApplication.processEvents()
        subject = shot(window)
        subject.show()
        QApplication.processEvents()
        target = out / f"{name}.png"
        if not subject.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        return target
    finally:
        if window is not None:
            for dialog in window.findChildren(QWidget):
                if dialog.isWindow() and dialog is not window:
                    dialog.hide()
            window.hide()
            window.deleteLater()
            QApplication.processEvents()
        services.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    load_bundled_font(app)
    with tempfile.TemporaryDirectory() as tmp:
        shots = [
            _render(out, "overview", Path(tmp) / "demo-overview", fill_demo, overview),
            _render(out, "overview-example", Path(tmp) / "example", fill_example, overview),
            _render(out, "overview-first-run", Path(tmp) / "empty", None, overview),
            _render(out, "records", Path(tmp) / "demo-records", fill_demo, records),
            _render(out, "activity-dialog-error", Path(tmp) / "demo-dialog", fill_demo, dialog_with_error),
        ]
    for shot in shots:
        print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
