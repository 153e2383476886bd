"""Targets, exempt months and application settings through the service."""

from __future__ import annotations

from typing import Any

import pytest

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.targets import YearTargets
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.services.settings import Preferences


def test_default_targets(services: AppServices) -> None:
    assert services.settings.targets(2026) == YearTargets(6, 8, frozenset({7, 8}))


def test_set_targets_keeps_exempt_months(services: AppServices) -> None:
    services.settings.set_exempt_months(2026, ["1", "2"])
    targets = services.settings.set_targets(2026, "4", 5)
    assert targets == YearTargets(4, 5, frozenset({1, 2}))
    assert services.settings.targets(2026) == targets
    assert services.settings.targets(2025) == YearTargets()


def test_set_exempt_months_keeps_targets(services: AppServices) -> None:
    services.settings.set_targets(2026, 4, 5)
    targets = services.settings.set_exempt_months(2026, [1, 2, 7, 8])
    assert targets == YearTargets(4, 5, frozenset({1, 2, 7, 8}))
    assert services.settings.set_exempt_months(2026, []).exempt_months == frozenset()
    assert services.settings.targets(2026).exempt_months == frozenset()


def test_bad_targets_change_nothing(services: AppServices) -> None:
    services.settings.set_targets(2026, 4, 5)
    with pytest.raises(ValidationError) as caught:
        services.settings.set_targets(2026, 7, 101)
    assert caught.value.code == "target_out_of_range"
    assert caught.value.field == "tutoring"
    with pytest.raises(ValidationError) as caught:
        services.settings.set_targets(2026, "六", 8)
    assert caught.value.code == "bad_number"
    with pytest.raises(ValidationError) as caught:
        services.settings.set_exempt_months(2026, [7, 13])
    assert caught.value.code == "bad_exempt_month"
    assert services.settings.targets(2026) == YearTargets(4, 5, frozenset({7, 8}))


def test_school_year_range(services: AppServices) -> None:
    services.settings.set_targets(2027, 6, 8)
    with pytest.raises(ValidationError) as caught:
        services.settings.set_targets(2028, 6, 8)
    assert caught.value.code == "year_out_of_range"
    with pytest.raises(ValidationError):
        services.settings.set_exempt_months(2007, [7])


def test_language(services: AppServices) -> None:
    assert services.settings.language() == "zh"
    services.settings.set_language("en")
    assert services.settings.language() == "en"
    services.settings.set_language("zh")
    assert services.settings.language() == "zh"


def test_settings_persist_across_reopening(services: AppServices, paths: AppPaths, clock: FixedClock) -> None:
    services.settings.set_language("en")
    services.settings.set_targets(2026, 3, 4)
    services.close()
    again = open_services(paths, clock)
    try:
        assert again.settings.language() == "en"
        assert again.settings.targets(2026).talks_visits == 3
    finally:
        again.close()


def test_font_size(services: AppServices) -> None:
    assert services.settings.font_size() is None  # the size the program starts with
    assert services.settings.set_font_size("14") == 14
    assert services.settings.font_size() == 14
    with pytest.raises(ValidationError) as caught:
        services.settings.set_font_size(40)
    assert (caught.value.code, caught.value.field) == ("out_of_range", "font_size")
    assert services.settings.font_size() == 14
    services.settings.set_font_size(None)
    assert services.settings.font_size() is None


def test_reminders_are_on_until_turned_off(services: AppServices) -> None:
    assert services.settings.reminders_enabled() is True
    services.settings.set_reminders_enabled(False)
    assert services.settings.reminders_enabled() is False
    services.settings.set_reminders_enabled(True)
    assert services.settings.reminders_enabled() is True


def test_unknown_language_is_refused(services: AppServices) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.set_language("fr")
    assert caught.value.field == "language"
    assert services.settings.language() == "zh"


def test_save_writes_everything_together(services: AppServices) -> None:
    targets, prefs = services.settings.save(2026, "5", 7, [1, 2, 7, 8], Preferences("en", 16, False))

    assert targets == YearTargets(5, 7, frozenset({1, 2, 7, 8}))
    assert prefs == Preferences("en", 16, False)
    assert services.settings.targets(2026) == targets
    assert services.settings.preferences() == prefs
    assert services.settings.language() == "en"
    assert services.settings.font_size() == 16
    assert services.settings.reminders_enabled() is False


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((2026, 6, 101, [7, 8], Preferences("en", 16, False)), "tutoring"),
        ((2026, "六", 8, [7, 8], Preferences("en", 16, False)), "talks_visits"),
        ((2026, 6, 8, [7, 13], Preferences("en", 16, False)), "exempt_months"),
        ((2026, 6, 8, [7, 8], Preferences("en", 99, False)), "font_size"),
        ((2026, 6, 8, [7, 8], Preferences("fr", 16, False)), "language"),  # type: ignore[arg-type]
        ((2030, 6, 8, [7, 8], Preferences("en", 16, False)), "school_year"),
    ],
)
def test_save_with_one_bad_field_writes_nothing(services: AppServices, args: tuple[Any, ...], field: str) -> None:
    before = (services.settings.targets(2026), services.settings.preferences())
    with pytest.raises(ValidationError) as caught:
        services.settings.save(*args)
    assert caught.value.field == field
    assert (services.settings.targets(2026), services.settings.preferences()) == before


def test_a_font_size_stored_by_hand_out_of_range_is_ignored(services: AppServices) -> None:
    from jilu_desktop.storage import settings_repo

    with services.db.session_scope(write=True) as session:
        settings_repo.set_setting(session, "font_size", "300")
    assert services.settings.font_size() is None
