"""Helpers for the benchmarks: data sets, timing, child-process peak memory."""

from __future__ import annotations

import datetime as dt
import os
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


def clock() -> FixedClock:
    return FixedClock(TODAY, dt.datetime(2026, 12, 4, 9, 0))


def dataset(name: str, school_years: list[int], per_month: int) -> Path:
    """A data folder filled with demo data, built once and reused by later runs."""
    folder = WORK / name
    marker = folder / ".complete"
    if not marker.exists():
        if folder.exists():
            for f in sorted(folder.rglob("*"), reverse=True):
                f.unlink() if f.is_file() else f.rmdir()
        svc = open_services(AppPaths(folder), clock())
        svc.demo.fill(school_years, per_month=per_month)
        svc.close()
        marker.touch()
    return folder


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


def run_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KiB) of one child process, which must exit 0."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} exited {proc.returncode}")
    return elapsed, usage.ru_maxrss


PY = sys.executable
