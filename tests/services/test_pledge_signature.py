"""The pledge's signature through the service: stored, kept when not given, cleared on request."""

from __future__ import annotations

import pytest

from jilu_desktop.domain.errors import NotFoundError, ValidationError
from jilu_desktop.domain.pledge import PNG_MAGIC
from jilu_desktop.services import AppServices

PNG = PNG_MAGIC + b"signature one"
OTHER_PNG = PNG_MAGIC + b"signature two"


@pytest.fixture
def mentee(services: AppServices) -> int:
    return services.students.add(name="李小明", class_name="五(1)班", birth_year=2015)


def _stored(services: AppServices, year: int = 2026) -> bytes | None:
    view = services.pledges.get(year)
    assert view is not None
    return view.pledge.signature_png


def test_signature_is_stored_and_read_back(services: AppServices, mentee: int) -> None:
    view = services.pledges.set(2026, mentee, measures="辅导", signature_png=PNG)
    assert view.pledge.signature_png == PNG
    assert _stored(services) == PNG


def test_none_keeps_the_stored_signature(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, signature_png=PNG)
    services.pledges.set(2026, mentee, measures="新的措施")
    assert _stored(services) == PNG
    services.pledges.set(2026, mentee, signature_png=OTHER_PNG)
    assert _stored(services) == OTHER_PNG


def test_empty_bytes_and_clear_signature_take_it_away(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, measures="辅导", signature_png=PNG)
    services.pledges.set(2026, mentee, signature_png=b"")
    assert _stored(services) is None
    services.pledges.set(2026, mentee, signature_png=PNG)
    view = services.pledges.clear_signature(2026)
    assert view.pledge.signature_png is None
    assert _stored(services) is None
    stored = services.pledges.get(2026)
    assert stored is not None and stored.pledge.measures == "辅导"


def test_clear_signature_without_a_pledge(services: AppServices) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.pledges.clear_signature(2026)
    assert caught.value.code == "no_pledge"


def test_a_bad_signature_saves_nothing(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, measures="辅导", signature_png=PNG)
    with pytest.raises(ValidationError) as caught:
        services.pledges.set(2026, mentee, measures="改过的", signature_png=b"GIF89a....")
    assert caught.value.code == "signature_not_png"
    stored = services.pledges.get(2026)
    assert stored is not None
    assert (stored.pledge.measures, stored.pledge.signature_png) == ("辅导", PNG)


def test_delete_returns_the_pledge_as_it_was(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, measures="辅导", signature_png=PNG)
    deleted = services.pledges.delete(2026)
    assert deleted is not None
    assert (deleted.measures, deleted.signature_png) == ("辅导", PNG)
    assert services.pledges.get(2026) is None
    assert services.pledges.delete(2026) is None
    # The mentee is free again: nothing else refers to them.
    services.students.delete(mentee)
