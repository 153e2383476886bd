"""The record book (记录本, appendix 4 of the notice), one school year, as the school union receives it.

Sections, each a bookmark: 封面, 封二, 志愿书, 活动记录 (one entry per month), 月度汇总, 活动反馈表, 签名.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.progress import TALKS_VISITS_KINDS, TUTORING_KINDS, MonthState
from jilu_desktop.export import styles as st
from jilu_desktop.export.chart import year_chart
from jilu_desktop.export.data import (
    ActivityEntry,
    MonthSummary,
    PledgeFormData,
    RecordBookData,
    book_order,
    book_texts,
)
from jilu_desktop.export.feedback import feedback_form
from jilu_desktop.export.flowables import ActivityBox, MonthHeading, signature_image
from jilu_desktop.export.fonts import FontChain, default_fonts, find_unprintable, unprintable_error
from jilu_desktop.export.pages import Anchor, DocInfo, build_document
from jilu_desktop.export.pledge_form import one_page, pledge_flowables
from jilu_desktop.export.same_names import SAME_NAME_NOTE, same_name_ids, tell_apart
from jilu_desktop.export.styles import Styles, make_styles
from jilu_desktop.export.wording import (
    BOOK_TITLE,
    CAMPAIGN,
    INSIDE_COVER,
    RECORDS_TITLE,
    STATE_LABELS,
    date_zh,
    month_zh,
    school_year_zh,
)

ANONYMIZED_NOTE = (
    "匿名版：学生姓名已替换为代称（学生A、学生B……，重点帮扶学生），"
    "重点帮扶学生的年龄、班级和困难情况的具体描述不予显示，以保护学生。"
)
NO_RECORDS = "本学年还没有活动记录。"
NO_PLEDGE = (
    "本学年还没有填写志愿书。下面是待填写的志愿书：可以手写填好后附在本页，"
    "也可以在记录本程序的“志愿书”中选择重点帮扶学生、填写困难情况和帮扶措施后重新导出。"
)
BOX_GAP = 3.5 * mm


def book_info(data: RecordBookData) -> DocInfo:
    teacher = data.teacher.name
    year = f"{data.school_year}学年"
    suffix = "（匿名版）" if data.anonymized else ""
    return DocInfo(
        title=f"{data.district}{CAMPAIGN}记录本 · {year} · {teacher}{suffix}",
        author=teacher,
        subject=f"{school_year_zh(data.school_year)}的志愿书、活动记录与月度汇总{suffix}",
        keywords=("168", "爱生行动", "记录本", year),
        header_left=f"{data.district}{CAMPAIGN}记录本" + (" · 匿名版" if data.anonymized else ""),
        header_right=f"{teacher} · {school_year_zh(data.school_year)}",
    )


def build_record_book(
    data: RecordBookData, target: Path | BinaryIO, fonts: FontChain | None = None, *, check: bool = True
) -> int:
    """Write the record book to `target`; returns its page count.

    Raises DomainError("export_unprintable") before writing anything if some character has no font
    (`check=False` when the caller has just checked the same data). Students of one name are printed with
    their ids (export.same_names).
    """
    fonts = fonts or default_fonts()
    if check:
        found = find_unprintable(fonts, book_texts(data))
        if found:
            raise unprintable_error(found)
    styles = make_styles(fonts.main)
    same_names = same_name_ids(data)
    data = tell_apart(data, same_names)
    story: list[Flowable] = [
        *_cover(data, fonts, styles),
        NextPageTemplate("body"),
        PageBreak(),
        *_inside_cover(styles),
        PageBreak(),
        *_pledge(data, fonts, styles),
        PageBreak(),
        *_records(data, fonts, styles, same_names=bool(same_names)),
        PageBreak(),
        *_summary(data, fonts, styles),
        PageBreak(),
        *_feedback(data, fonts, styles),
        PageBreak(),
        *_closing(data, fonts, styles),
    ]
    return build_document(target, story, book_info(data), fonts, cover=True)


def _cover(data: RecordBookData, fonts: FontChain, styles: Styles) -> list[Flowable]:
    big = styles.title.clone("cover_campaign", fontSize=26, leading=38)
    huge = styles.title.clone("cover_title", fontSize=44, leading=60)
    year = styles.title.clone("cover_year", fontSize=15, leading=22)
    field = styles.field.clone("cover_field", fontSize=15, leading=22)
    fields = Table(
        [
            [Paragraph("学" + "&nbsp;" * 12 + "校：", field), Paragraph(fonts.markup(data.teacher.school), field)],
            [Paragraph("志愿者姓名：", field), Paragraph(fonts.markup(data.teacher.name), field)],
        ],
        colWidths=[40 * mm, 80 * mm],
        rowHeights=[14 * mm, 14 * mm],
    )
    fields.setStyle(
        TableStyle(
            [
                st.font_command(styles),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, st.INK),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
            ]
        )
    )
    out: list[Flowable] = [
        Anchor("cover", "封面"),
        Spacer(1, 45 * mm),
        Paragraph(fonts.markup(data.district) + CAMPAIGN, big),
        Spacer(1, 10 * mm),
        Paragraph(BOOK_TITLE, huge),
        Spacer(1, 8 * mm),
        Paragraph(school_year_zh(data.school_year), year),
        Spacer(1, 60 * mm),
        fields,
    ]
    if data.anonymized:
        out += [Spacer(1, 30 * mm), Paragraph(ANONYMIZED_NOTE, styles.note.clone("cover_note", alignment=1))]
    return out


def _inside_cover(styles: Styles) -> list[Flowable]:
    text = styles.body_indent.clone("inside", fontSize=st.FIELD_SIZE, leading=st.FIELD_SIZE * 2.1)
    block = Table([[[Paragraph(p, text) for p in INSIDE_COVER]]], colWidths=[st.FRAME_WIDTH - 20 * mm])
    block.setStyle(
        TableStyle(
            [
                st.font_command(styles),
                ("BOX", (0, 0), (-1, -1), 0.8, st.INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 10 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        )
    )
    return [Anchor("inside-cover", "封二"), Spacer(1, 50 * mm), block]


def book_pledge_form(data: RecordBookData) -> PledgeFormData:
    """The 志愿书 as the book prints it (its pledge page)."""
    return PledgeFormData(
        school_year=data.school_year,
        teacher=data.teacher,
        pledge=data.pledge,
        district=data.district,
        signature_png=data.signature_png if data.pledge else None,
    )


def _pledge(data: RecordBookData, fonts: FontChain, styles: Styles) -> list[Flowable]:
    content = pledge_flowables(book_pledge_form(data), fonts, styles)
    if data.pledge is None:
        note = Table([[Paragraph(NO_PLEDGE, styles.cell)]], colWidths=[st.FRAME_WIDTH])
        note.setStyle(
            TableStyle(
                [
                    st.font_command(styles),
                    ("BOX", (0, 0), (-1, -1), 0.8, st.SHORT_COLOR),
                    ("BACKGROUND", (0, 0), (-1, -1), st.LABEL_FILL),
                ]
            )
        )
        content = [note, Spacer(1, 4 * mm), *content]
    return [Anchor("pledge", "志愿书"), one_page(content)]


def _month_detail(entries: Sequence[ActivityEntry]) -> str:
    talks = sum(len(e.students) for e in entries if e.kind in TALKS_VISITS_KINDS)
    tutoring = sum(len(e.students) for e in entries if e.kind in TUTORING_KINDS)
    other = sum(len(e.students) for e in entries if e.kind is ActivityKind.ASSISTANCE)
    detail = f"{len(entries)} 条记录 · 谈心、家访 {talks} 人次 · 补课辅导 {tutoring} 人次"
    return detail + (f" · 生活帮扶 {other} 人次" if other else "")


def _records(data: RecordBookData, fonts: FontChain, styles: Styles, *, same_names: bool) -> Iterator[Flowable]:
    """The records, month by month; `same_names`: some students are told apart by id, which is explained.

    Each month's heading is kept on one page with the month's first record (and the section's title with the
    first month): a record that does not fit under its heading takes the heading to the next page with it,
    rather than leave it alone at the foot of a page.
    """
    title = Paragraph(RECORDS_TITLE, styles.heading)
    entries = book_order(data.activities)
    if not entries:
        yield Anchor("records", "活动记录")
        yield title
        yield Spacer(1, 10 * mm)
        yield Paragraph(NO_RECORDS, styles.field.clone("empty", alignment=1))
        return
    intro = f"本学年共 {len(entries)} 条活动记录，按时间先后排列。" + (SAME_NAME_NOTE if same_names else "")
    lead: list[Flowable] = [
        Anchor("records", "活动记录"),
        title,
        Paragraph(intro, styles.note.clone("count", alignment=1)),
        Spacer(1, 2 * mm),
    ]
    number = 0
    for (year, month), group in itertools.groupby(entries, key=lambda e: (e.date.year, e.date.month)):
        month_entries = list(group)
        if not lead:
            yield CondPageBreak(MonthHeading.HEIGHT + 45 * mm)
        heading = [
            *lead,
            Anchor(f"month-{year}-{month:02d}", f"{month_zh(year, month)}（{len(month_entries)}条）", level=1),
            MonthHeading(month_zh(year, month), _month_detail(month_entries), fonts),
            Spacer(1, 2 * mm),
        ]
        lead = []
        for i, entry in enumerate(month_entries):
            number += 1
            if i:
                yield ActivityBox(entry, number, fonts, styles)
            else:
                yield KeepTogether([*heading, ActivityBox(entry, number, fonts, styles, keep_whole=False)])
            yield Spacer(1, BOX_GAP)


def _state_text(m: MonthSummary, data: RecordBookData) -> str:
    label = STATE_LABELS[m.state]
    if m.state is MonthState.SHORT:
        missing = []
        if m.talks_visits < data.targets.talks_visits:
            missing.append(f"谈心家访差 {data.targets.talks_visits - m.talks_visits}")
        if m.tutoring < data.targets.tutoring:
            missing.append(f"补课辅导差 {data.targets.tutoring - m.tutoring}")
        label += "（" + "，".join(missing) + "）"
    return label


def _joined_text(data: RecordBookData) -> str:
    """“自2026年12月起”, when the teacher began taking part after this school year's September; else ""."""
    before = sum(m.not_participating for m in data.months)
    if not before or data.participation_start is None:
        return ""
    return f"自{month_zh(*data.participation_start)}起"


