"""Backing up and archiving ten school years of data.

- backup: storage/backup.py's backup_database (SQLite's online backup into a temporary file, PRAGMA
  integrity_check on the copy, fsync, rename), and the check alone, on a backup;
- the data archive (数据包, storage/archive.py, through services.archive as the window and `jilu` use it):
  export (a copy in memory, checked, zipped, written, fsynced, read back and checked whole, renamed), check
  (unzip, SHA-256, integrity and foreign-key checks in memory), and import over a book that holds the same ten
  years (checked backup of that book first, then the archive put into it in one transaction).

The floors: a durable copy of the database file as it lies (read, written, fsynced, renamed; no consistency
while the app writes), and reading the backup, or the archive, once (what any check of it must at least do).

The data: 2016-2026, ten whole school years and the current one, 10,050 records — the upper bound the
export suite uses for ten years too.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

from common import (
    ELEVEN_YEARS,
    PER_MONTH_10K,
    WORK,
    clock,
    dataset,
    median,
    open_dataset,
    record_count,
    row,
    timed,
)

from jilu_desktop.bootstrap import open_services
from jilu_desktop.fileio import atomic_write_bytes
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
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
            archive_rows = _archive(svc, Path(tmp), database, copy, repeat)
    finally:
        svc.close()
    print(f"[backup: {record_count(folder):,} records, {size_mib:.1f} MiB]", file=sys.stderr)
    return [
        row("backup, 10 years (copy + check)", median(backup_t) * 1000, "ms", median(copy_t) * 1000, goal_abs=GOAL_MS),
        row("verify a backup, 10 years", median(check_t) * 1000, "ms", median(read_t) * 1000, goal_abs=GOAL_MS),
        *archive_rows,
    ]


def _archive(svc: AppServices, tmp: Path, database: Path, copy: Path, repeat: int) -> list[dict[str, object]]:
    """Export, check and import of the data archive, each against its floor, interleaved with it."""
    archive = tmp / "book.jilu"
    svc.archive.export(archive)  # warm
    other = open_services(AppPaths(tmp / "other-pc"), clock())
    try:
        other.archive.import_archive(archive, replace=True)  # the other computer holds the same ten years
        export_t, check_t, import_t, copy_t, read_t = [], [], [], [], []
        for _ in range(repeat):
            export_t += timed(lambda: svc.archive.export(archive), 1)
            copy_t += timed(lambda: atomic_write_bytes(copy, database.read_bytes()), 1)
            check_t += timed(lambda: svc.archive.inspect(archive), 1)
            read_t += timed(lambda: hashlib.sha256(archive.read_bytes()).hexdigest(), 1)
            import_t += timed(lambda: other.archive.import_archive(archive, replace=True), 1)
        assert other.archive.current() == svc.archive.current()
    finally:
        other.close()
    print(f"[archive: {archive.stat().st_size / 2**20:.2f} MiB]", file=sys.stderr)
    floor_copy, floor_read = median(copy_t) * 1000, median(read_t) * 1000
    return [
        row("archive export, 10 years (zip, check)", median(export_t) * 1000, "ms", floor_copy, goal_abs=GOAL_MS),
        row("check an archive, 10 years", median(check_t) * 1000, "ms", floor_read, goal_abs=GOAL_MS),
        row(
            "import an archive, 10 years (backup, put in)", median(import_t) * 1000, "ms", floor_copy, goal_abs=GOAL_MS
        ),
    ]


def _integrity_check(path: Path) -> None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()
    finally:
        conn.close()
    assert verdict == ("ok",), verdict
