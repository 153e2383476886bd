"""What the export dialog makes, as plain values the background work can use, and the folder it last saved in.

ExportChoice.write() runs on the worker thread: it only calls the export service, which reads the data,
checks it (missing profile or pledge, characters no font has) and writes the file whole or not at all.
The service is reached through `services.export`, which imports reportlab on first use: never at start-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths

from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.pledge import signing_window
from jilu_desktop.domain.validation import CAMPAIGN_START
from jilu_desktop.services import AppServices

if TYPE_CHECKING:
    from jilu_desktop.services.export import ExportResult

LAST_FOLDER_KEY = "export/last_folder"


class ExportKind(StrEnum):
    BOOK = "book"  # 记录本: the school year's pledge, records and monthly summary
    PLEDGE = "pledge"  # 志愿书: the pledge form to sign
    BLANK_PLEDGE = "blank-pledge"  # 空白志愿书: to fill in by hand


@dataclass(frozen=True)
class ExportChoice:
    kind: ExportKind
    school_year: int
    anonymize: bool = False  # the record book only

    def suggested_name(self, services: AppServices) -> str:
        """The file name to propose; an anonymized book's name holds no student's name."""
        if self.kind is ExportKind.BOOK:
            return services.export.record_book_file_name(self.school_year, anonymize=self.anonymize)
        if self.kind is ExportKind.PLEDGE:
            return services.export.pledge_file_name(self.school_year)
        return services.export.pledge_file_name(None)

    def prepare(self, services: AppServices) -> str:
        """Check that the export can be made (profile, pledge, characters every font lacks) before the
        teacher is asked where to save it; returns the file name to propose. Raises DomainError."""
        if self.kind is ExportKind.BOOK:
            services.export.plan_record_book(self.school_year, anonymize=self.anonymize)
        elif self.kind is ExportKind.PLEDGE:
            services.export.pledge_form_data(self.school_year)
        return self.suggested_name(services)

    def write(self, services: AppServices, out: Path) -> ExportResult:
        """Make the PDF at `out` (background work: no widget is touched here)."""
        export = services.export
        if self.kind is ExportKind.BOOK:
            return export.export_record_book(self.school_year, out, anonymize=self.anonymize)
        if self.kind is ExportKind.PLEDGE:
            return export.export_pledge(self.school_year, out)
        return export.export_blank_pledge(out)


def school_years(today: dt.date) -> list[int]:
    """The school years to offer, newest first: the next one once its pledges may be signed, back to 2008."""
    current = school_year_of(today)
    newest = current + 1 if signing_window(current + 1)[0] <= today else current
    return list(range(newest, CAMPAIGN_START.year - 1, -1))


class LastFolder:
    """The folder the teacher last saved an export in, kept in an INI file (or only in memory without one)."""

    def __init__(self, settings_path: Path | None) -> None:
        self._settings = QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else None
        self._memory = ""

    def get(self) -> Path:
        stored = self._settings.value(LAST_FOLDER_KEY, "") if self._settings is not None else self._memory
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return Path(stored)
        return default_folder()  # never saved, or the USB stick it was on is gone

    def remember(self, folder: Path) -> None:
        self._memory = str(folder)
        if self._settings is not None:
            self._settings.setValue(LAST_FOLDER_KEY, str(folder))
            self._settings.sync()


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
