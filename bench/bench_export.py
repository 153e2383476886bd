"""Exporting the record book, against reportlab laying out a bare table of the same rows in the same font.

The floor is what any PDF of these records must cost: every row's date, place, students and content in
a grid, the content wrapped (CJK) in WenQuanYi Micro Hei. The book adds the cover, the pledge, one box
per record, the monthly summary and its chart, the feedback form, and reading and checking the data.

Two sizes, one school year's book each (100-character contents, 1–3 students a record):
- 700 records, in this process: median of 5 runs each, interleaved. Goal: ≤ 1.3× the floor and < 2 s.
- 10,000 records, in a child process each (time, and the child's own peak RSS): the upper bound of ten
  school years' records in one book; stated with the floor at the same size.

Signing the PDF is not built yet, so its added time is not measured.

Usage as a child: python bench/bench_export.py book|floor DATA_DIR RESULT_JSON SCHOOL_YEAR
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from common import PY, WORK, clock, median, open_dataset, peak_rss_kib, row, run_child

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.activities import ActivityKind, make_activity
from jilu_desktop.export.data import ActivityEntry
from jilu_desktop.paths import AppPaths, resources_dir
from jilu_desktop.storage import activities_repo

SCHOOL_YEAR = 2025
CONTENT_CHARS = 100
SIZES = {"700": ("book-700", 700), "10k": ("book-10k", 10_000)}
FLOOR_FONT = "BenchFloorSans"
WIDTHS_MM = (30, 22, 36, 82)  # date, place, students, content: as wide as the book's text
FLOOR_CHUNK = 8  # rows per Table in the linear floor: about a page
_PHRASES = [
    "午休时为{n}讲解分数应用题，先画线段图理清数量关系，再独立完成三道练习，",
    "与{n}谈心，了解到最近作业拖拉是因为晚上要照顾生病的奶奶，约定每天在校完成一半，",
    "到{n}家家访，与家长交流孩子在校表现，建议每天陪伴阅读二十分钟并签字，",
    "放学后为{n}补习英语单词和课文朗读，听写正确率由六成提高到八成以上，",
    "{n}考试前很紧张，带到心理辅导室做放松练习，鼓励其把担心写下来再逐条分析，",
    "帮助{n}整理错题本，按知识点分类，每周复习一次，家长表示会配合督促，",
]


def book_dataset(name: str, records: int) -> Path:
    """A data folder whose 2025学年 holds exactly `records` records with 100-character contents."""
    folder = WORK / name
    marker = folder / ".complete"
    if marker.exists():
        return folder
    if folder.exists():
        for f in sorted(folder.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
    svc = open_services(AppPaths(folder), clock())
    svc.demo.fill([SCHOOL_YEAR], per_month=0)  # the teacher, twelve students and the pledge; no records
    students = {s.id: s.student.name for s in svc.students.list()}
    ids = sorted(students)
    rng = random.Random(168)
    months = [(SCHOOL_YEAR, m) for m in range(9, 13)] + [(SCHOOL_YEAR + 1, m) for m in range(1, 7)]
    kinds = [ActivityKind.TALK, ActivityKind.HOME_VISIT, ActivityKind.TUTORING, ActivityKind.ASSISTANCE]
    today, now = svc.clock.today(), svc.clock.now()
    with svc.db.session_scope(write=True) as session:  # one transaction: 10,000 commits would take minutes
        for i in range(records):
            year, month = months[i * len(months) // records]
            group = rng.sample(ids, rng.choice([1, 1, 2, 3]))
            names = "、".join(students[s] for s in group)
            text = ""
            while len(text) < CONTENT_CHARS:
                text += rng.choice(_PHRASES).format(n=names)
            activity = make_activity(
                date=dt.date(year, month, 1 + rng.randrange(28)),
                time=dt.time(rng.choice([7, 12, 16, 17]), rng.choice([0, 15, 30, 45])),
                kind=rng.choices(kinds, [30, 8, 55, 7])[0],
                student_ids=group,
                place=rng.choice(["办公室", "教室", "图书室", "心理辅导室", "学生家中"]),
                content=text[: CONTENT_CHARS - 1] + "。",
                today=today,
            )
            activities_repo.add_activity(session, activity, now)
    svc.close()
    marker.touch()
    return folder


def book_rows(folder: Path, school_year: int = SCHOOL_YEAR) -> list[ActivityEntry]:
    """The records exactly as the book prints them."""
    svc = open_dataset(folder)
    try:
        return list(svc.export.plan_record_book(school_year).data.activities)
    finally:
        svc.close()


def export_book(folder: Path, out: Path, school_year: int = SCHOOL_YEAR) -> int:
    svc = open_dataset(folder)
    try:
        return svc.export.export_record_book(school_year, out).pages
    finally:
        svc.close()


def bare_table(rows: list[ActivityEntry], out: Path, chunk: int | None = None) -> int:
    """The floor: a reportlab Table of the rows, content wrapped, in the bundled font; returns pages.

    chunk=None: one Table, as asked for. reportlab splits a long Table by measuring what is left of it
    on every page, which grows with the square of its length; chunk=N lays the same grid out as Tables
    of N rows each, which is linear, and so is the stricter floor.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

    if FLOOR_FONT not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(FLOOR_FONT, str(resources_dir() / "fonts" / "wqy-microhei.ttc"), subfontIndex=0)
        pdfmetrics.registerFont(font)
    cell = ParagraphStyle("cell", fontName=FLOOR_FONT, fontSize=10.5, leading=15, wordWrap="CJK")
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FLOOR_FONT, 10.5),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    data: list[list[object]] = [
        [
            f"{r.date.year}年{r.date.month}月{r.date.day}日",
            r.place,
            "、".join(r.students),
            Paragraph(escape(r.content), cell),
        ]
        for r in rows
    ]
    header: list[object] = ["时间", "地点", "帮扶对象", "帮扶内容或帮扶心得"]
    size = chunk or len(data) or 1
    tables: list[Flowable] = []
    for start in range(0, max(len(data), 1), size):
        part = data[start : start + size]
        table = Table([header, *part] if start == 0 else part, colWidths=[w * mm for w in WIDTHS_MM],
                      repeatRows=1 if start == 0 else 0)  # fmt: skip
        table.setStyle(style)
        tables.append(table)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(tables)
    return int(doc.page)


