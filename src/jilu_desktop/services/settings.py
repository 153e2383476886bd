"""Per-school-year targets and exempt months, and application settings."""

from __future__ import annotations

from dataclasses import replace

from jilu_desktop.domain.messages import Lang, normalize_lang
from jilu_desktop.domain.pledge import check_school_year
from jilu_desktop.domain.targets import YearTargets, check_target, parse_exempt_months
from jilu_desktop.services.base import Service
from jilu_desktop.storage import settings_repo

LANGUAGE_KEY = "language"


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

    def language(self) -> Lang:
        with self._db.session_scope() as session:
            return normalize_lang(settings_repo.get_setting(session, LANGUAGE_KEY))

    def set_language(self, lang: Lang) -> None:
        with self._db.session_scope(write=True) as session:
            settings_repo.set_setting(session, LANGUAGE_KEY, lang)
