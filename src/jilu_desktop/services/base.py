"""What every service holds: the database and the clock."""

from __future__ import annotations

from jilu_desktop.services.clock import Clock
from jilu_desktop.storage.database import Database


class Service:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
