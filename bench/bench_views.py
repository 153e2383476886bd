"""Listing records by month, kind and free text at 10,000 and 100,000 records: through the services (against
raw SQL for the same rows), and on the records page (against the services' reads of what it shows).

At 100,000 records each line also says how much it grew from 10,000 (×10 the records). Each size is measured
in a process of its own.

Usage as a child: python bench/bench_views.py 10k|100k RESULT_JSON
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import ELEVEN_YEARS, PER_MONTH_10K, PER_MONTH_100K, dataset, in_child, median, open_dataset, row, timed

from jilu_desktop.domain.activities import ActivityFilter, ActivityKind

SIZES = {"10k": PER_MONTH_10K, "100k": PER_MONTH_100K}
GOAL_MS = 50.0  # at 10,000 records
OCTOBER = ActivityFilter(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31))
WANG_FANG = 2  # the demo's second student (checked below): a student's timeline lists all her records
SERVICE_CASES = {
    # name: (the services' filter, the raw SQL floor for the same rows)
    "month": (OCTOBER, "SELECT * FROM activities WHERE date BETWEEN '2026-10-01' AND '2026-10-31'"),
    "kind": (ActivityFilter(kind=ActivityKind.HOME_VISIT), "SELECT * FROM activities WHERE kind = 'home-visit'"),
    "search": (ActivityFilter(search="王芳"), "SELECT * FROM activities WHERE content LIKE '%王芳%'"),
    "student": (
        ActivityFilter(student_id=WANG_FANG),
        "SELECT * FROM activities WHERE id IN "
        f"(SELECT activity_id FROM activity_students WHERE student_id = {WANG_FANG})",
    ),
    "all": (ActivityFilter(), "SELECT * FROM activities"),
}


def run() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for label, per_month in SIZES.items():
        dataset(ELEVEN_YEARS, per_month)  # built here, not timed in the child
        rows += in_child(__file__, label)  # type: ignore[arg-type]
    return with_growth(rows, "10k", "100k")


def measure(label: str) -> list[dict[str, object]]:
    folder = dataset(ELEVEN_YEARS, SIZES[label])
    rows = service_rows(folder, label, repeat=15 if label == "10k" else 5)
    return rows + page_rows(folder, label, repeat=9 if label == "10k" else 5)


def with_growth(rows: list[dict[str, object]], small: str, big: str) -> list[dict[str, object]]:
    """Note on each `big` line how many times its `small` line's value it is."""
    values = {str(r["name"]): float(r["value"]) for r in rows}  # type: ignore[arg-type]
    for r in rows:
        name = str(r["name"])
        if name.endswith(f"({big})") and name.replace(f"({big})", f"({small})") in values:
            r["growth"] = float(r["value"]) / values[name.replace(f"({big})", f"({small})")]  # type: ignore[arg-type]
            r["note"] = f"×{r['growth']:.1f} from {small}"
    return rows


def service_rows(folder: Path, label: str, repeat: int) -> list[dict[str, object]]:
    svc = open_dataset(folder)
    raw = sqlite3.connect(folder / "jilu.sqlite3")
    rows = []
    try:
        assert svc.students.get(WANG_FANG).student.name == "王芳"
        for case, (flt, sql) in SERVICE_CASES.items():
            n = repeat if case != "all" or label == "10k" else 3
            took = median(timed(lambda f=flt: svc.activities.list(f), n)) * 1000
            floor = median(timed(lambda q=sql: raw.execute(q).fetchall(), n)) * 1000
            goal = GOAL_MS if label == "10k" and case != "all" else None
            rows.append(row(f"list by {case} ({label})", took, "ms", floor, goal_abs=goal))
    finally:
        raw.close()
        svc.close()
    return rows


def page_rows(folder: Path, label: str, repeat: int, only: tuple[str, ...] = ()) -> list[dict[str, object]]:
    """What the teacher waits for on the records page: a change of month, kind, student or search text until
    the table is drawn again, against the services' reads of what it shows (the count and the first CHUNK
    rows; the rest come as the table is scrolled)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from jilu_desktop.ui.fonts import load_bundled_font
    from jilu_desktop.ui.models.records_model import CHUNK
    from jilu_desktop.ui.pages.records import RecordsPage
    from jilu_desktop.ui.undo import UndoStack

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    load_bundled_font(app)
    svc = open_dataset(folder)
    page = RecordsPage(svc, UndoStack(), None)
    page.resize(1000, 680)
    page.show()
    page.refresh()
    app.processEvents()
    wang = next(s.id for s in svc.students.list() if s.student.name == "王芳")

    def change(step: Callable[[], object]) -> float:
        start = time.perf_counter()
        step()
        app.processEvents()  # the table drawn again
        return time.perf_counter() - start

    def shown(flt: ActivityFilter) -> object:
        return svc.activities.count(flt), svc.activities.summaries(flt, limit=CHUNK)

    def months(i: int) -> None:
        page.month_combo.setCurrentIndex(1 + i % 12)

    cases: dict[str, tuple[Callable[[], object], Callable[[int], object], ActivityFilter]] = {
        # name: (set-up, the change timed (given the repeat's number), the filter it shows)
        "month": (lambda: None, months, OCTOBER),
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
    try:
        for case, (set_up, step, flt) in cases.items():
            if only and case not in only:
                continue
            took = []
            for i in range(repeat):
                page.kind_combo.setCurrentIndex(0)
                page.student_combo.setCurrentIndex(0)
                page.search_edit.clear()
                set_up()
                app.processEvents()
                took.append(change(lambda i=i, s=step: s(i)))  # type: ignore[misc]
            # The floor: the services' reads for what the page shows (the count and the first screenful).
            floor = median(timed(lambda f=flt: shown(f), repeat))  # type: ignore[misc]
            goal = GOAL_MS if label == "10k" else None
            rows.append(row(f"records page: {case} ({label})", median(took) * 1000, "ms", floor * 1000, goal_abs=goal))
    finally:
        page.close()
        page.deleteLater()
        svc.close()
    return rows


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(json.dumps(measure(sys.argv[1]), ensure_ascii=False), "utf-8")
