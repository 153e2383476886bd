"""All services over one open database, handed to the GUI or the CLI."""

from __future__ import annotations

from jilu_desktop.services.activities import ActivityService
from jilu_desktop.services.clock import Clock, SystemClock
from jilu_desktop.services.demo import DemoService
from jilu_desktop.services.pledges import PledgeService
from jilu_desktop.services.profile import ProfileService
from jilu_desktop.services.progress import ProgressService
from jilu_desktop.services.settings import SettingsService
from jilu_desktop.services.students import StudentService
from jilu_desktop.storage.database import Database


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

    def close(self) -> None:
        self.db.close()
