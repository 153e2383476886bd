"""Shared fixtures: a temporary data folder, a fixed clock, and services over a fresh database."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import: every GUI test runs offscreen, on any machine.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("JILU_TODAY", None)
os.environ.pop("JILU_DATA_DIR", None)
# Times shown or put in file names are the computer's own (a backup's name, an archive's export time): the tests
# state them in UTC, on any machine. Tests of the local time set their own zone (tests/storage/test_backup.py).
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock

# A fixed “today” for tests: Friday 2026-12-04, in 2026学年.
TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY, dt.datetime(2026, 12, 4, 8, 30))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return AppPaths(data_dir)


@pytest.fixture
def services(paths: AppPaths, clock: FixedClock) -> Iterator[AppServices]:
    svc = open_services(paths, clock)
    yield svc
    svc.close()


@pytest.fixture
def cli(services: AppServices, paths: AppPaths, clock: FixedClock) -> Iterator[AppServices]:
    """The `jilu` command on the same book while `services` (the window) has it open: a second AppServices
    on the same data folder, as the command opens it."""
    other = open_services(paths, clock)
    yield other
    other.close()