def run(repeat: int = 5, big_repeat: int = 3) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        out = Path(tmp)
        folder = book_dataset(*SIZES["700"])
        records = book_rows(folder)
        assert len(records) == 700 and all(len(r.content) == CONTENT_CHARS for r in records)
        book_pages = export_book(folder, out / "warm.pdf")  # fonts registered, modules imported
        floor_pages = bare_table(records, out / "warm-floor.pdf", FLOOR_CHUNK)
        bare_table(records, out / "warm-one.pdf")
        book_t, floor_t, one_t = [], [], []
        for _ in range(repeat):  # interleaved, so that noise hits all alike
            book_t.append(_timed(lambda: export_book(folder, out / "book.pdf")))
            floor_t.append(_timed(lambda: bare_table(records, out / "floor.pdf", FLOOR_CHUNK)))
            one_t.append(_timed(lambda: bare_table(records, out / "one.pdf")))
        bt, ft, ot = median(book_t), median(floor_t), median(one_t)
        print(f"[export 700: book {book_pages} pages, floor {floor_pages} pages]", file=sys.stderr)
        rows += [
            row("export book, 700 records", bt, "s", ft, goal=1.3),
            row("export book, 700 records (< 2 s)", bt, "s", ft, goal_abs=2.0),
            row("export book, 700 vs one-Table floor", bt, "s", ot),
        ]

        big = book_dataset(*SIZES["10k"])
        runs: dict[str, list[dict[str, float]]] = {"book": [], "floor": []}
        for _ in range(big_repeat):
            for what in ("floor", "book"):
                runs[what].append(measure_child(what, big))
        b = {k: median([r[k] for r in runs["book"]]) for k in ("seconds", "pages", "rss_kib")}
        f = {k: median([r[k] for r in runs["floor"]]) for k in ("seconds", "pages", "rss_kib")}
        print(f"[export 10k: book {b['pages']:.0f} pages, floor {f['pages']:.0f} pages]", file=sys.stderr)
        rows += [
            row("export book, 10,000 records", b["seconds"], "s", f["seconds"]),
            row("export book, 10,000 records, peak RSS", b["rss_kib"] / 1024, "MiB", f["rss_kib"] / 1024),
        ]
    return rows


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure_child(what: str, folder: Path, school_year: int = SCHOOL_YEAR) -> dict[str, float]:
    """One export ("book") or floor ("floor") of `school_year` in a fresh process: its seconds (the export
    alone, not the process's start), pages and peak resident memory (KiB)."""
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        result = Path(tmp) / "result.json"
        run_child([PY, __file__, what, str(folder), str(result), str(school_year)])
        measured: dict[str, float] = json.loads(result.read_text("utf-8"))
    return measured


def child(what: str, folder: Path, result: Path, school_year: int) -> None:
    """One measured export (or floor) in a fresh process; its time, pages and peak memory go to `result`."""
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        target = Path(tmp) / "out.pdf"
        if what == "book":
            start = time.perf_counter()
            pages = export_book(folder, target, school_year)
        else:
            records = book_rows(folder, school_year)  # not timed: the floor starts from the rows in memory
            start = time.perf_counter()
            pages = bare_table(records, target, FLOOR_CHUNK)
        seconds = time.perf_counter() - start
    result.write_text(json.dumps({"seconds": seconds, "pages": pages, "rss_kib": peak_rss_kib()}), "utf-8")


if __name__ == "__main__":
    child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
