"""The yearly pledge through the service."""

from __future__ import annotations

import datetime as dt

import pytest

from jilu_desktop.domain.errors import NotFoundError, ValidationError
from jilu_desktop.services import AppServices


@pytest.fixture
def mentee(services: AppServices) -> int:
    return services.students.add(name="李小明", class_name="五(1)班", birth_year=2015)


def test_no_pledge(services: AppServices) -> None:
    assert services.pledges.get(2026) is None
    assert services.pledges.years() == []


def test_set_and_get(services: AppServices, mentee: int) -> None:
    view = services.pledges.set(
        2026,
        mentee,
        difficulty_detail="数学基础薄弱",
        measures="每周两次午休辅导",
        commitments="不让一名学生掉队",
        signed_on="2026-09-08",
    )
    assert view.mentee.id == mentee
    assert view.mentee.student.name == "李小明"
    stored = services.pledges.get(2026)
    assert stored is not None
    assert stored.pledge == view.pledge
    assert stored.pledge.signed_on == dt.date(2026, 9, 8)
    assert stored.pledge.measures == "每周两次午休辅导"
    assert stored.mentee.student.class_name == "五(1)班"
    assert services.pledges.years() == [2026]


def test_partial_reset_keeps_fields(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, difficulty_detail="基础薄弱", measures="辅导", signed_on="2026-09-08")
    other = services.students.add(name="王芳")
    view = services.pledges.set(2026, other, commitments="多家访")
    assert view.mentee.id == other
    stored = services.pledges.get(2026)
    assert stored is not None
    assert stored.pledge.mentee_id == other
    assert stored.pledge.difficulty_detail == ""  # written about the previous mentee: see below
    assert stored.pledge.measures == "辅导"
    assert stored.pledge.commitments == "多家访"
    assert stored.pledge.signed_on == dt.date(2026, 9, 8)


def test_the_difficulty_is_about_the_mentee(services: AppServices, mentee: int) -> None:
    """困难情况 written for one mentee is not kept under another: left out, it is cleared, so the new
    mentee's own is printed (as for any empty one); with the same mentee, or given, it is as for the rest."""
    other = services.students.add(name="王芳", class_name="五(2)班", difficulty_detail="家庭经济困难")
    services.pledges.set(2026, mentee, difficulty_detail="李小明父母离异，跟奶奶住", measures="辅导")
    services.pledges.set(2026, mentee, measures="午休辅导")  # the same mentee: kept
    stored = services.pledges.get(2026)
    assert stored is not None
    assert stored.pledge.difficulty_detail == "李小明父母离异，跟奶奶住"

    services.profile.update(name="王丽华")
    services.pledges.set(2026, other)
    stored = services.pledges.get(2026)
    assert stored is not None
    assert (stored.pledge.mentee_id, stored.pledge.difficulty_detail) == (other, "")
    assert stored.pledge.measures == "午休辅导"
    form = services.export.pledge_form_data(2026)
    assert form.pledge is not None
    assert form.pledge.difficulty_detail == "家庭经济困难"  # the new mentee's own

    services.pledges.set(2026, mentee, difficulty_detail="数学跟不上")  # given with the change: stored
    stored = services.pledges.get(2026)
    assert stored is not None
    assert (stored.pledge.mentee_id, stored.pledge.difficulty_detail) == (mentee, "数学跟不上")


def test_empty_text_clears_a_field(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, measures="辅导", signed_on="2026-09-08")
    services.pledges.set(2026, mentee, measures="", signed_on="")
    stored = services.pledges.get(2026)
    assert stored is not None
    assert stored.pledge.measures == ""
    assert stored.pledge.signed_on is None


def test_one_pledge_per_school_year(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, measures="今年")
    services.pledges.set(2025, mentee, measures="去年")
    assert services.pledges.years() == [2025, 2026]
    this_year, last_year = services.pledges.get(2026), services.pledges.get(2025)
    assert this_year is not None
    assert last_year is not None
    assert (this_year.pledge.measures, last_year.pledge.measures) == ("今年", "去年")


def test_unknown_mentee(services: AppServices, mentee: int) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.pledges.set(2026, mentee + 100, measures="x")
    assert caught.value.code == "unknown_student"
    assert caught.value.field == "mentee"
    assert services.pledges.get(2026) is None


def test_invalid_pledge_changes_nothing(services: AppServices, mentee: int) -> None:
    services.pledges.set(2026, mentee, measures="辅导")
    with pytest.raises(ValidationError) as caught:
        services.pledges.set(2026, mentee, measures="新的", signed_on="2026-05-01")
    assert caught.value.code == "signed_outside_year"
    stored = services.pledges.get(2026)
    assert stored is not None
    assert stored.pledge.measures == "辅导"


def test_school_year_range(services: AppServices, mentee: int) -> None:
    services.pledges.set(2027, mentee)  # next school year may be prepared ahead, unsigned
    for year in (2007, 2028):
        with pytest.raises(ValidationError) as caught:
            services.pledges.set(year, mentee)
        assert caught.value.code == "year_out_of_range"
    with pytest.raises(ValidationError) as caught:
        services.pledges.set(2027, mentee, signed_on="2026-12-01")  # before that year's signing window
    assert caught.value.code == "signed_outside_year"
    assert services.pledges.years() == [2027]
