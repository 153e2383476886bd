"""Helpers for the benchmarks: data sets, timing, child processes and their peak memory, the machine."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock

TODAY = dt.date(2026, 12, 4)
WORK = Path(__file__).with_name(".work")
PY = sys.executable

# The demo data sets (DemoService.fill): school years and records a month. "Two years" is what the start-up
# is measured over; the growth suite multiplies its records a month by 10 and 100. The 10,000 and 100,000
# record sets span eleven school years (2016-2026: ten whole ones and the current one).
TWO_YEARS = [2025, 2026]
TWO_YEARS_PER_MONTH = 36
ELEVEN_YEARS = list(range(2016, 2027))
PER_MONTH_10K = 100  # 10,050 records
PER_MONTH_100K = 1000  # 100,650 records


def clock() -> FixedClock:
    return FixedClock(TODAY, dt.datetime(2026, 12, 4, 9, 0))


def dataset(school_years: list[int], per_month: int) -> Path:
    """A data folder filled with demo data, built once (in one transaction) and reused by later runs."""
    folder = WORK / f"demo-{school_years[0]}-{school_years[-1]}-x{per_month}"
    marker = folder / ".complete"
    if not marker.exists():
        if folder.exists():
            for f in sorted(folder.rglob("*"), reverse=True):
                f.unlink() if f.is_file() else f.rmdir()
        started = time.perf_counter()
        svc = open_services(AppPaths(folder), clock())
        summary = svc.demo.fill(school_years, per_month=per_month)
        svc.close()
        marker.touch()
        print(f"[built {folder.name}: {summary.activities:,} records in {time.perf_counter() - started:.0f} s]",
              file=sys.stderr)  # fmt: skip
    return folder


def record_count(folder: Path) -> int:
    conn = sqlite3.connect(folder / "jilu.sqlite3")
    try:
        return int(conn.execute("SELECT count(*) FROM activities").fetchone()[0])
    finally:
        conn.close()


def open_dataset(folder: Path) -> AppServices:
    return open_services(AppPaths(folder), clock())


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_child(args: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time (s) of one child process, which must exit 0.

    Its memory is not taken from os.wait4(): Linux carries the parent's peak into a child started with
    fork/vfork and exec, so every child of this (large) process would report at least its size. Children
    report their own peak instead (peak_rss_kib, from /proc/self/status).
    """
    start = time.perf_counter()
    proc = subprocess.run(args, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{args} exited {proc.returncode}")
    return elapsed


def in_child(script: str, *args: str) -> object:
    """Run `python script *args RESULT_JSON` and return what it wrote to RESULT_JSON.

    Measurements that compare sizes run in a fresh process each, so that the larger size does not pay for
    the memory (and the garbage collector's work) that the smaller one left behind.
    """
    import json
    import tempfile

    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        result = Path(tmp) / "result.json"
        run_child([PY, script, *args, str(result)], {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
        return json.loads(result.read_text("utf-8"))


def row(name: str, value: float, unit: str, baseline: float, **extra: object) -> dict[str, object]:
    """One line of the table: a figure with the baseline it is stated against (ratio = value / baseline)."""
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "ratio": value / baseline, **extra}


def machine() -> dict[str, object]:
    """Where the figures come from: processor, cores, memory, system and versions (not the host's name)."""
    cpu = platform.processor() or platform.machine()
    memory_gib = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
        with open("/proc/meminfo", encoding="utf-8") as f:
            kib = next(int(line.split()[1]) for line in f if line.startswith("MemTotal:"))
            memory_gib = round(kib / 1024 / 1024, 1)
    except (OSError, StopIteration, ValueError):
        pass
    import PySide6
    import reportlab
    import sqlalchemy

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": memory_gib,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": sqlite3.sqlite_version,
        "reportlab": reportlab.Version,
    }


def peak_rss_kib() -> int:
    """As ui/first_paint.peak_rss_kib: this process's peak resident memory (KiB), from /proc (VmHWM); copied,
    so that a measured child does not import Qt for it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0