def _summary(data: RecordBookData, fonts: FontChain, styles: Styles) -> list[Flowable]:
    t = data.targets
    # In the school year's order (12月、1月、2月 …), as the table below lists the months.
    exempt = "、".join(f"{m}月" for m in sorted(t.exempt_months, key=lambda m: (m < 9, m))) or "无"
    intro = (
        f"目标：每月谈心、家访不少于 {t.talks_visits} 人次，义务补课、辅导不少于 {t.tutoring} 人次。"
        f"免计月份（寒暑假等）：{exempt}。“a / b”表示完成 a 人次，目标 b 人次。"
    )
    before = sum(m.not_participating for m in data.months)
    if data.participation_start is not None and before:
        joined = month_zh(*data.participation_start)
        if before == len(data.months):
            intro += f"参加起始月份为{joined}，本学年各月均为“未参加”，不计达标或未达标。"
        else:
            intro += f"本学年自{joined}起参加本活动，此前的 {before} 个月为“未参加”，不计达标或未达标。"
    center = styles.cell_center
    state_style = styles.small.clone("state", fontSize=st.BODY_SIZE - 0.5)
    short_style = state_style.clone("state_short", textColor=st.SHORT_COLOR)
    absent_style = state_style.clone("state_absent", textColor=st.MUTED)
    header = [
        "月份",
        "记录<br/>（条）",
        "谈心、家访<br/>（人次）",
        "补课辅导<br/>（人次）",
        "生活帮扶<br/>（人次）",
        "本月情况",
    ]
    rows: list[list[object]] = [[Paragraph(h, center) for h in header]]
    style: list[st.TableCommand] = [
        ("GRID", (0, 0), (-1, -1), st.GRID_WIDTH, st.GRID),
        ("BACKGROUND", (0, 0), (-1, 0), st.LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (4, -1), "CENTER"),
        ("FONT", (0, 0), (-1, -1), fonts.main, st.BODY_SIZE),
    ]
    for i, m in enumerate(data.months, 1):
        if m.not_participating:
            tv, tu = f"{m.talks_visits} / —", f"{m.tutoring} / —"
            style.append(("BACKGROUND", (0, i), (-1, i), st.NOT_PARTICIPATING_FILL))
            style.append(("TEXTCOLOR", (0, i), (-1, i), st.MUTED))
        elif m.exempt:
            tv, tu = f"{m.talks_visits} / —", f"{m.tutoring} / —"
            style.append(("BACKGROUND", (0, i), (-1, i), st.EXEMPT_FILL))
        else:
            tv, tu = f"{m.talks_visits} / {t.talks_visits}", f"{m.tutoring} / {t.tutoring}"
        rows.append(
            [
                month_zh(m.year, m.month),
                str(m.records),
                tv,
                tu,
                str(m.assistance),
                Paragraph(
                    _state_text(m, data),
                    short_style
                    if m.state is MonthState.SHORT
                    else absent_style
                    if m.not_participating
                    else state_style,
                ),
            ]
        )
    months = data.months
    met = sum(m.state is MonthState.MET for m in months)
    short = sum(m.state is MonthState.SHORT for m in months)
    free = sum(m.state is MonthState.EXEMPT for m in months)
    absent = sum(m.not_participating for m in months)
    totals = f"达标 {met} 个月，未达标 {short} 个月<br/>免计 {free} 个月"
    if absent:
        totals += f"，未参加 {absent} 个月"
    rows.append(
        [
            "合计",
            str(sum(m.records for m in months)),
            str(sum(m.talks_visits for m in months)),
            str(sum(m.tutoring for m in months)),
            str(sum(m.assistance for m in months)),
            Paragraph(totals, state_style),
        ]
    )
    style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), st.LABEL_FILL))
    widths = [23 * mm, 19 * mm, 24 * mm, 24 * mm, 22 * mm]
    table = Table(rows, colWidths=[*widths, st.FRAME_WIDTH - sum(widths)], repeatRows=1)
    table.setStyle(TableStyle(style))
    return [
        Anchor("summary", "月度汇总"),
        Paragraph("月度汇总", styles.heading),
        Paragraph(intro, styles.body),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 6 * mm),
        year_chart(data.months, t, fonts.main, st.FRAME_WIDTH, 75 * mm),
        Paragraph(
            "人次：一次活动帮扶几名学生就计几人次。生活帮扶单独记录，不计入以上两项目标。"
            "灰色底纹为免计月份；“进行中”为导出时尚未结束的月份"
            + ("；浅灰色、标为“未参加”的是参加本活动之前的月份。" if _joined_text(data) else "。"),
            styles.note,
        ),
    ]


