"""The 志愿书 on its own: one A4 page, filled from pledge and profile, or blank for colleagues."""

from __future__ import annotations

from pathlib import Path

import pytest

from jilu_desktop.export.wording import PLEDGE_ADDRESSEE, PLEDGE_FURTHER, PLEDGE_MENTEE_INTRO, PLEDGE_OPENING
from jilu_desktop.services import AppServices
from jilu_desktop.services.export import ExportService
from tests.export.conftest import Pdf, flat
from tests.export.test_fonts import assert_embedded

FORM_TEXT = [PLEDGE_ADDRESSEE, PLEDGE_OPENING, PLEDGE_MENTEE_INTRO, PLEDGE_FURTHER, "（签名）"]
LABELS = ["姓名", "性别", "出生年月", "职称", "工作岗位", "特长", "年龄", "班级", "困难情况", "帮扶措施"]


def test_filled_pledge_form(export: ExportService, services: AppServices, tmp_path: Path) -> None:
    services.demo.fill([2026])
    result = export.export_pledge(2026, tmp_path / "pledge.pdf")
    assert result.pages == 1 and result.notices == ()
    pdf = Pdf(result.path)
    assert len(pdf.pages) == 1
    page = pdf.flat
    for text in FORM_TEXT + LABELS:
        assert flat(text) in page, text
    for value in ("武进区湖塘实验小学", "王丽华", "女", "1985年3月", "小学高级教师", "书法、朗诵", "李小明", "五(1)班"):
        assert value in page, value
    assert "每周两次午休辅导数学" in page and "二〇二六年九月" in page
    assert "第1页" not in page  # a single sheet carries no page number
    meta = pdf.reader.metadata
    assert meta is not None and meta.author == "王丽华" and "志愿书" in str(meta.title)
    assert [title for _, title, _ in pdf.outline] == ["志愿书"]
    assert_embedded(pdf)


def test_long_answers_still_fit_on_one_page(export: ExportService, services: AppServices, tmp_path: Path) -> None:
    services.demo.fill([2026])
    view = services.pledges.get(2026)
    assert view is not None
    services.pledges.set(2026, view.mentee.id, measures="每周辅导。" * 200, commitments="关心学生。" * 200)
    pdf = Pdf(export.export_pledge(2026, tmp_path / "pledge.pdf").path)
    assert len(pdf.pages) == 1
    assert "每周辅导。" * 200 in pdf.flat and "关心学生。" * 200 in pdf.flat


def test_unsigned_pledge_leaves_the_date_blank_and_says_so(
    export: ExportService, services: AppServices, tmp_path: Path
) -> None:
    services.profile.update(name="王丽华")
    sid = services.students.add(name="陈静")
    services.pledges.set(2026, sid, measures="每周两次辅导英语")
    result = export.export_pledge(2026, tmp_path / "pledge.pdf")
    assert [n.code for n in result.notices] == ["export_profile_incomplete", "export_pledge_undated"]
    page = Pdf(result.path).flat
    assert "二〇年月" in page and "陈静" in page


@pytest.mark.parametrize("with_profile", [False, True])
def test_blank_pledge_form(export: ExportService, services: AppServices, tmp_path: Path, with_profile: bool) -> None:
    if with_profile:
        services.demo.fill([2026])
    result = export.export_blank_pledge(tmp_path / "blank.pdf")
    pdf = Pdf(result.path)
    assert result.pages == 1 and len(pdf.pages) == 1
    page = pdf.flat
    for text in FORM_TEXT + LABELS:
        assert flat(text) in page, text
    assert "学校" in page and "二〇年月" in page
    assert "王丽华" not in page and "李小明" not in page  # nothing of this teacher's
