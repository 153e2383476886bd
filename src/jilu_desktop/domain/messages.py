"""Every message the domain can give, in Chinese (default) and English."""

from __future__ import annotations

from typing import Final, Literal

Lang = Literal["zh", "en"]
DEFAULT_LANG: Final[Lang] = "zh"

FIELD_NAMES: Final[dict[str, tuple[str, str]]] = {
    "name": ("姓名", "name"),
    "gender": ("性别", "gender"),
    "birth": ("出生年月", "birth month"),
    "birth_year": ("出生年份", "birth year"),
    "title": ("职称", "title"),
    "post": ("工作岗位", "post"),
    "specialties": ("特长", "specialties"),
    "school": ("学校", "school"),
    "union_group": ("工会小组", "union group"),
    "teaching_since": ("从教年份", "year teaching began"),
    "class_name": ("班级", "class"),
    "difficulty": ("困难类别", "difficulty"),
    "difficulty_detail": ("困难情况", "difficulty detail"),
    "measures": ("帮扶措施", "measures"),
    "commitments": ("其他努力方向", "further commitments"),
    "signed_on": ("签名日期", "signing date"),
    "school_year": ("学年", "school year"),
    "mentee": ("重点帮扶学生", "key mentee"),
    "date": ("日期", "date"),
    "time": ("时间", "time"),
    "kind": ("活动类型", "kind"),
    "students": ("帮扶对象", "students"),
    "place": ("地点", "place"),
    "content": ("帮扶内容或帮扶心得", "content"),
    "month": ("月份", "month"),
    "talks_visits": ("谈心/家访目标", "talks and visits target"),
    "tutoring": ("补课辅导目标", "tutoring target"),
    "exempt_months": ("免计月份", "exempt months"),
    "id": ("编号", "id"),
}

# code -> (zh, en); params are filled with str.format.
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "required": ("{field}不能为空", "{field} must not be empty"),
    "too_long": (
        "{field}最多 {limit} 个字，现在有 {length} 个字",
        "{field} may have at most {limit} characters; it has {length}",
    ),
    "control_chars": ("{field}含有无法保存的控制字符", "{field} contains control characters that cannot be saved"),
    "bad_date": (
        "{field}“{value}”不是有效的日期（应为 年-月-日，如 2026-09-01）",
        "{field} “{value}” is not a valid date (expected YYYY-MM-DD, e.g. 2026-09-01)",
    ),
    "bad_month": (
        "{field}“{value}”不是有效的年月（应为 年-月，如 2026-09）",
        "{field} “{value}” is not a valid month (expected YYYY-MM, e.g. 2026-09)",
    ),
    "bad_year": (
        "{field}“{value}”不是有效的年份（应为四位数字，如 2026）",
        "{field} “{value}” is not a valid year (expected four digits, e.g. 2026)",
    ),
    "bad_time": (
        "{field}“{value}”不是有效的时间（应为 时:分，00:00 至 23:59）",
        "{field} “{value}” is not a valid time (expected HH:MM, 00:00 to 23:59)",
    ),
    "future_date": ("{field} {value} 还没有到，不能记录未来的日期", "{field} {value} is in the future"),
    "future_month": ("{field} {value} 还没有到", "{field} {value} is in the future"),
    "date_too_early": ("{field} {value} 早于 {limit}，请检查", "{field} {value} is before {limit}; please check it"),
    "year_out_of_range": (
        "{field}应在 {low} 至 {high} 之间，现在是 {value}",
        "{field} must be between {low} and {high}; it is {value}",
    ),
    "bad_gender": ("{field}只能是“男”或“女”", "{field} must be 男 (male) or 女 (female)"),
    "bad_kind": (
        "活动类型“{value}”无效，可选：谈心、家访、补课辅导、生活帮扶",
        "unknown kind “{value}”; choose talk, home-visit, tutoring or assistance",
    ),
    "bad_difficulty": (
        "困难类别“{value}”无效，可选：学习、经济、心理、其他",
        "unknown difficulty “{value}”; choose learning, economic, psychological or other",
    ),
    "no_students": ("请至少选择一名帮扶对象", "choose at least one student"),
    "too_many_students": (
        "一次活动最多 {limit} 名学生，现在有 {count} 名",
        "one activity may have at most {limit} students; it has {count}",
    ),
    "duplicate_student": ("同一名学生在这次活动中出现了两次", "the same student appears twice in this activity"),
    "unknown_student": ("没有编号为 {value} 的学生", "there is no student with id {value}"),
    "unknown_activity": ("没有编号为 {value} 的活动记录", "there is no activity with id {value}"),
    "no_pledge": ("{school_year}学年还没有志愿书", "there is no pledge for school year {school_year}"),
    "no_profile": ("还没有填写个人信息（姓名等）", "the teacher's profile has not been filled in yet"),
    "student_has_records": (
        "学生“{name}”还有 {count} 条活动记录，不能删除；请先修改或删除这些记录",
        "student “{name}” still appears in {count} activities and cannot be deleted; edit or delete those first",
    ),
    "student_is_mentee": (
        "学生“{name}”是{school_years}学年志愿书中的重点帮扶学生，不能删除",
        "student “{name}” is the key mentee of the pledge for school year {school_years} and cannot be deleted",
    ),
    "target_out_of_range": (
        "{field}应在 {low} 至 {high} 人次之间，现在是 {value}",
        "{field} must be between {low} and {high} person-times; it is {value}",
    ),
    "bad_exempt_month": (
        "免计月份应为 1 至 12 的数字，“{value}”无效",
        "exempt months must be numbers from 1 to 12; “{value}” is not",
    ),
    "signed_outside_year": (
        "签名日期 {value} 不在{school_year}学年（{low} 至 {high}）之内",
        "signing date {value} is outside school year {school_year} ({low} to {high})",
    ),
    "bad_number": ("{field}“{value}”不是有效的数字", "{field} “{value}” is not a valid number"),
    "teaching_before_birth": (
        "从教年份 {value} 早于出生年份",
        "the year teaching began ({value}) is before the birth year",
    ),
}


def field_name(field: str, lang: Lang) -> str:
    pair = FIELD_NAMES.get(field)
    if pair is None:
        return field
    return pair[0] if lang == "zh" else pair[1]


def render(code: str, lang: Lang, field: str = "", **params: object) -> str:
    zh, en = MESSAGES[code]
    template = zh if lang == "zh" else en
    return template.format(field=field_name(field, lang), **params)


def normalize_lang(value: str | None) -> Lang:
    """Map a locale-ish string ("en_US", "zh-CN", None) to one of our languages."""
    if value and value.lower().startswith("en"):
        return "en"
    return "zh"
