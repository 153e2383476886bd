"""Run the benchmarks, print a table and write bench/results.json.

Every figure is stated with a baseline measured in the same run, because these machines are noisy.
Usage: python bench/run.py [startup] [logging] [views] [export] [backup] [growth]   (all when none is named)

The data sets are built on first use into bench/.work/ and reused; the first run takes a minute or two more.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_backup
import bench_export
import bench_growth
import bench_logging
import bench_startup
import bench_views
from common import WORK, machine

SUITES: dict[str, Callable[[], list[dict[str, object]]]] = {
    "startup": bench_startup.run,
    "logging": bench_logging.run,
    "views": bench_views.run,
    "export": bench_export.run,
    "backup": bench_backup.run,
    "growth": bench_growth.run,
}
NOT_MEASURED = {
    "export": "signing the exported PDF: not built yet",
}


def verdict(row: dict[str, object]) -> str:
    goal, goal_abs = row.get("goal"), row.get("goal_abs")
    if isinstance(goal, float):
        return "ok" if float(row["ratio"]) <= goal else f"MISSED (≤ {goal}×)"  # type: ignore[arg-type]
    if isinstance(goal_abs, float):
        return "ok" if float(row["value"]) <= goal_abs else f"MISSED (≤ {goal_abs} {row['unit']})"  # type: ignore[arg-type]
    return ""


def table(results: list[dict[str, object]]) -> str:
    lines = [f"{'benchmark':48} {'value':>11} {'baseline':>11} {'ratio':>8}  verdict"]
    for row in results:
        if "measure" in row:
            continue  # the growth suite has its own table
        unit = str(row["unit"])
        note = " ".join(s for s in (verdict(row), str(row.get("note", ""))) if s)
        lines.append(
            f"{row['name']:48} {_num(row['value'])}{unit:<3} {_num(row['baseline'])}{unit:<3} "
            f"{float(row['ratio']):>7.2f}×  {note}"  # type: ignore[arg-type]
        )
    return "\n".join(lines)


def growth_table(results: list[dict[str, object]]) -> str:
    """One line per measurement: its value at 1×, 10× and 100×, and the exponent of the last tenfold step."""
    by_measure: dict[str, dict[str, dict[str, object]]] = {}
    for row in results:
        if "measure" in row:
            by_measure.setdefault(str(row["measure"]), {})[str(row["at"])] = row
    if not by_measure:
        return ""
    lines = [f"{'growth (two-year data ×1, ×10, ×100)':40} {'1×':>10} {'10×':>10} {'100×':>10}  exponent"]
    for measure, at in by_measure.items():
        unit = str(at["100×"]["unit"])
        exponent = float(at["100×"].get("exponent", math.nan))  # type: ignore[arg-type]
        worse = "  WORSE THAN LINEAR" if exponent > math.log10(12.5) else ""
        lines.append(
            f"{(measure + (f' ({unit})' if unit else '')):40} {_num(at['10×']['baseline'], 10)} "
            f"{_num(at['10×']['value'], 10)} {_num(at['100×']['value'], 10)}  {exponent:8.2f}{worse}"
        )
    return "\n".join(lines)


def _num(value: object, width: int = 8) -> str:
    number = float(value)  # type: ignore[arg-type]
    text = f"{number:,.0f}" if abs(number) >= 1000 else f"{number:.2f}"
    return f"{text:>{width}}"


def main(argv: list[str]) -> int:
    unknown = [name for name in argv if name not in SUITES]
    if unknown:
        print(f"unknown suite(s): {', '.join(unknown)}; choose from {', '.join(SUITES)}", file=sys.stderr)
        return 2
    chosen = argv or list(SUITES)
    WORK.mkdir(exist_ok=True)
    results: list[dict[str, object]] = []
    seconds: dict[str, float] = {}
    for name in chosen:
        started = time.perf_counter()
        rows = SUITES[name]()
        seconds[name] = round(time.perf_counter() - started, 1)
        print(f"[{name}: {seconds[name]} s]", file=sys.stderr)
        for row in rows:
            row["suite"] = name
        results.extend(rows)
    print(table(results))
    growth = growth_table(results)
    if growth:
        print()
        print(growth)
    notes = [NOT_MEASURED[name] for name in chosen if name in NOT_MEASURED]
    for note in notes:
        print(f"not measured: {note}")
    out = Path(__file__).with_name("results.json")
    report = {
        "date": dt.date.today().isoformat(),
        "machine": machine(),
        "suites_seconds": seconds,
        "not_measured": notes,
        "results": results,
    }
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
