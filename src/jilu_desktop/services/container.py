"""All services over one open database, handed to the GUI or the CLI.

The window's first paint needs only the profile, the settings and this month's progress: those services are
imported with this module (which the GUI imports before Qt); each of the others when it is first used, so
that its module, checks and queries cost nothing before the first paint.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from jilu_desktop.services.clock import Clock, SystemClock
from jilu_desktop.services.profile import ProfileService
from jilu_desktop.services.progress import ProgressService
from jilu_desktop.services.settings import SettingsService
from jilu_desktop.storage.database import Database

if TYPE_CHECKING:
    from jilu_desktop.services.activities import ActivityService
    from jilu_desktop.services.archive import ArchiveService
    from jilu_desktop.services.demo import DemoService
    from jilu_desktop.services.export import ExportService
    from jilu_desktop.services.pledges import PledgeService
    from jilu_desktop.services.setup import SetupService
    from jilu_desktop.services.students import StudentService


class AppServices:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.profile = ProfileService(db, self.clock)
        self.settings = SettingsService(db, self.clock)
        self.progress = ProgressService(db, self.clock)

    @property
    def read_only(self) -> bool:
        """The record book can only be read (a write-protected USB stick, a read-only folder): every change is
        refused with StorageEnvironmentError(Problem.READ_ONLY), and nothing is written."""
        return self.db.read_only

    def changed_elsewhere(self) -> bool:
        """Whether the book was changed by another program (the `jilu` command) since this was last asked; the
        first call starts watching (False). The window's own changes do not count. A few microseconds."""
        return self.db.changed_elsewhere()

    @cached_property
    def students(self) -> StudentService:
        from jilu_desktop.services.students import StudentService

        return StudentService(self.db, self.clock)

    @cached_property
    def pledges(self) -> PledgeService:
        from jilu_desktop.services.pledges import PledgeService

        return PledgeService(self.db, self.clock)

    @cached_property
    def activities(self) -> ActivityService:
        from jilu_desktop.services.activities import ActivityService

        return ActivityService(self.db, self.clock)

    @cached_property
    def demo(self) -> DemoService:
        from jilu_desktop.services.demo import DemoService

        return DemoService(self.db, self.clock)

    @cached_property
    def setup(self) -> SetupService:
        from jilu_desktop.services.setup import SetupService

        return SetupService(self.db, self.clock)

    @cached_property
    def export(self) -> ExportService:
        # reportlab and the fonts, above all, cost start-up time the first paint does not need.
        from jilu_desktop.services.export import ExportService

        return ExportService(self.db, self.clock)

    @cached_property
    def archive(self) -> ArchiveService:
        from jilu_desktop.services.archive import ArchiveService

        return ArchiveService(self.db, self.clock)

    def close(self) -> None:
        self.db.close()
