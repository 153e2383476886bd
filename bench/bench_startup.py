"""Start-up to the painted overview over two school years of demo data, against an empty-window floor.

The floor (baseline_startup.py) imports PySide6.QtWidgets and sqlalchemy.orm and shows an empty QMainWindow.
Both are timed from the moment the process is started to the end of their window's first paint pass, when
each writes the time and its peak resident memory so far to the file named by JILU_FIRST_PAINT_STAMP; the
whole run, teardown included, is reported beside it.

The app runs with the garbage collector off until its first paint (app.run_gui). The floor is measured
both as it is and with its collector off too, so that what that setting alone is worth can be seen.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from common import PY, TWO_YEARS, TWO_YEARS_PER_MONTH, WORK, dataset, median, row

BASELINE = str(Path(__file__).with_name("baseline_startup.py"))
ENV = {
    "QT_QPA_PLATFORM": "offscreen",
    "JILU_TODAY": "2026-12-04",
    # As installed (pip, or a frozen build), the modules are compiled once, not at every start: let the
    # warm-up runs write bytecode (the Makefile turns that off), outside the source tree.
    "PYTHONDONTWRITEBYTECODE": "",
    "PYTHONPYCACHEPREFIX": str(WORK / "pycache"),
}


def app_command(folder: Path) -> list[str]:
    return [PY, "-m", "jilu_desktop.app", "--data-dir", str(folder), "--quit-after-first-paint"]


def run(repeat: int = 9) -> list[dict[str, object]]:
    folder = dataset(TWO_YEARS, TWO_YEARS_PER_MONTH)
    commands = {
        "floor": ([PY, BASELINE], {}),
        "floor, GC off": ([PY, BASELINE], {"JILU_BENCH_GC_OFF": "1"}),
        "app": (app_command(folder), {}),
    }
    for _ in range(2):  # warm the file cache and compile bytecode
        for args, env in commands.values():
            timed_start(args, env)
    runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
    for _ in range(repeat):  # interleaved, so that noise hits all alike
        for name, (args, env) in commands.items():
            runs[name].append(timed_start(args, env))
    paint, whole, rss = ({k: median([float(r[i]) for r in v]) for k, v in runs.items()} for i in range(3))
    return [
        row("start-up to first paint", paint["app"], "s", paint["floor"], goal=1.25),
        row("start-up vs floor with its GC off too", paint["app"], "s", paint["floor, GC off"]),
        row("start-up, whole run to exit", whole["app"], "s", whole["floor"]),
        row("start-up peak RSS at first paint", rss["app"] / 1024, "MiB", rss["floor"] / 1024, goal=1.3),
    ]


def timed_start(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Seconds from start to the end of the first paint, seconds from start to exit, and the peak resident
    memory (KiB) at the first paint, of one run."""
    with tempfile.TemporaryDirectory() as tmp:
        stamp = Path(tmp) / "first-paint"
        full_env = {**os.environ, **ENV, **(env or {}), "JILU_FIRST_PAINT_STAMP": str(stamp)}
        started = time.time()
        proc = subprocess.run(args, env=full_env, stdout=subprocess.DEVNULL, check=False)
        whole = time.time() - started
        if proc.returncode != 0:
            raise RuntimeError(f"{args} exited {proc.returncode}")
        painted_at, peak = stamp.read_text(encoding="ascii").split()
    return float(painted_at) - started, whole, int(peak)
