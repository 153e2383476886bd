"""First run through the service: each step checked alone, then all three saved together or not at all."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.services import AppServices

PROFILE = {"name": "王丽华", "gender": "女", "school": "武进区湖塘实验小学", "post": "语文教师", "title": ""}
MENTEE = {
    "name": "李小明",
    "class_name": "五(1)班",
    "gender": "男",
    "birth_year": "2015",
    "difficulties": ["learning"],
    "difficulty_detail": "数学基础薄弱",
}
PLEDGE = {"measures": "每周两次午休辅导数学", "commitments": "", "signed_on": "2026-09-08"}


def test_needs_first_run_until_there_is_a_profile(services: AppServices) -> None:
    assert services.setup.needs_first_run()
    services.profile.update(name="王丽华")
    assert not services.setup.needs_first_run()


def test_complete_saves_profile_mentee_and_pledge(services: AppServices) -> None:
    result = services.setup.complete(PROFILE, MENTEE, PLEDGE)

    profile = services.profile.get()
    assert profile is not None and profile.name == "王丽华" and profile.school == "武进区湖塘实验小学"
    (student,) = services.students.list()
    assert student.id == result.mentee_id
    assert student.student.name == "李小明" and student.student.birth_year == 2015
    view = services.pledges.get(2026)
    assert view is not None
    assert view.mentee.id == result.mentee_id
    assert view.pledge.measures == "每周两次午休辅导数学"
    assert view.pledge.signed_on == dt.date(2026, 9, 8)
    # The pledge's difficulty is the student's until the teacher writes one of its own.
    assert view.pledge.difficulty_detail == "数学基础薄弱"
    assert not services.setup.needs_first_run()


@pytest.mark.parametrize(
    ("profile", "mentee", "pledge", "field"),
    [
        ({**PROFILE, "name": "  "}, MENTEE, PLEDGE, "name"),
        (PROFILE, {**MENTEE, "birth_year": "20x5"}, PLEDGE, "birth_year"),
        (PROFILE, MENTEE, {**PLEDGE, "signed_on": "2026-12-25"}, "signed_on"),
        (PROFILE, MENTEE, {**PLEDGE, "measures": "措" * 1001}, "measures"),
    ],
)
def test_one_bad_field_saves_nothing(
    services: AppServices, profile: dict[str, Any], mentee: dict[str, Any], pledge: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.setup.complete(profile, mentee, pledge)
    assert caught.value.field == field
    assert services.profile.get() is None
    assert services.students.list() == []
    assert services.pledges.years() == []


def test_steps_are_checked_alone(services: AppServices) -> None:
    assert services.setup.check_profile(**PROFILE).name == "王丽华"
    assert services.setup.check_mentee(**MENTEE).class_name == "五(1)班"
    assert services.setup.check_pledge(**PLEDGE).school_year == 2026
    with pytest.raises(ValidationError):
        services.setup.check_mentee(**{**MENTEE, "gender": "x"})
    assert services.students.list() == []
