"""Open the teacher's data for the GUI or the CLI: the same steps, in the same order, for both."""

from __future__ import annotations

import logging
import logging.handlers

from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import Clock, SystemClock
from jilu_desktop.storage.opening import open_database

LOG_FILE = "jilu.log"
HANDLER_NAME = "jilu"  # set_logging() installs its handler once per process


def open_services(paths: AppPaths, clock: Clock | None = None) -> AppServices:
    """Open (creating or upgrading as needed) the database under `paths` and wrap it in services."""
    clock = clock or SystemClock()
    db = open_database(paths.database, paths.backups_dir, clock.now())
    return AppServices(db, clock)


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Log to a rotating file in the data folder; if the folder cannot be written, log to stderr only."""
    root = logging.getLogger()
    if any(h.get_name() == HANDLER_NAME for h in root.handlers):
        return
    handler: logging.Handler
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    root.setLevel(level)