def _feedback(data: RecordBookData, fonts: FontChain, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [Anchor("feedback", "活动反馈表")]
    forms = [*data.feedback, *([None] * data.blank_feedback_forms)]
    for i, entry in enumerate(forms):
        if i:
            out.append(PageBreak())
        out.extend(feedback_form(data.teacher.name, data.teacher.school, entry, fonts, styles))
    if not forms:
        out.append(Paragraph("（无）", styles.body))
    return out


def _closing(data: RecordBookData, fonts: FontChain, styles: Styles) -> list[Flowable]:
    months = data.months
    statement = (
        f"本记录本记载了{fonts.markup(data.teacher.name)}老师在{school_year_zh(data.school_year)}"
        f"{_joined_text(data) if sum(not m.not_participating for m in months) else ''}参加"
        f"{CAMPAIGN}的情况：活动记录 {len(data.activities)} 条，谈心、家访 {sum(m.talks_visits for m in months)} 人次，"
        f"补课辅导 {sum(m.tutoring for m in months)} 人次，生活帮扶 {sum(m.assistance for m in months)} 人次。"
    )
    text = styles.body_indent.clone("closing", fontSize=st.FIELD_SIZE, leading=st.FIELD_SIZE * 2)
    field = styles.field
    if data.signature_png:
        sign: Flowable | str = signature_image(data.signature_png, 50 * mm, 16 * mm)
        when = date_zh(data.closing_date) if data.closing_date else ""
    else:
        sign, when = "", ""
    signature = Table(
        [
            [Paragraph("志愿者（签名）：", field), sign],
            [
                Paragraph("日" + "&nbsp;" * 9 + "期：", field),
                Paragraph(when or "&nbsp;" * 6 + "年" + "&nbsp;" * 6 + "月" + "&nbsp;" * 6 + "日", field),
            ],
        ],
        colWidths=[42 * mm, 60 * mm],
        rowHeights=[18 * mm, 12 * mm],
        hAlign="RIGHT",
    )
    signature.setStyle(
        TableStyle(
            [
                st.font_command(styles),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 1), 0.5, st.INK),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    union = Table(
        [
            [Paragraph("校工会意见：", field)],
            [
                Paragraph(
                    "校工会（盖章）" + "&nbsp;" * 10 + "年" + "&nbsp;" * 5 + "月" + "&nbsp;" * 5 + "日", styles.right
                )
            ],
        ],
        colWidths=[st.FRAME_WIDTH],
        rowHeights=[60 * mm, 12 * mm],
    )
    union.setStyle(
        TableStyle(
            [
                st.font_command(styles),
                ("BOX", (0, 0), (-1, -1), st.GRID_WIDTH, st.GRID),
                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return [
        Anchor("signature", "签名"),
        Paragraph("志愿者签名", styles.heading),
        Spacer(1, 6 * mm),
        Paragraph(statement, text),
        Paragraph("以上记录内容真实。", text),
        Spacer(1, 12 * mm),
        signature,
        Spacer(1, 20 * mm),
        union,
    ]
