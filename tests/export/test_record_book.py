"""The record book as the school union reads it: sections, fields, records in order, sums, page numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jilu_desktop.domain.activities import ActivityFilter
from jilu_desktop.domain.calendar import school_year_bounds
from jilu_desktop.domain.progress import MonthState
from jilu_desktop.export.wording import INSIDE_COVER, STATE_LABELS, month_zh, when_zh
from jilu_desktop.services import AppServices
from jilu_desktop.services.export import ExportService
from tests.export.conftest import PAGE_NUMBER, Pdf, flat

YEAR = 2025
SECTIONS = ["封面", "封二", "志愿书", "活动记录", "月度汇总", "活动反馈表", "签名"]


@pytest.fixture(scope="module")
def book(demo_export: ExportService, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    out = tmp_path_factory.mktemp("book") / "book.pdf"
    result = demo_export.export_record_book(YEAR, out)
    assert result.path == out
    assert result.notices == ()
    pdf = Pdf(out)
    assert result.pages == len(pdf.reader.pages)
    return pdf


def test_cover_has_the_campaign_school_teacher_and_school_year(book: Pdf) -> None:
    cover = book.flat_page(0)
    for expected in ("武进区“168”爱生行动", "记录本", "武进区湖塘实验小学", "志愿者姓名", "王丽华"):
        assert expected in cover
    assert "2025学年（2025.9—2026.8）" in cover


def test_inside_cover_quotes_the_notice(book: Pdf) -> None:
    inside = book.flat_page(1)
    for paragraph in INSIDE_COVER:
        assert flat(paragraph) in inside


def test_pledge_page_is_filled_from_the_pledge_and_profile(book: Pdf) -> None:
    page = book.flat_page(2)
    for expected in (
        "“168”爱生行动志愿书",
        "校长室、校工会：",
        "王丽华",
        "小学高级教师",
        "语文教师、班主任",
        "书法、朗诵",
        "1985年3月",
        "李小明",  # the demo mentee
        "五(1)班",
        "学习困难",
        "每周两次午休辅导数学",
        "此外，我还将在以下几方面努力：",
        "关心班上每一位学习困难的学生",
        "二〇二五年九月",
    ):
        assert expected in page, expected


def test_every_activity_is_printed_whole_in_date_order_with_its_kind(book: Pdf, demo: AppServices) -> None:
    start, end = school_year_bounds(YEAR)
    records = demo.activities.list(ActivityFilter(start=start, end=end), newest_first=False)
    assert len(records) > 200
    text = book.flat
    position = text.index("“168”爱生行动活动记录")
    for number, record in enumerate(records, 1):
        a = record.activity
        for part in (when_zh(a.date, a.time), a.place, "、".join(s.name for s in record.students), a.kind.label()):
            found = text.find(flat(part), position)
            assert found >= 0, (number, part)
            position = found
        found = text.find(f"第{number}条{flat(a.content)}", position)
        assert found >= 0, (number, a.content)
        position = found
    assert f"本学年共{len(records)}条活动记录" in text


def test_boxes_carry_the_paper_forms_labels(book: Pdf) -> None:
    page = book.flat_page(book.page_with("第1条"))
    for label in ("时间", "地点", "帮扶对象", "活动类型", "帮扶内容或帮扶心得："):
        assert label in page


def test_monthly_summary_matches_the_progress_service(book: Pdf, demo: AppServices) -> None:
    progress = demo.progress.school_year(YEAR)
    targets = demo.settings.targets(YEAR)
    start, end = school_year_bounds(YEAR)
    records = demo.activities.list(ActivityFilter(start=start, end=end), newest_first=False)
    summary = book.pages[book.page_with("月度汇总目标")]
    for m in progress.months:
        count = sum(
            1 for r in records if (r.activity.date.year, r.activity.date.month) == (m.month.year, m.month.month)
        )
        goal_tv = "—" if m.exempt else str(targets.talks_visits)
        goal_tu = "—" if m.exempt else str(targets.tutoring)
        row = (
            rf"{month_zh(m.month.year, m.month.month)}\s+{count}\s+{m.talks_visits.count} / {goal_tv}\s+"
            rf"{m.tutoring.count} / {goal_tu}\s+{m.assistance}\s+{re.escape(STATE_LABELS[m.state])}"
        )
        assert re.search(row, summary), row
    totals = progress.totals
    assert re.search(
        rf"合计\s+{len(records)}\s+{totals.talks_visits}\s+{totals.tutoring}\s+{totals.assistance}", summary
    )
    assert f"达标{totals.months_met}个月，未达标{totals.months_short}个月免计{totals.months_exempt}个月" in flat(
        summary
    )


def test_exempt_and_short_months_are_marked(book: Pdf, demo: AppServices) -> None:
    progress = demo.progress.school_year(YEAR)
    summary = book.flat_page(book.page_with("月度汇总目标"))
    exempt = [m for m in progress.months if m.state is MonthState.EXEMPT]
    assert [m.month.month for m in exempt] == [7, 8]
    assert summary.count("免计（假期）") == len(exempt)
    short = [m for m in progress.months if m.state is MonthState.SHORT]
    assert short, "the demo's February falls short"
    assert summary.count("未达标（") == len(short)
    assert "免计月份（寒暑假等）：7月、8月" in summary


def test_every_page_is_numbered_n_of_m(book: Pdf) -> None:
    total = len(book.pages)
    assert total > 20
    for index, text in enumerate(book.pages, 1):
        numbers = PAGE_NUMBER.findall(text)
        assert numbers == [(str(index), str(total))], (index, numbers)


def test_running_header_names_teacher_and_school_year(book: Pdf) -> None:
    assert "王丽华 · 2025学年（2025.9—2026.8）" not in book.pages[0]  # the cover has no header
    for text in book.pages[1:]:
        assert "王丽华 · 2025学年（2025.9—2026.8）" in text
        assert "武进区“168”爱生行动记录本" in text


def test_metadata(book: Pdf) -> None:
    meta = book.reader.metadata
    assert meta is not None
    assert meta.title == "武进区“168”爱生行动记录本 · 2025学年 · 王丽华"
    assert meta.author == "王丽华"
    assert meta.subject is not None and "2025学年（2025.9—2026.8）" in meta.subject
    assert meta.creator is not None and "jilu-desktop" in meta.creator


def test_outline_has_a_bookmark_per_section_and_month(book: Pdf) -> None:
    top = [(title, page) for level, title, page in book.outline if level == 0]
    assert [t for t, _ in top] == SECTIONS
    pages = dict(top)
    assert pages["封面"] == 0 and pages["封二"] == 1 and pages["志愿书"] == 2
    assert "月度汇总" in book.flat_page(pages["月度汇总"])
    assert "活动反馈表" in book.flat_page(pages["活动反馈表"])
    assert "志愿者签名" in book.flat_page(pages["签名"])
    months = [(title, page) for level, title, page in book.outline if level == 1]
    assert [t for t, _ in months][:2] == ["2025年9月（24条）", "2025年10月（24条）"]
    assert len(months) == 12
    for title, page in months:
        assert title.split("（")[0] in book.flat_page(page)
    assert [p for _, p in months] == sorted(p for _, p in months)


def test_feedback_forms_are_blank_and_ready_to_hand_out(book: Pdf) -> None:
    first = book.page_with("活动反馈表老师姓名")
    forms = [i for i, text in enumerate(book.pages) if "活动反馈表老师姓名" in flat(text)]
    assert forms == [first, first + 1]  # two blank forms, one a page
    page = book.flat_page(first)
    for expected in ("你感到该老师在“168”爱生行动中有没有按要求做？", "填表人姓名", "年级(或单位)", "填表说明："):
        assert expected in page
    assert "王丽华" in page and "武进区湖塘实验小学" in page  # printed for the filler


def test_closing_page_sums_up_and_leaves_the_signature_line(book: Pdf, demo: AppServices) -> None:
    totals = demo.progress.school_year(YEAR).totals
    closing = book.flat_page(len(book.pages) - 1)
    assert "志愿者（签名）：" in closing
    assert f"谈心、家访{totals.talks_visits}人次" in closing
    assert f"补课辅导{totals.tutoring}人次" in closing
    assert "以上记录内容真实。" in closing
    assert "校工会意见：" in closing


def test_district_comes_from_settings(export: ExportService, services: AppServices, tmp_path: Path) -> None:
    services.demo.fill([2026])
    assert export.district() == "武进区"
    assert export.set_district("新北区") == "新北区"
    pdf = Pdf(export.export_record_book(2026, tmp_path / "b.pdf").path)
    assert "新北区“168”爱生行动" in pdf.flat_page(0)
    assert pdf.reader.metadata is not None and pdf.reader.metadata.title.startswith("新北区")
    assert export.set_district("") == "武进区"


def test_suggested_file_name(export: ExportService, services: AppServices) -> None:
    services.demo.fill([2026])
    assert export.record_book_file_name(2026) == "2026学年记录本-王丽华.pdf"
    assert export.record_book_file_name(2026, anonymize=True) == "2026学年记录本-王丽华-匿名.pdf"
    assert export.pledge_file_name(2026) == "2026学年志愿书-王丽华.pdf"
    assert export.pledge_file_name(None) == "志愿书-空白.pdf"
