"""Where the app keeps its files: platformdirs locations, or one --data-dir / JILU_DATA_DIR override."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "jilu-desktop"
DATA_DIR_ENV = "JILU_DATA_DIR"
DATABASE_NAME = "jilu.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def resolve_paths(data_dir: str | Path | None = None, environ: Mapping[str, str] | None = None) -> AppPaths:
    """--data-dir wins, then JILU_DATA_DIR, then the user's data folder."""
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(DATA_DIR_ENV)
    if chosen:
        return AppPaths(Path(chosen).expanduser().absolute())
    import platformdirs  # only needed when there is no override

    return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)))


def resources_dir() -> Path:
    """The shipped resources: beside the frozen executable, or at the top of the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
