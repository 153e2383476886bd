"""The teacher's profile through the service."""

from __future__ import annotations

import pytest

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.services import AppServices


def test_no_profile_at_first(services: AppServices) -> None:
    assert services.profile.get() is None


def test_first_update_needs_a_name(services: AppServices) -> None:
    with pytest.raises(ValidationError) as caught:
        services.profile.update(school="武进区湖塘实验小学")
    assert caught.value.code == "required"
    assert caught.value.field == "name"
    assert caught.value.message("zh") == "姓名不能为空"
    assert services.profile.get() is None


def test_update_keeps_the_fields_not_given(services: AppServices) -> None:
    services.profile.update(name="王丽华", gender="女", birth="1985-03", school="湖塘实验小学", teaching_since="2007")
    updated = services.profile.update(title="小学高级教师")
    assert updated.title == "小学高级教师"
    stored = services.profile.get()
    assert stored == updated
    assert stored is not None
    assert stored.name == "王丽华"
    assert stored.gender == "女"
    assert stored.birth_month == Month(1985, 3)
    assert stored.school == "湖塘实验小学"
    assert stored.teaching_since == 2007


def test_update_can_clear_a_field(services: AppServices) -> None:
    services.profile.update(name="王丽华", post="班主任", gender="女")
    stored = services.profile.update(post="", gender=None)
    assert stored.post == ""
    assert stored.gender is None
    assert services.profile.get() == stored


def test_bad_update_changes_nothing(services: AppServices) -> None:
    before = services.profile.update(name="王丽华", school="湖塘实验小学")
    with pytest.raises(ValidationError) as caught:
        services.profile.update(school="校" * 51, title="一级")
    assert caught.value.code == "too_long"
    assert services.profile.get() == before


def test_checks_apply_against_stored_fields(services: AppServices) -> None:
    services.profile.update(name="王丽华", birth="1990-05")
    with pytest.raises(ValidationError) as caught:
        services.profile.update(teaching_since=1989)
    assert caught.value.code == "teaching_before_birth"


def test_name_cannot_be_emptied(services: AppServices) -> None:
    services.profile.update(name="王丽华")
    with pytest.raises(ValidationError) as caught:
        services.profile.update(name="  ")
    assert caught.value.code == "required"


def test_unknown_field(services: AppServices) -> None:
    with pytest.raises(TypeError, match="nickname"):
        services.profile.update(name="王", nickname="小王")
    assert services.profile.get() is None


def test_rare_characters_survive_the_database(services: AppServices) -> None:
    services.profile.update(name="王𠀾龘", school="䶮山小学")
    stored = services.profile.get()
    assert stored is not None
    assert (stored.name, stored.school) == ("王𠀾龘", "䶮山小学")
