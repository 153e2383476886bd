"""Listing records by month, kind and free text through the services, at 10,000 records and more."""

from __future__ import annotations

import datetime as dt
import sqlite3

from common import dataset, median, open_dataset, timed

from jilu_desktop.domain.activities import ActivityFilter, ActivityKind

SIZES = {"10k": ("ten-thousand", list(range(2016, 2027)), 92)}


def run(repeat: int = 15) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for label, (name, years, per_month) in SIZES.items():
        folder = dataset(name, years, per_month)
        svc = open_dataset(folder)
        raw = sqlite3.connect(folder / "jilu.sqlite3")
        cases = {
            "month": (
                ActivityFilter(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31)),
                "SELECT * FROM activities WHERE date BETWEEN '2026-10-01' AND '2026-10-31'",
            ),
            "kind": (
                ActivityFilter(kind=ActivityKind.HOME_VISIT),
                "SELECT * FROM activities WHERE kind = 'home-visit'",
            ),
            "search": (ActivityFilter(search="王芳"), "SELECT * FROM activities WHERE content LIKE '%王芳%'"),
            "all": (ActivityFilter(), "SELECT * FROM activities"),
        }
        for case, (flt, sql) in cases.items():
            took = median(timed(lambda f=flt, s=svc: s.activities.list(f), repeat)) * 1000
            floor = median(timed(lambda q=sql, c=raw: c.execute(q).fetchall(), repeat)) * 1000
            rows.append(
                {
                    "name": f"list by {case} ({label})",
                    "value": took,
                    "unit": "ms",
                    "baseline": floor,
                    "ratio": took / floor,
                    "goal_abs": 50.0 if label == "10k" and case != "all" else None,
                }
            )
        raw.close()
        svc.close()
    return rows
