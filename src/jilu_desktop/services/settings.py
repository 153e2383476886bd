"""Per-school-year targets and exempt months, and application settings (language, font size, reminders)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from sqlalchemy.orm import Session

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang, normalize_lang
from jilu_desktop.domain.participation import Participation, check_start
from jilu_desktop.domain.pledge import check_school_year
from jilu_desktop.domain.preferences import (
    REMINDERS_DEFAULT,
    check_font_size,
    check_language,
    encode_flag,
    parse_flag,
)
from jilu_desktop.domain.targets import YearTargets, check_target, parse_exempt_months
from jilu_desktop.services.base import Service
from jilu_desktop.services.progress import derived_participation, load_participation
from jilu_desktop.storage import settings_repo

LANGUAGE_KEY = "language"
FONT_SIZE_KEY = "font_size"
REMINDERS_KEY = "reminders"


class _Keep:
    """The participation start is left as it is (save() called without one)."""


KEEP: Final = _Keep()


@dataclass(frozen=True)
class Preferences:
    """How the program looks and behaves; font_size None means the size the program starts with."""

    language: Lang = "zh"
    font_size: int | None = None
    reminders: bool = REMINDERS_DEFAULT


class SettingsService(Service):
    def targets(self, school_year: int) -> YearTargets:
        with self._db.session_scope() as session:
            return settings_repo.load_targets(session, school_year)

    def set_targets(self, school_year: int, talks_visits: int | str, tutoring: int | str) -> YearTargets:
        check_school_year(school_year, self._clock.today())
        talks = check_target("talks_visits", talks_visits)
        tutor = check_target("tutoring", tutoring)
        with self._db.session_scope(write=True) as session:
            targets = replace(settings_repo.load_targets(session, school_year), talks_visits=talks, tutoring=tutor)
            settings_repo.save_targets(session, school_year, targets)
            return targets

    def set_exempt_months(self, school_year: int, months: list[int] | list[str]) -> YearTargets:
        check_school_year(school_year, self._clock.today())
        exempt = parse_exempt_months(months)
        with self._db.session_scope(write=True) as session:
            targets = replace(settings_repo.load_targets(session, school_year), exempt_months=exempt)
            settings_repo.save_targets(session, school_year, targets)
            return targets

    def participation(self) -> Participation:
        """The month the teacher began taking part, stated (a setting) or derived from the book."""
        with self._db.session_scope() as session:
            return load_participation(session, self._clock.today())

    def automatic_participation(self) -> Participation:
        """The month the book shows (first record or pledge), which applies when none is stated."""
        with self._db.session_scope() as session:
            return derived_participation(session, self._clock.today())

    def set_participation_start(self, month: Month | str | None) -> Participation:
        """State the month the teacher began taking part; None: automatic (first record or pledge)."""
        checked = None if month is None else check_start(month, self._clock.today())
        with self._db.session_scope(write=True) as session:
            settings_repo.save_participation_start(session, checked)
        return self.participation()

    def language(self) -> Lang:
        with self._db.session_scope() as session:
            return normalize_lang(settings_repo.get_setting(session, LANGUAGE_KEY))

    def set_language(self, lang: Lang | str) -> None:
        checked = check_language(lang)
        with self._db.session_scope(write=True) as session:
            settings_repo.set_setting(session, LANGUAGE_KEY, checked)

    def font_size(self) -> int | None:
        """The interface font size in points, or None when the teacher has not chosen one."""
        with self._db.session_scope() as session:
            return _stored_font_size(session)

    def set_font_size(self, size: int | str | None) -> int | None:
        """Set the interface font size (None: back to the size the program starts with)."""
        checked = None if size is None else check_font_size(size)
        with self._db.session_scope(write=True) as session:
            settings_repo.set_setting(session, FONT_SIZE_KEY, _encode_size(checked))
        return checked

    def reminders_enabled(self) -> bool:
        with self._db.session_scope() as session:
            return parse_flag(settings_repo.get_setting(session, REMINDERS_KEY), REMINDERS_DEFAULT)

    def set_reminders_enabled(self, enabled: bool) -> None:
        with self._db.session_scope(write=True) as session:
            settings_repo.set_setting(session, REMINDERS_KEY, encode_flag(enabled))

    def preferences(self) -> Preferences:
        with self._db.session_scope() as session:
            return Preferences(
                language=normalize_lang(settings_repo.get_setting(session, LANGUAGE_KEY)),
                font_size=_stored_font_size(session),
                reminders=parse_flag(settings_repo.get_setting(session, REMINDERS_KEY), REMINDERS_DEFAULT),
            )

    def save(
        self,
        school_year: int,
        talks_visits: int | str,
        tutoring: int | str,
        exempt_months: list[int] | list[str],
        preferences: Preferences,
        participation_start: Month | str | _Keep | None = KEEP,
    ) -> tuple[YearTargets, Preferences]:
        """Everything the settings page shows, checked first and then written in one transaction.

        `participation_start`: the stated month the teacher began taking part, None for automatic, or
        KEEP (the default) to leave it as it is. A ValidationError names the first bad field; nothing at all
        is written then.
        """
        today = self._clock.today()
        check_school_year(school_year, today)
        targets = YearTargets(
            talks_visits=check_target("talks_visits", talks_visits),
            tutoring=check_target("tutoring", tutoring),
            exempt_months=parse_exempt_months(exempt_months),
        )
        checked = Preferences(
            language=check_language(preferences.language),
            font_size=None if preferences.font_size is None else check_font_size(preferences.font_size),
            reminders=bool(preferences.reminders),
        )
        start = (
            participation_start
            if isinstance(participation_start, _Keep) or participation_start is None
            else check_start(participation_start, today)
        )
        with self._db.session_scope(write=True) as session:
            settings_repo.save_targets(session, school_year, targets)
            settings_repo.set_setting(session, LANGUAGE_KEY, checked.language)
            settings_repo.set_setting(session, FONT_SIZE_KEY, _encode_size(checked.font_size))
            settings_repo.set_setting(session, REMINDERS_KEY, encode_flag(checked.reminders))
            if not isinstance(start, _Keep):
                settings_repo.save_participation_start(session, start)
        return targets, checked


def _stored_font_size(session: Session) -> int | None:
    stored = settings_repo.get_setting(session, FONT_SIZE_KEY)
    if not stored:
        return None
    try:
        return check_font_size(stored)
    except DomainError:
        # A value written by hand or by another version: fall back rather than refuse to start.
        return None


def _encode_size(size: int | None) -> str:
    return "" if size is None else str(size)
