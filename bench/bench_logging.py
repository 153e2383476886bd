"""Adding one activity through the service layer with 10,000 records, against a raw SQLite insert+commit.

Both write with synchronous=FULL in WAL mode (the app's pragmas), into a copy of the data set.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from common import ELEVEN_YEARS, PER_MONTH_10K, WORK, dataset, median, open_dataset, percentile, row, timed


def add_times(source: Path, adds: int) -> tuple[list[float], list[float]]:
    """Seconds per add through the services, and per raw insert+commit of the same rows, on a copy of `source`."""
    folder = WORK / "logging-copy"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, folder)
    svc = open_dataset(folder)
    student_ids = [s.id for s in svc.students.list()][:3]

    def add() -> None:
        svc.activities.add(
            date=dt.date(2026, 12, 3),
            kind="tutoring",
            student_ids=student_ids,
            place="教室",
            content="午休时为三名学生辅导数学应用题，讲解画线段图的方法。",
        )

    service_times = timed(add, adds)
    svc.close()

    raw = sqlite3.connect(folder / "jilu.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")

    def raw_add() -> None:
        raw.execute("BEGIN")
        cur = raw.execute(
            "INSERT INTO activities (date, time, kind, place, content, created_at, updated_at) "
            "VALUES ('2026-12-03', NULL, 'tutoring', '教室', '辅导', '2026-12-04 09:00:00', '2026-12-04 09:00:00')"
        )
        raw.executemany(
            "INSERT INTO activity_students (activity_id, student_id, position) VALUES (?, ?, ?)",
            [(cur.lastrowid, sid, i) for i, sid in enumerate(student_ids)],
        )
        raw.execute("COMMIT")

    raw_times = timed(raw_add, adds)
    raw.close()
    shutil.rmtree(folder, ignore_errors=True)
    return service_times, raw_times


def run(adds: int = 1000) -> list[dict[str, object]]:
    service_times, raw_times = add_times(dataset(ELEVEN_YEARS, PER_MONTH_10K), adds)
    p50, p99 = median(service_times) * 1000, percentile(service_times, 0.99) * 1000
    r50, r99 = median(raw_times) * 1000, percentile(raw_times, 0.99) * 1000
    return [
        row("add one activity p50 (10k records)", p50, "ms", r50),
        row("add one activity p99 (10k records)", p99, "ms", r99, goal_abs=20.0),
    ]
