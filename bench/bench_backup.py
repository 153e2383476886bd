"""Backing up ten school years of data: storage/backup.py's backup_database (SQLite's online backup into a
temporary file, PRAGMA integrity_check on the copy, fsync, rename), and the check alone, on a backup.

The floors: a durable copy of the database file as it lies (read, written, fsynced, renamed; no consistency
while the app writes), and reading the backup once (what any check of it must at least do).

The data: 2016-2026, ten whole school years and the current one, 10,050 records — the upper bound the
export suite uses for ten years too. Archive export (a whole school year put away) is not built yet, so it
is not measured.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

from common import ELEVEN_YEARS, PER_MONTH_10K, WORK, dataset, median, open_dataset, record_count, row, timed

from jilu_desktop.fileio import atomic_write_bytes
from jilu_desktop.storage.backup import backup_database

GOAL_MS = 1000.0


def run(repeat: int = 7) -> list[dict[str, object]]:
    folder = dataset(ELEVEN_YEARS, PER_MONTH_10K)
    database = folder / "jilu.sqlite3"
    svc = open_dataset(folder)
    try:
        with tempfile.TemporaryDirectory(dir=WORK) as tmp:
            target, copy = Path(tmp) / "backup.sqlite3", Path(tmp) / "copy.sqlite3"
            backup_database(svc.db.engine, target)  # warm the file cache
            backup_t, copy_t = [], []
            for _ in range(repeat):  # interleaved, so that noise hits both alike
                backup_t += timed(lambda: backup_database(svc.db.engine, target), 1)
                copy_t += timed(lambda: atomic_write_bytes(copy, database.read_bytes()), 1)
            check_t = timed(lambda: _integrity_check(target), repeat)
            read_t = timed(lambda: hashlib.sha256(target.read_bytes()).hexdigest(), repeat)
            size_mib = target.stat().st_size / 2**20
    finally:
        svc.close()
    print(f"[backup: {record_count(folder):,} records, {size_mib:.1f} MiB]", file=sys.stderr)
    return [
        row("backup, 10 years (copy + check)", median(backup_t) * 1000, "ms", median(copy_t) * 1000, goal_abs=GOAL_MS),
        row("verify a backup, 10 years", median(check_t) * 1000, "ms", median(read_t) * 1000, goal_abs=GOAL_MS),
    ]


def _integrity_check(path: Path) -> None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()
    finally:
        conn.close()
    assert verdict == ("ok",), verdict
