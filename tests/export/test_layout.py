"""The builder on hand-made data: long content flows across pages whole, big books stay linear."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.calendar import school_year_months
from jilu_desktop.domain.progress import MonthState
from jilu_desktop.export.data import ActivityEntry, MonthSummary, RecordBookData, Targets, TeacherInfo
from jilu_desktop.export.record_book import build_record_book
from tests.export.conftest import PAGE_NUMBER, Pdf, flat

TEACHER = TeacherInfo(name="王丽华", school="武进区湖塘实验小学")
SENTENCES = "今天放学后与学生谈心，了解到他最近在家里的学习情况，约定每天按时完成作业。"


def _entries(count: int, content_chars: int, school_year: int = 2025, seed: int = 1) -> list[ActivityEntry]:
    rng = random.Random(seed)
    kinds = list(ActivityKind)
    start = dt.date(school_year, 9, 1)
    days = sorted(rng.randrange(365) for _ in range(count))
    text = SENTENCES * (content_chars // len(SENTENCES) + 1)
    return [
        ActivityEntry(
            date=start + dt.timedelta(days=d),
            kind=rng.choice(kinds),
            students=("李小明", "王芳")[: rng.choice([1, 2])],
            place="办公室",
            content=f"{i:05d}" + text[: content_chars - 5],
            time=dt.time(16, 30),
        )
        for i, d in enumerate(days)
    ]


def _book(entries: list[ActivityEntry], school_year: int = 2025) -> RecordBookData:
    months = tuple(
        MonthSummary(m.year, m.month, MonthState.EXEMPT if m.month in (7, 8) else MonthState.MET, 6, 8, 0)
        for m in school_year_months(school_year)
    )
    return RecordBookData(school_year, TEACHER, Targets(6, 8, frozenset({7, 8})), months, entries)


def test_long_content_flows_onto_the_next_pages_whole(tmp_path: Path) -> None:
    content = "".join(f"第{i:04d}句：{SENTENCES}" for i in range(1, 80))[:2000]
    entries = [
        ActivityEntry(dt.date(2025, 10, 8), ActivityKind.HOME_VISIT, ("赵长文",), "学生家中", content, dt.time(16, 10)),
        ActivityEntry(dt.date(2025, 10, 9), ActivityKind.TALK, ("李小明",), "办公室", "短的一条。"),
    ]
    out = tmp_path / "long.pdf"
    build_record_book(_book(entries), out)
    pdf = Pdf(out)
    pages = [i for i, text in enumerate(pdf.pages) if "第0001句" in flat(text) or "接上页" in flat(text)]
    assert len(pages) >= 2, "2000 characters do not fit in one box on one page"
    assert "（接下页）" in pdf.pages[pages[0]]
    assert "帮扶内容或帮扶心得（接上页）：" in flat(pdf.pages[pages[1]])
    # the running header, footer and labels come between the parts: strip them and the text is whole
    body = "".join(flat(pdf.pages[i]) for i in pages)
    for noise in (
        "（接下页）",
        "帮扶内容或帮扶心得（接上页）：",
        "第1条",
        "武进区“168”爱生行动记录本",
        "王丽华·2025学年（2025.9—2026.8）",
    ):
        body = body.replace(flat(noise), "")
    body = re.sub(r"第\d+页/共\d+页", "", body)
    assert flat(content) in body
    assert "短的一条。" in pdf.flat


def test_seven_hundred_records(tmp_path: Path) -> None:
    """The size of two busy school years: laid out in one pass, every page numbered."""
    entries = _entries(700, 100)
    buffer = io.BytesIO()
    pages = build_record_book(_book(entries), buffer)
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == pages > 70
    last = reader.pages[-1].extract_text()
    assert PAGE_NUMBER.findall(last) == [(str(pages), str(pages))]
    text = flat("".join(p.extract_text() for p in reader.pages))
    assert all(f"第{i}条{i - 1:05d}" in text for i in range(1, 701))


@pytest.mark.stress
def test_ten_thousand_records(tmp_path: Path) -> None:
    """Ten school years' worth in one book, in a process of its own to measure its peak memory:
    paragraphs are made as boxes are reached and dropped once drawn."""
    pytest.importorskip("resource")  # Unix
    script = f"""
import resource, sys
sys.path.insert(0, {str(Path(__file__).parents[2])!r})
from tests.export.test_layout import _book, _entries
from jilu_desktop.export.record_book import build_record_book
pages = build_record_book(_book(_entries(10_000, 100)), {str(tmp_path / "big.pdf")!r})
print(pages, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=True)
    pages, peak_kib = map(int, result.stdout.split())
    assert pages > 1500
    assert peak_kib < 400 * 1024, f"peak memory {peak_kib // 1024} MiB"
    reader = pypdf.PdfReader(tmp_path / "big.pdf")
    assert PAGE_NUMBER.findall(reader.pages[-1].extract_text()) == [(str(pages), str(pages))]


def _ink(png: Path) -> float:
    """Share of pixels that are not white."""
    with Image.open(png) as image:
        grey = image.convert("L")
        histogram = grey.histogram()
    return 1 - sum(histogram[245:]) / sum(histogram)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pages_render(tmp_path: Path) -> None:
    """poppler draws every kind of page without complaint, and each carries ink."""
    out = tmp_path / "book.pdf"
    pages = build_record_book(_book(_entries(40, 100)), out)
    result = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert result.stderr == ""  # e.g. no “invalid hex string” from a broken ToUnicode map
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    for image in images:
        assert _ink(image) > 0.005, image.name


