"""The record book of a teacher who began partway through the year: the months before are 未参加, not 未达标."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jilu_desktop.services import AppServices
from jilu_desktop.services.export import ExportService

from .conftest import Pdf, flat

# The services fixture's clock says 2026-12-04.


@pytest.fixture
def december(services: AppServices) -> AppServices:
    """The QA scenario: a new book, no pledge, one record in December 2026."""
    services.profile.update(name="新老师")
    student = services.students.add(name="李小明")
    services.activities.add(date="2026-12-02", kind="talk", student_ids=[student], place="教室", content="谈心")
    return services


def _summary(pdf: Pdf) -> str:
    return pdf.pages[pdf.page_with("月度汇总目标")]


def test_months_before_the_first_record_are_printed_as_not_taking_part(
    december: AppServices, export: ExportService, tmp_path: Path
) -> None:
    pdf = Pdf(export.export_record_book(2026, tmp_path / "np.pdf").path)
    summary = _summary(pdf)
    for month in ("2026年9月", "2026年10月", "2026年11月"):
        assert re.search(rf"{month}\s+0\s+0 / —\s+0 / —\s+0\s+未参加", summary), month
    assert re.search(r"2026年12月\s+1\s+1 / 6\s+0 / 8\s+0\s+进行中", summary)
    assert "未达标（" not in summary
    text = flat(summary)
    assert "达标0个月，未达标0个月免计2个月，未参加3个月" in text
    assert "本学年自2026年12月起参加本活动，此前的3个月为“未参加”，不计达标或未达标。" in text
    assert "浅灰色、标为“未参加”的是参加本活动之前的月份" in text
    closing = pdf.flat_page(len(pdf.pages) - 1)
    assert "新老师老师在2026学年（2026.9—2027.8）自2026年12月起参加“168”爱生行动的情况" in closing


def test_a_year_wholly_before_the_start(december: AppServices, export: ExportService, tmp_path: Path) -> None:
    pdf = Pdf(export.export_record_book(2025, tmp_path / "earlier.pdf").path)
    text = flat(_summary(pdf))
    assert "达标0个月，未达标0个月免计0个月，未参加12个月" in text
    assert "参加起始月份为2026年12月，本学年各月均为“未参加”" in text
    assert "未达标（" not in text


def test_a_stated_start_makes_the_months_from_it_count(
    december: AppServices, export: ExportService, tmp_path: Path
) -> None:
    december.settings.set_participation_start("2026-10")
    pdf = Pdf(export.export_record_book(2026, tmp_path / "stated.pdf").path)
    summary = _summary(pdf)
    assert re.search(r"2026年9月\s+0\s+0 / —\s+0 / —\s+0\s+未参加", summary)
    assert re.search(r"2026年10月\s+0\s+0 / 6\s+0 / 8\s+0\s+未达标", summary)
    assert "达标0个月，未达标2个月免计2个月，未参加1个月" in flat(summary)


def test_a_book_begun_in_september_says_nothing_of_it(
    december: AppServices, export: ExportService, tmp_path: Path
) -> None:
    december.settings.set_participation_start("2026-09")
    text = flat(_summary(Pdf(export.export_record_book(2026, tmp_path / "full.pdf").path)))
    assert "未参加" not in text
    assert "达标0个月，未达标3个月免计2个月" in text
