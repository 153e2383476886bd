"""Run the benchmarks, print a table and write bench/results.json.

Every figure is stated with a baseline measured in the same run, because these machines are noisy.
Usage: python bench/run.py [startup] [logging] [views]
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_export
import bench_logging
import bench_startup
import bench_views

SUITES = {
    "startup": bench_startup.run,
    "logging": bench_logging.run,
    "views": bench_views.run,
    "export": bench_export.run,
}


def verdict(row: dict[str, object]) -> str:
    goal, goal_abs = row.get("goal"), row.get("goal_abs")
    if isinstance(goal, float):
        return "ok" if float(row["ratio"]) <= goal else f"MISSED (≤ {goal}×)"  # type: ignore[arg-type]
    if isinstance(goal_abs, float):
        return "ok" if float(row["value"]) <= goal_abs else f"MISSED (≤ {goal_abs} {row['unit']})"  # type: ignore[arg-type]
    return ""


def main(argv: list[str]) -> int:
    chosen = argv or list(SUITES)
    results = []
    for name in chosen:
        started = time.perf_counter()
        rows = SUITES[name]()
        print(f"[{name}: {time.perf_counter() - started:.1f} s]", file=sys.stderr)
        results.extend(rows)
    print(f"{'benchmark':42} {'value':>10} {'baseline':>10} {'ratio':>7}  verdict")
    for row in results:
        print(
            f"{row['name']:42} {row['value']:>8.2f}{row['unit']:<2} {row['baseline']:>8.2f}{row['unit']:<2} "
            f"{row['ratio']:>6.2f}×  {verdict(row)}"
        )
    machine = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "system": platform.system(),
    }
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps({"machine": machine, "results": results}, ensure_ascii=False, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
