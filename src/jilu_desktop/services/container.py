"""All services over one open database, handed to the GUI or the CLI."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from jilu_desktop.services.activities import ActivityService
from jilu_desktop.services.clock import Clock, SystemClock
from jilu_desktop.services.demo import DemoService
from jilu_desktop.services.pledges import PledgeService
from jilu_desktop.services.profile import ProfileService
from jilu_desktop.services.progress import ProgressService
from jilu_desktop.services.settings import SettingsService
from jilu_desktop.services.setup import SetupService
from jilu_desktop.services.students import StudentService
from jilu_desktop.storage.database import Database

if TYPE_CHECKING:
    from jilu_desktop.services.export import ExportService


class AppServices:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.profile = ProfileService(db, self.clock)
        self.students = StudentService(db, self.clock)
        self.pledges = PledgeService(db, self.clock)
        self.settings = SettingsService(db, self.clock)
        self.activities = ActivityService(db, self.clock)
        self.progress = ProgressService(db, self.clock)
        self.demo = DemoService(db, self.clock)
        self.setup = SetupService(db, self.clock)

    @cached_property
    def export(self) -> ExportService:
        # Imported on first use: reportlab and the fonts cost start-up time the first paint does not need.
        from jilu_desktop.services.export import ExportService

        return ExportService(self.db, self.clock)

    def close(self) -> None:
        self.db.close()
