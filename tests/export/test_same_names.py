"""Two students of one name in the record book: their ids (编号) tell them apart, in the records and on the
pledge page, and only where a name is shared; the anonymized book tells them apart by alias alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jilu_desktop.services import AppServices
from jilu_desktop.services.export import ExportService
from tests.export.conftest import Pdf

# The services fixture's clock says 2026-12-04.
NOTE = "同名的学生在姓名后注明编号（记录本程序中的学生编号），以示区别。"


@pytest.fixture
def twins(services: AppServices) -> tuple[int, int, int]:
    """Two 王芳 in one class (the teacher confirmed the second), the first the mentee; and 李小明."""
    services.profile.update(name="王丽华", school="武进区湖塘实验小学")
    first = services.students.add(name="王芳", class_name="五(1)班")
    second = services.students.add(name="王芳", class_name="五(1)班", same_name_ok=True)
    other = services.students.add(name="李小明", class_name="五(1)班")
    services.pledges.set(2026, first, measures="每周两次午休辅导数学", signed_on="2026-09-08")
    add = services.activities.add
    add(date="2026-10-12", kind="tutoring", student_ids=[first, other], place="教室", content="辅导分数应用题")
    add(date="2026-10-14", kind="talk", student_ids=[second], place="办公室", content="谈心")
    add(date="2026-11-03", kind="home_visit", student_ids=[first], place="家中", content="家访")
    return first, second, other


def _records(pdf: Pdf) -> str:
    return "".join(pdf.pages[pdf.page_with("“168”爱生行动活动记录") : pdf.page_with("月度汇总目标")])


def test_students_of_one_name_are_told_apart_by_id(
    twins: tuple[int, int, int], export: ExportService, tmp_path: Path
) -> None:
    first, second, _ = twins
    pdf = Pdf(export.export_record_book(2026, tmp_path / "book.pdf").path)
    records = _records(pdf)
    assert re.findall(r"王芳（编号 \d+）", records) == [
        f"王芳（编号 {first}）",
        f"王芳（编号 {second}）",
        f"王芳（编号 {first}）",
    ]
    assert f"王芳（编号 {first}）、李小明" in records  # a name no one else has is printed as written
    assert "李小明（" not in records
    assert NOTE in pdf.flat  # the union reader is told what the number is
    assert f"王芳（编号{first}）" in pdf.flat_page(pdf.page_with("我重点帮扶的一位学生是"))  # the mentee


def test_a_name_only_one_student_in_the_book_has_is_printed_as_written(
    twins: tuple[int, int, int], services: AppServices, export: ExportService, tmp_path: Path
) -> None:
    _, second, _ = twins
    services.activities.delete(_record_of(services, second))
    pdf = Pdf(export.export_record_book(2026, tmp_path / "book.pdf").path)
    assert "编号" not in pdf.flat  # the other 王芳 is in no record of this year: nothing to tell apart
    assert NOTE not in pdf.flat


def test_the_anonymized_book_tells_them_apart_by_alias_and_shows_no_id(
    twins: tuple[int, int, int], export: ExportService, tmp_path: Path
) -> None:
    pdf = Pdf(export.export_record_book(2026, tmp_path / "anon.pdf", anonymize=True).path)
    records = _records(pdf)
    assert "王芳" not in pdf.flat and "编号" not in pdf.flat
    # The mentee in two records, the other 王芳 in one, each under an alias of their own.
    assert records.count("重点帮扶学生") == 2
    assert "学生A" in records and "学生B" in records


def _record_of(services: AppServices, student_id: int) -> int:
    (found,) = [r.id for r in services.activities.list() if student_id in r.activity.student_ids]
    return found
