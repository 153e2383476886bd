"""The fixed wording of the printed forms, as the 2008 notice gives it, and Chinese date conventions."""

from __future__ import annotations

import datetime as dt
from typing import Final

from jilu_desktop.domain.calendar import school_year_label
from jilu_desktop.domain.progress import MonthState

CAMPAIGN = "“168”爱生行动"
BOOK_TITLE = "记 录 本"
RECORDS_TITLE = "“168”爱生行动活动记录"
PLEDGE_TITLE = "“168”爱生行动志愿书"
FEEDBACK_TITLE = "活  动  反  馈  表"

# 封二 (inside front cover), appendix 4 of the notice, word for word.
INSIDE_COVER: Final = (
    "“168”爱生行动倡导每一位教师关心、帮助一名困难学生，每月与所教班级的学生开展谈心或对学生家访不少于6人次，"
    "每月为所教班级学习困难的学生义务补课、辅导不少于8人次。",
    "“168”爱生行动是加强教师职业道德建设的有效载体，是“社会尊师重教，教师回报社会”的日常体现，"
    "是教职员工个人职业道德的一个展示平台，也是教育行风建设的重要组成部分。",
    "“168”爱生行动的目标是不让一名学生掉队，构建和谐教育。",
)

# 志愿书, appendix 3.
PLEDGE_ADDRESSEE = "校长室、校工会："
PLEDGE_OPENING = "我自愿参加学校开展的“168”爱生行动。我的基本情况是："
PLEDGE_MENTEE_INTRO = "我重点帮扶的一位学生是："
PLEDGE_FURTHER = "此外，我还将在以下几方面努力："

# 活动反馈表, appendix 4.
FEEDBACK_QUESTION = "你感到该老师在“168”爱生行动中有没有按要求做？表现如何？写出该老师给你印象最深刻的一件事。"
FEEDBACK_NOTES: Final = (
    "填表说明：1、老师姓名：指参加“168”爱生行动的教师姓名；",
    "2、填表人：指在“168”爱生行动中受到该教师关爱帮助的学生或其家长。",
)

STATE_LABELS: Final[dict[MonthState, str]] = {
    MonthState.MET: "达标",
    MonthState.SHORT: "未达标",
    MonthState.EXEMPT: "免计（假期）",
    MonthState.IN_PROGRESS: "进行中",
    MonthState.NOT_BEGUN: "未开始",
    MonthState.NOT_PARTICIPATING: "未参加",
}

_CN_DIGITS = "〇一二三四五六七八九"
_CN_MONTHS = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def date_zh(day: dt.date) -> str:
    """2026年12月3日"""
    return f"{day.year}年{day.month}月{day.day}日"


def when_zh(day: dt.date, time: dt.time | None) -> str:
    """2026年12月3日 16:30 (the time left out when it was not recorded)."""
    return date_zh(day) if time is None else f"{date_zh(day)} {time.hour}:{time.minute:02d}"


def month_zh(year: int, month: int) -> str:
    return f"{year}年{month}月"


def year_month_cn(day: dt.date) -> str:
    """二〇二六年九月, as the pledge form's date line is written (the notice types 〇 as ○)."""
    year = "".join(_CN_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{_CN_MONTHS[day.month]}月"


def school_year_zh(school_year: int) -> str:
    """2026学年（2026.9—2027.8）"""
    return school_year_label(school_year)
