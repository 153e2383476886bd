"""Targets, exempt months and application settings through the service."""

from __future__ import annotations

import pytest

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.targets import YearTargets
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock


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
