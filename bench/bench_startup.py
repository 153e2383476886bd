"""Start-up to the painted overview over two school years of demo data, against an empty-window floor.

The floor (baseline_startup.py) imports PySide6.QtWidgets and sqlalchemy.orm and shows an empty QMainWindow.
Both are timed from the moment the process is started to their window's first paint, which each writes to
the file named by JILU_FIRST_PAINT_STAMP; the whole run, teardown included, is reported beside it.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from common import PY, WORK, dataset, median

BASELINE = str(Path(__file__).with_name("baseline_startup.py"))


def run(repeat: int = 9) -> list[dict[str, object]]:
    folder = dataset("two-years", [2025, 2026], per_month=36)
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "JILU_TODAY": "2026-12-04",
        # As installed (pip, or a frozen build), the modules are compiled once, not at every start: let the
        # warm-up runs write bytecode (the Makefile turns that off), outside the source tree.
        "PYTHONDONTWRITEBYTECODE": "",
        "PYTHONPYCACHEPREFIX": str(WORK / "pycache"),
    }
    app = [PY, "-m", "jilu_desktop.app", "--data-dir", str(folder), "--quit-after-first-paint"]
    for _ in range(2):  # warm the file cache and compile bytecode
        _timed_run(app, env)
        _timed_run([PY, BASELINE], env)
    runs: dict[str, list[tuple[float, float, int]]] = {"base": [], "app": []}
    for _ in range(repeat):  # interleaved, so that noise hits both alike
        runs["base"].append(_timed_run([PY, BASELINE], env))
        runs["app"].append(_timed_run(app, env))
    (b_paint, b_whole, b_rss), (a_paint, a_whole, a_rss) = (
        tuple(median([float(r[i]) for r in runs[k]]) for i in range(3)) for k in ("base", "app")
    )
    return [
        {
            "name": "start-up to first paint",
            "value": a_paint,
            "unit": "s",
            "baseline": b_paint,
            "ratio": a_paint / b_paint,
            "goal": 1.25,
        },
        {
            "name": "start-up, whole run to exit",
            "value": a_whole,
            "unit": "s",
            "baseline": b_whole,
            "ratio": a_whole / b_whole,
            "goal": None,
        },
        {
            "name": "start-up peak RSS",
            "value": a_rss / 1024,
            "unit": "MiB",
            "baseline": b_rss / 1024,
            "ratio": a_rss / b_rss,
            "goal": 1.3,
        },
    ]


def _timed_run(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Seconds from start to first paint, seconds from start to exit, and peak RSS (KiB) of one run."""
    with tempfile.TemporaryDirectory() as tmp:
        stamp = Path(tmp) / "first-paint"
        started = time.time()
        proc = subprocess.Popen(
            args, env={**os.environ, **env, "JILU_FIRST_PAINT_STAMP": str(stamp)}, stdout=subprocess.DEVNULL
        )
        _, status, usage = os.wait4(proc.pid, 0)
        whole = time.time() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{args} exited {os.waitstatus_to_exitcode(status)}")
        painted = float(stamp.read_text(encoding="ascii")) - started
    return painted, whole, usage.ru_maxrss