def test_feedback_received_comes_before_the_blank_forms(tmp_path: Path) -> None:
    from dataclasses import replace

    from jilu_desktop.export.anonymize import anonymize_book, book_pseudonyms
    from jilu_desktop.export.data import FeedbackEntry

    said = FeedbackEntry("李小明的妈妈", "五(1)班家长", "王老师每周给李小明补课，孩子进步很大。", dt.date(2026, 6, 1))
    data = replace(_book(_entries(3, 50)), feedback=(said,), blank_feedback_forms=1)
    out = tmp_path / "fb.pdf"
    build_record_book(data, out)
    pdf = Pdf(out)
    forms = [i for i, text in enumerate(pdf.pages) if "活动反馈表老师姓名" in flat(text)]
    assert len(forms) == 2
    assert "王老师每周给李小明补课，孩子进步很大。" in pdf.flat_page(forms[0])
    assert "李小明的妈妈" in pdf.flat_page(forms[0]) and "2026年6月1日收到" in pdf.flat_page(forms[0])
    assert "李小明" not in pdf.flat_page(forms[1])

    hidden = anonymize_book(data, book_pseudonyms(data))
    build_record_book(hidden, out)
    anonymous = Pdf(out)
    assert "李小明" not in anonymous.flat and "王芳" not in anonymous.flat
    assert "王老师每周给学生A补课" in anonymous.flat and "（已隐去）" in anonymous.flat


@pytest.mark.parametrize(("before", "chars"), [(2, 900), (4, 600), (4, 900), (9, 900)])
def test_a_month_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path: Path, before: int, chars: int) -> None:
    """A month whose first record is long, after a month that fills most of a page: the heading goes to the
    next page with that record, rather than stay alone at the foot of the page the record no longer fits on."""
    entries = [
        ActivityEntry(dt.date(2025, 10, 1 + i), ActivityKind.TALK, ("李小明",), "办公室", "短的一条。")
        for i in range(before)
    ]
    entries.append(
        ActivityEntry(dt.date(2025, 11, 3), ActivityKind.TALK, ("王芳",), "办公室", (SENTENCES * 40)[:chars])
    )
    out = tmp_path / "months.pdf"
    build_record_book(_book(entries), out)
    pdf = Pdf(out)
    assert pdf.page_with("2025年11月1条记录") == pdf.page_with(f"第{before + 1}条")
    november = [entry for entry in pdf.outline if entry[1].startswith("2025年11月")]
    assert november == [(1, "2025年11月（1条）", pdf.page_with(f"第{before + 1}条"))]


def test_the_records_title_stays_with_a_long_first_record(tmp_path: Path) -> None:
    """The section's title, its count and the first month's heading are not left alone on a page when the first
    record fits on a page but not under them."""
    content = (SENTENCES * 60)[:1600]
    entries = [ActivityEntry(dt.date(2025, 9, 3), ActivityKind.TALK, ("王芳",), "办公室", content)]
    out = tmp_path / "first.pdf"
    build_record_book(_book(entries), out)
    pdf = Pdf(out)
    assert pdf.page_with("本学年共1条活动记录") == pdf.page_with("2025年9月1条记录") == pdf.page_with("第1条")


def test_exempt_months_are_listed_in_school_year_order(tmp_path: Path) -> None:
    """A school year runs from September: winter months marked exempt read 12月、1月、2月, not 1月、2月 … 12月."""
    from dataclasses import replace

    data = replace(_book(_entries(3, 50)), targets=Targets(6, 8, frozenset({1, 2, 7, 8, 12})))
    out = tmp_path / "exempt.pdf"
    build_record_book(data, out)
    assert "免计月份（寒暑假等）：12月、1月、2月、7月、8月。" in Pdf(out).flat


@pytest.mark.parametrize(
    "names",
    [
        ("重点帮扶学生", "学生A", "学生B", "学生C", "学生D", "学生E"),  # the anonymized book
        ("欧阳娜娜", "司马相如", "诸葛孔明", "上官婉儿", "欧阳娜娜（编号 5）", "张堃"),
        ("王芳（编号 12）", "王芳（编号 15）", "李小明", "赵长文", "孙强", "周婷"),
    ],
)
def test_a_name_in_the_students_cell_is_never_broken_across_lines(tmp_path: Path, names: tuple[str, ...]) -> None:
    """Six students do not fit on one line of 帮扶对象: the line breaks between two names (after “、”), never
    inside one (上/官婉儿, 学生/C)."""
    entries = [ActivityEntry(dt.date(2025, 10, 8), ActivityKind.TUTORING, names, "教室", "一起复习。")]
    out = tmp_path / "names.pdf"
    build_record_book(_book(entries), out)
    pdf = Pdf(out)
    text = pdf.pages[pdf.page_with("一起复习")]
    lines = text.splitlines()
    cell = [line.strip() for line in lines[lines.index("教室") + 1 : lines.index("补课辅导")]]
    assert len(cell) > 1, text
    assert all(line.endswith("、") for line in cell[:-1]), cell
    assert "".join(cell) == "、".join(names)
