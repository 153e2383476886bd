"""The anonymized book: no student's real name anywhere in the file, aliases used consistently."""

from __future__ import annotations

import pytest

from jilu_desktop.domain.anonymize import MENTEE_ALIAS, alias_letters, given_name, make_pseudonyms
from jilu_desktop.services import AppServices
from jilu_desktop.services.export import ExportService
from tests.export.conftest import Pdf

YEAR = 2025


def test_alias_letters() -> None:
    assert [alias_letters(i) for i in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]


def test_given_names_hidden_only_when_distinctive() -> None:
    assert given_name("李小明") == "小明"
    assert given_name("欧阳晓东") == "晓东"
    assert given_name("王芳") is None
    assert given_name("Anna Li") is None


def test_pseudonyms_replace_names_in_order_and_in_text() -> None:
    p = make_pseudonyms(["王芳", "李小明", "王芳", "王芳芳"], mentee="李小明")
    assert p.name("李小明") == MENTEE_ALIAS
    assert p.name("王芳") == "学生A"
    assert p.name("王芳芳") == "学生B"  # the longer name is not taken for 王芳 + 芳
    assert p.text("为王芳芳和王芳辅导，小明也来了") == "为学生B和学生A辅导，重点帮扶学生也来了"
    assert p.name("张三") == "张三"
    assert make_pseudonyms([]).text("没有名字") == "没有名字"


@pytest.fixture(scope="module")
def anonymous(demo_export: ExportService, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    out = tmp_path_factory.mktemp("anon") / "book.pdf"
    demo_export.export_record_book(YEAR, out, anonymize=True)
    return Pdf(out)


def _names(demo: AppServices) -> list[str]:
    names = [s.student.name for s in demo.students.list()]
    assert len(names) == 12
    return names


def test_no_student_name_in_page_text(anonymous: Pdf, demo: AppServices) -> None:
    for name in _names(demo):
        assert name not in anonymous.flat, name
    assert "学生A" in anonymous.flat and MENTEE_ALIAS in anonymous.flat


def test_no_student_name_in_outline_metadata_or_any_stream(anonymous: Pdf, demo: AppServices) -> None:
    meta = anonymous.reader.metadata
    assert meta is not None
    values = " ".join(str(v) for v in meta.values())
    titles = " ".join(title for _, title, _ in anonymous.outline)
    raw = anonymous.path.read_bytes()
    for name in _names(demo):
        assert name not in values and name not in titles
        for encoded in (name.encode("utf-8"), name.encode("utf-16-be")):
            assert encoded not in raw
            assert not any(encoded in stream for stream in anonymous.streams), name
    assert "/AcroForm" not in str(anonymous.reader.trailer["/Root"])  # no form fields
    assert not anonymous.reader.attachments
    assert "匿名" in str(meta.title)


def test_aliases_are_consistent_between_students_field_and_content(demo_export: ExportService) -> None:
    plan = demo_export.plan_record_book(YEAR, anonymize=True)
    original = demo_export.plan_record_book(YEAR).data
    assert plan.data.anonymized
    assert plan.data.pledge is not None and plan.data.pledge.mentee.name == MENTEE_ALIAS
    for real, alias in zip(original.activities, plan.data.activities, strict=True):
        assert len(real.students) == len(alias.students)
        for real_name, alias_name in zip(real.students, alias.students, strict=True):
            if real_name in real.content:
                assert alias_name in alias.content
        assert real.date == alias.date and real.kind == alias.kind
    assert plan.hidden_names >= {s for a in original.activities for s in a.students}


def test_teacher_name_stays(anonymous: Pdf) -> None:
    assert "王丽华" in anonymous.flat_page(0)
    assert "匿名版" in anonymous.flat_page(0)


def test_file_name_has_no_student_name(demo_export: ExportService, demo: AppServices) -> None:
    name = demo_export.record_book_file_name(YEAR, anonymize=True)
    assert name == "2025学年记录本-王丽华-匿名.pdf"
    assert not any(student in name for student in _names(demo))


def test_file_name_drops_a_teacher_name_that_contains_a_student_name(
    export: ExportService, services: AppServices
) -> None:
    services.profile.update(name="王芳")
    services.students.add(name="王芳")
    assert export.record_book_file_name(2026, anonymize=True) == "2026学年记录本-匿名.pdf"
    assert export.record_book_file_name(2026) == "2026学年记录本-王芳.pdf"
