"""Start-up to the painted overview over two school years of demo data, against an empty-window floor."""

from __future__ import annotations

from pathlib import Path

from common import PY, dataset, median, run_child

BASELINE = str(Path(__file__).with_name("baseline_startup.py"))


def run(repeat: int = 7) -> list[dict[str, object]]:
    folder = dataset("two-years", [2025, 2026], per_month=36)
    env = {"QT_QPA_PLATFORM": "offscreen", "JILU_TODAY": "2026-12-04"}
    app = [PY, "-m", "jilu_desktop.app", "--data-dir", str(folder), "--quit-after-first-paint"]
    run_child(app, env)  # warm the file cache and compile bytecode once
    run_child([PY, BASELINE], env)
    base_t, base_m, app_t, app_m = [], [], [], []
    for _ in range(repeat):  # interleaved, so that noise hits both alike
        t, m = run_child([PY, BASELINE], env)
        base_t.append(t)
        base_m.append(m)
        t, m = run_child(app, env)
        app_t.append(t)
        app_m.append(m)
    bt, at = median(base_t), median(app_t)
    bm, am = median([float(x) for x in base_m]), median([float(x) for x in app_m])
    return [
        {"name": "start-up to first paint", "value": at, "unit": "s", "baseline": bt, "ratio": at / bt, "goal": 1.25},
        {
            "name": "start-up peak RSS",
            "value": am / 1024,
            "unit": "MiB",
            "baseline": bm / 1024,
            "ratio": am / bm,
            "goal": 1.3,
        },
    ]
