"""Per-school-year targets and exempt months, and application settings (language, font size, reminders).

The settings page passes `expected` to save(): the settings as it showed them (StoredSettings). Only what the
teacher changed is then written, each value only if it is still stored as the page showed it; if the `jilu`
command (or anything else) changed one of those meanwhile, ConflictError("setting_changed_elsewhere") naming it,
and nothing is written. What she did not change is left as stored, so a change made meanwhile to it stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from sqlalchemy.orm import Session

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ConflictError, DomainError
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


@dataclass(frozen=True)
class StoredSettings:
    """What the settings page shows, as stored: one school year's targets, the preferences and the stated
    participation start (None: automatic). font_size None: the teacher has not chosen one."""

    school_year: int
    targets: YearTargets
    preferences: Preferences
    participation_start: Month | None


class SettingsService(Service):
    def stored(self, school_year: int) -> StoredSettings:
        """Everything the settings page shows for `school_year`, read in one transaction."""
        with self._db.session_scope() as session:
            return _stored(session, school_year)

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
        *,
        expected: StoredSettings | None = None,
    ) -> tuple[YearTargets, Preferences]:
        """Everything the settings page shows, checked first and then written in one transaction; returns the
        school year's targets and the preferences as stored afterwards.

        `participation_start`: the stated month the teacher began taking part, None for automatic, or
        KEEP (the default) to leave it as it is. A ValidationError names the first bad field; nothing at all
        is written then.

        With `expected` (the settings as the page showed them, for the same school year): only the values that
        differ from it are written, each only if it is still stored as expected (or already as given); if one
        was changed meanwhile, ConflictError("setting_changed_elsewhere") names it and nothing is written.
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
        if expected is not None and expected.school_year != school_year:
            raise ValueError(f"expected settings of {expected.school_year}, saving {school_year}")
        with self._db.session_scope(write=True) as session:
            if expected is None:
                settings_repo.save_targets(session, school_year, targets)
                settings_repo.set_setting(session, LANGUAGE_KEY, checked.language)
                settings_repo.set_setting(session, FONT_SIZE_KEY, _encode_size(checked.font_size))
                settings_repo.set_setting(session, REMINDERS_KEY, encode_flag(checked.reminders))
                if not isinstance(start, _Keep):
                    settings_repo.save_participation_start(session, start)
                return targets, checked
            wanted = StoredSettings(
                school_year, targets, checked, expected.participation_start if isinstance(start, _Keep) else start
            )
            after = _save_changes(session, expected, wanted)
            return after.targets, after.preferences


# The values the settings page saves, by the field each is shown beside: how to read each from StoredSettings.
_FIELDS: Final[tuple[tuple[str, Callable[[StoredSettings], object]], ...]] = (
    ("talks_visits", lambda s: s.targets.talks_visits),
    ("tutoring", lambda s: s.targets.tutoring),
    ("exempt_months", lambda s: s.targets.exempt_months),
    ("language", lambda s: s.preferences.language),
    ("font_size", lambda s: s.preferences.font_size),
    ("reminders", lambda s: s.preferences.reminders),
    ("participation_start", lambda s: s.participation_start),
)


def _save_changes(session: Session, expected: StoredSettings, wanted: StoredSettings) -> StoredSettings:
    """Write what differs between `expected` and `wanted`, over what is stored now (checked first: see save)."""
    current = _stored(session, expected.school_year)
    changed = [(field, get) for field, get in _FIELDS if get(wanted) != get(expected)]
    for field, get in changed:
        if get(current) not in (get(expected), get(wanted)):
            raise ConflictError("setting_changed_elsewhere", field)
    names = {field for field, _ in changed}
    targets = replace(
        current.targets,
        **{
            name: getattr(wanted.targets, name)
            for name in ("talks_visits", "tutoring", "exempt_months")
            if name in names
        },
    )
    prefs = replace(
        current.preferences,
        **{name: getattr(wanted.preferences, name) for name in ("language", "font_size", "reminders") if name in names},
    )
    if names & {"talks_visits", "tutoring", "exempt_months"}:
        settings_repo.save_targets(session, expected.school_year, targets)
    if "language" in names:
        settings_repo.set_setting(session, LANGUAGE_KEY, prefs.language)
    if "font_size" in names:
        settings_repo.set_setting(session, FONT_SIZE_KEY, _encode_size(prefs.font_size))
    if "reminders" in names:
        settings_repo.set_setting(session, REMINDERS_KEY, encode_flag(prefs.reminders))
    start = wanted.participation_start if "participation_start" in names else current.participation_start
    if "participation_start" in names:
        settings_repo.save_participation_start(session, start)
    return StoredSettings(expected.school_year, targets, prefs, start)


def _stored(session: Session, school_year: int) -> StoredSettings:
    return StoredSettings(
        school_year=school_year,
        targets=settings_repo.load_targets(session, school_year),
        preferences=Preferences(
            language=normalize_lang(settings_repo.get_setting(session, LANGUAGE_KEY)),
            font_size=_stored_font_size(session),
            reminders=parse_flag(settings_repo.get_setting(session, REMINDERS_KEY), REMINDERS_DEFAULT),
        ),
        participation_start=settings_repo.load_participation_start(session),
    )


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
