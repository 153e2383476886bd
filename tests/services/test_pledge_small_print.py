"""The 志愿书 is one sheet, as on paper: long answers shrink it, and when they shrink it below a size that reads
well on paper (SMALL_PRINT), the teacher is told, for the pledge form and for the book's pledge page alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from jilu_desktop.services import AppServices

MEASURES = "每周二、周四午休时间辅导数学，讲解错题并布置少量练习，第二天检查。"  # 34 characters


@pytest.fixture
def mentee(services: AppServices) -> int:
    services.profile.update(name="王丽华", school="湖塘实验小学", gender="女", birth="1985-03", title="一级教师",
                            post="班主任", specialties="数学", union_group="第一小组", teaching_since=2008)  # fmt: skip
    return services.students.add(name="李小明", class_name="五(1)班", difficulties=["learning"])


def codes(notices: tuple[object, ...]) -> list[str]:
    return [getattr(n, "code", "") for n in notices]


def test_an_ordinary_pledge_is_printed_at_its_size_and_nothing_is_said(
    services: AppServices, mentee: int, tmp_path: Path
) -> None:
    services.pledges.set(2026, mentee, measures=MEASURES * 3, signed_on="2026-09-08")
    result = services.export.export_pledge(2026, tmp_path / "志愿书.pdf")
    assert "export_pledge_small_print" not in codes(result.notices)
    assert "export_pledge_small_print" not in codes(services.export.plan_record_book(2026).notices)


def test_answers_so_long_that_the_print_gets_small_are_pointed_out(
    services: AppServices, mentee: int, tmp_path: Path
) -> None:
    services.pledges.set(
        2026, mentee, difficulty_detail="父母在外地打工，由奶奶照顾。" * 30, measures=(MEASURES * 30)[:1000],
        commitments=("多和家长沟通，每月家访一次。" * 60)[:1000], signed_on="2026-09-08",
    )  # fmt: skip
    result = services.export.export_pledge(2026, tmp_path / "志愿书.pdf")
    notice = next(n for n in result.notices if n.code == "export_pledge_small_print")
    size = int(str(notice.params["size"]))
    assert 4 <= size < 9
    assert notice.message("zh").startswith(f"2026学年志愿书的内容较多，为了印在一页纸上，字号缩小到约 {size} 磅")
    assert f"printed at about {size} pt" in notice.message("en")
    assert result.pages == 1  # still the one sheet
    book = services.export.plan_record_book(2026)
    assert "export_pledge_small_print" in codes(book.notices)
