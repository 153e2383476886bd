"""Listing records by month, kind and free text at 10,000 records: through the services (against raw SQL),
and on the records page (against the services' query for the same rows)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

from common import dataset, median, open_dataset, timed

from jilu_desktop.domain.activities import ActivityFilter, ActivityKind

SIZES = {"10k": ("ten-thousand", list(range(2016, 2027)), 92)}


def run(repeat: int = 15) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for label, (name, years, per_month) in SIZES.items():
        folder = dataset(name, years, per_month)
        svc = open_dataset(folder)
        raw = sqlite3.connect(folder / "jilu.sqlite3")
        cases = {
            "month": (
                ActivityFilter(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31)),
                "SELECT * FROM activities WHERE date BETWEEN '2026-10-01' AND '2026-10-31'",
            ),
            "kind": (
                ActivityFilter(kind=ActivityKind.HOME_VISIT),
                "SELECT * FROM activities WHERE kind = 'home-visit'",
            ),
            "search": (ActivityFilter(search="王芳"), "SELECT * FROM activities WHERE content LIKE '%王芳%'"),
            "all": (ActivityFilter(), "SELECT * FROM activities"),
        }
        for case, (flt, sql) in cases.items():
            took = median(timed(lambda f=flt, s=svc: s.activities.list(f), repeat)) * 1000
            floor = median(timed(lambda q=sql, c=raw: c.execute(q).fetchall(), repeat)) * 1000
            rows.append(
                {
                    "name": f"list by {case} ({label})",
                    "value": took,
                    "unit": "ms",
                    "baseline": floor,
                    "ratio": took / floor,
                    "goal_abs": 50.0 if label == "10k" and case != "all" else None,
                }
            )
        raw.close()
        svc.close()
    return rows + run_page()


def run_page(repeat: int = 9) -> list[dict[str, object]]:
    """What the teacher waits for on the records page at 10,000 records: a change of month, kind, student
    or search text until the table is drawn again, against the services' reads of what it shows (the count
    and the first CHUNK rows; the rest come as the table is scrolled)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from jilu_desktop.ui.fonts import load_bundled_font
    from jilu_desktop.ui.models.records_model import CHUNK
    from jilu_desktop.ui.pages.records import RecordsPage
    from jilu_desktop.ui.undo import UndoStack

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    load_bundled_font(app)
    name, years, per_month = SIZES["10k"]
    svc = open_dataset(dataset(name, years, per_month))
    page = RecordsPage(svc, UndoStack(), None)
    page.resize(1000, 680)
    page.show()
    page.refresh()
    app.processEvents()
    wang = next(s.id for s in svc.students.list() if s.student.name == "王芳")

    def change(step: object) -> float:
        start = time.perf_counter()
        step()  # type: ignore[operator]
        app.processEvents()  # the table drawn again
        return time.perf_counter() - start

    def months(i: int) -> None:
        page.month_combo.setCurrentIndex(1 + i % 12)

    cases: dict[str, tuple[object, object, ActivityFilter]] = {
        # name: (set-up, the change timed (given the repeat's number), the filter it shows)
        "month": (lambda: None, months, ActivityFilter(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31))),
        "all months": (
            lambda: page.month_combo.setCurrentIndex(1),
            lambda i: page.month_combo.setCurrentIndex(0),
            ActivityFilter(),
        ),
        "kind, all months": (
            lambda: (page.month_combo.setCurrentIndex(0), page.kind_combo.setCurrentIndex(0)),
            lambda i: page.kind_combo.setCurrentIndex(2),  # 家访
            ActivityFilter(kind=ActivityKind.HOME_VISIT),
        ),
        "student, all months": (
            lambda: (page.month_combo.setCurrentIndex(0), page.student_combo.setCurrentIndex(0)),
            lambda i: page.student_combo.setCurrentIndex(page.student_combo.findData(wang)),
            ActivityFilter(student_id=wang),
        ),
        "search, all months": (
            lambda: (page.month_combo.setCurrentIndex(0), page.search_edit.clear()),
            lambda i: page.search_edit.setText("王芳"),
            ActivityFilter(search="王芳"),
        ),
    }
    rows: list[dict[str, object]] = []
    for case, (set_up, step, flt) in cases.items():
        took = []
        for i in range(repeat):
            page.kind_combo.setCurrentIndex(0)
            page.student_combo.setCurrentIndex(0)
            page.search_edit.clear()
            set_up()  # type: ignore[operator]
            app.processEvents()
            took.append(change(lambda i=i, s=step: s(i)))  # type: ignore[operator]
        # The floor: the services' reads for what the page shows (the count and the first screenfuls).
        floor = median(timed(lambda f=flt: (svc.activities.count(f), svc.activities.summaries(f, limit=CHUNK)), repeat))
        value = median(took) * 1000
        rows.append(
            {
                "name": f"records page: {case} (10k)",
                "value": value,
                "unit": "ms",
                "baseline": floor * 1000,
                "ratio": value / (floor * 1000),
                "goal_abs": 50.0,
            }
        )
    page.close()
    svc.close()
    return rows
