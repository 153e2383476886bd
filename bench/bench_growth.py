"""Growth: the same measurements over the two-year demo data at 1×, 10× and 100× its records.

The data: school years 2025 and 2026 (up to 2026-12-04) with 36, 360 and 3,600 records a month (vacations
and February fewer), so that every month, the school year's book and the whole file all grow by 10 and 100.
Each figure is stated against the same figure at 1× (its baseline); "exponent" is log10 of the growth over
the last tenfold step (10× to 100×): 0 is flat, 1 is linear, above 1 grows worse than linearly.

Start-up and export run as child processes; the rest is measured in a fresh process for each size.
The 100× school-year book (some 34,000 records, 6,000+ pages) is exported once, not three times: it alone
takes about as long as the rest of this suite.
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import bench_export
import bench_startup
import bench_views
from bench_logging import add_times
from common import (
    TWO_YEARS,
    TWO_YEARS_PER_MONTH,
    WORK,
    dataset,
    in_child,
    median,
    open_dataset,
    percentile,
    record_count,
    timed,
)

FACTORS = {"1×": 1, "10×": 10, "100×": 100}
BOOK_YEAR = 2025  # the whole 2025学年 (September 2025 to August 2026)


def run() -> list[dict[str, object]]:
    figures: dict[str, dict[str, float]] = {}  # measurement -> size -> value
    units: dict[str, str] = {}

    def put(name: str, unit: str, size: str, value: float) -> None:
        figures.setdefault(name, {})[size] = value
        units[name] = unit

    for size, factor in FACTORS.items():
        folder = dataset(TWO_YEARS, TWO_YEARS_PER_MONTH * factor)
        put("records", "", size, record_count(folder))
        put("database file", "MiB", size, (folder / "jilu.sqlite3").stat().st_size / 2**20)

        starts = [bench_startup.timed_start(bench_startup.app_command(folder)) for _ in range(8)][1:]  # 1 warm-up
        put("start-up to first paint", "s", size, median([s[0] for s in starts]))
        put("start-up peak RSS", "MiB", size, median([s[2] for s in starts]) / 1024)

        for name, (unit, value) in in_child(__file__, str(factor)).items():  # type: ignore[union-attr]
            put(name, unit, size, value)

        books = [bench_export.measure_child("book", folder, BOOK_YEAR) for _ in range(1 if factor == 100 else 3)]
        put("export the school year's book", "s", size, median([b["seconds"] for b in books]))
        put("export peak RSS", "MiB", size, median([b["rss_kib"] for b in books]) / 1024)
        put("book pages", "", size, median([b["pages"] for b in books]))
        print(f"[growth {size}: {figures['records'][size]:,.0f} records]", file=sys.stderr)

    rows: list[dict[str, object]] = []
    for name, by_size in figures.items():
        base = by_size["1×"]
        for size in ("10×", "100×"):
            rows.append(
                {
                    "name": f"growth: {name} at {size}",
                    "value": by_size[size],
                    "unit": units[name],
                    "baseline": base,
                    "ratio": by_size[size] / base,
                    "measure": name,
                    "at": size,
                }
            )
        step = by_size["100×"] / by_size["10×"]
        rows[-1]["exponent"] = math.log10(step) if step > 0 else float("nan")
        rows[-1]["note"] = f"exponent {rows[-1]['exponent']:.2f}" + (" WORSE THAN LINEAR" if step > 10 * 1.25 else "")
    return rows


def measure(factor: int) -> dict[str, tuple[str, float]]:
    """What is measured in the process itself, in a fresh one for each size: name -> (unit, value)."""
    folder = dataset(TWO_YEARS, TWO_YEARS_PER_MONTH * factor)
    size = f"{factor}×"
    found: dict[str, tuple[str, float]] = {}
    service_times, _ = add_times(folder, 300)
    found["add one activity p50"] = ("ms", median(service_times) * 1000)
    found["add one activity p99 (of 300)"] = ("ms", percentile(service_times, 0.99) * 1000)
    svc = open_dataset(folder)
    try:
        for case in ("month", "search"):
            flt = bench_views.SERVICE_CASES[case][0]
            found[f"service list by {case}"] = ("ms", _median_ms(lambda f=flt: svc.activities.list(f), 7))  # type: ignore[misc]
        overview: Callable[[], object] = lambda: (svc.progress.month(), svc.profile.get())  # noqa: E731
        found["overview's first reads"] = ("ms", _median_ms(overview, 7))
        with tempfile.TemporaryDirectory(dir=WORK) as tmp:
            archive = Path(tmp) / "book.jilu"
            found["data archive export"] = ("ms", _median_ms(lambda: svc.archive.export(archive), 5))
            found["data archive check"] = ("ms", _median_ms(lambda: svc.archive.inspect(archive), 5))
    finally:
        svc.close()
    for r in bench_views.page_rows(folder, size, repeat=5, only=("month", "search, all months")):
        found[str(r["name"]).replace(f" ({size})", "")] = ("ms", float(r["value"]))  # type: ignore[arg-type]
    return found


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    return median(timed(fn, repeat)) * 1000


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(json.dumps(measure(int(sys.argv[1]))), "utf-8")
