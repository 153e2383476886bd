"""Every message the domain can give, in Chinese (default) and English."""

from __future__ import annotations

import re
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
    "language": ("界面语言", "language"),
    "font_size": ("界面字号", "interface font size"),
    "signature": ("签名", "signature"),
    "participation_start": ("参加起始月份", "participation start month"),
    "reminders": ("提醒设置", "reminder setting"),
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
        '{field} "{value}" is not a valid date (expected YYYY-MM-DD, e.g. 2026-09-01)',
    ),
    "bad_month": (
        "{field}“{value}”不是有效的年月（应为 年-月，如 2026-09）",
        '{field} "{value}" is not a valid month (expected YYYY-MM, e.g. 2026-09)',
    ),
    "bad_year": (
        "{field}“{value}”不是有效的年份（应为四位数字，如 2026）",
        '{field} "{value}" is not a valid year (expected four digits, e.g. 2026)',
    ),
    "bad_time": (
        "{field}“{value}”不是有效的时间（应为 时:分，00:00 至 23:59）",
        '{field} "{value}" is not a valid time (expected HH:MM, 00:00 to 23:59)',
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
        'unknown kind "{value}"; choose talk, home-visit, tutoring or assistance',
    ),
    "bad_difficulty": (
        "困难类别“{value}”无效，可选：学习、经济、心理、其他",
        'unknown difficulty "{value}"; choose learning, economic, psychological or other',
    ),
    "no_students": ("请至少选择一名帮扶对象", "choose at least one student"),
    "too_many_students": (
        "一次活动最多 {limit} 名学生，现在有 {count} 名",
        "one activity may have at most {limit} students; it has {count}",
    ),
    "duplicate_student": ("同一名学生在这次活动中出现了两次", "the same student appears twice in this activity"),
    "unknown_student": ("没有编号为 {value} 的学生", "there is no student with id {value}"),
    "unknown_activity": ("没有编号为 {value} 的活动记录", "there is no activity with id {value}"),
    "activity_exists": (
        "编号为 {value} 的活动记录已经存在，无法恢复被删除的那一条",
        "an activity with id {value} already exists; the deleted one cannot be put back",
    ),
    "student_same_name": (
        "学生名单中已经有“{name}”（{klass}，编号 {other}）。如果这是另一名同名的学生，请确认后再添加；"
        "也可以在姓名后加字区分，如“{name}（大）”",
        'There is already a student "{name}" ({klass}, id {other}). If this is another student of the same '
        'name, confirm to add them; or tell them apart in the name, e.g. "{name} (B)"',
    ),
    "student_same_name_several": (
        "学生名单中已经有 {count} 名“{name}”：{which}。如果这是另一名同名的学生，请确认后再添加；"
        "也可以在姓名后加字区分，如“{name}（大）”",
        'There are already {count} students "{name}": {which}. If this is another student of the same name, '
        'confirm to add them; or tell them apart in the name, e.g. "{name} (C)"',
    ),
    "student_same_name_which": ("编号 {other}（{klass}）", "id {other} ({klass})"),
    "student_exists": (
        "编号为 {value} 的学生已经存在，无法恢复被删除的那一名",
        "a student with id {value} already exists; the deleted one cannot be put back",
    ),
    # Undo and redo refuse to overwrite what was changed outside the window (e.g. with the `jilu` command).
    "activity_changed_elsewhere": (
        "{date} 的这条活动记录已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这一步不能再撤销或重做；"
        "请先查看它现在的内容",
        "the record of {date} was changed elsewhere (for example with the jilu command). So as not to overwrite "
        "that change, this step can no longer be undone or redone; please look at the record as it is now",
    ),
    "student_changed_elsewhere": (
        "学生“{name}”的信息已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这一步不能再撤销或重做；"
        "请先查看这名学生现在的信息",
        'student "{name}" was changed elsewhere (for example with the jilu command). So as not to overwrite '
        "that change, this step can no longer be undone or redone; please look at the student as they are now",
    ),
    "pledge_changed_elsewhere": (
        "{school_year}学年的志愿书已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这一步不能再撤销或重做；"
        "请先查看它现在的内容",
        "the pledge for school year {school_year} was changed elsewhere (for example with the jilu command). So "
        "as not to overwrite that change, this step can no longer be undone or redone; please look at it as it "
        "is now",
    ),
    "profile_changed_elsewhere": (
        "个人信息已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这一步不能再撤销或重做；请先查看现在的个人信息",
        "the profile was changed elsewhere (for example with the jilu command). So as not to overwrite that "
        "change, this step can no longer be undone or redone; please look at it as it is now",
    ),
    # The settings page: a value the teacher changed was changed with `jilu` since the page showed it.
    "setting_changed_elsewhere": (
        "在您修改期间，{field}已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这次没有保存。"
        "请点“还原”查看现在的设置，再重新修改",
        "while you were editing, the {field} was changed elsewhere (for example with the jilu command). So as "
        'not to overwrite that change, nothing was saved. Click "Revert" to see the settings as they are now, '
        "then change them again",
    ),
    "no_pledge": ("{school_year}学年还没有志愿书", "there is no pledge for school year {school_year}"),
    "no_profile": ("还没有填写个人信息（姓名等）", "the teacher's profile has not been filled in yet"),
    "student_has_records": (
        "学生“{name}”还有 {count} 条活动记录，不能删除；请先修改或删除这些记录",
        'student "{name}" still appears in {count:activity|activities} and cannot be deleted; edit or delete '
        "those first",
    ),
    "student_is_mentee": (
        "学生“{name}”是{school_years}学年志愿书中的重点帮扶学生，不能删除",
        'student "{name}" is the key mentee of the pledge for school year {school_years} and cannot be deleted',
    ),
    "target_out_of_range": (
        "{field}应在 {low} 至 {high} 人次之间，现在是 {value}",
        "{field} must be between {low} and {high} person-times; it is {value}",
    ),
    "bad_exempt_month": (
        "免计月份应为 1 至 12 的数字，“{value}”无效",
        'exempt months must be numbers from 1 to 12; "{value}" is not',
    ),
    "signed_outside_year": (
        "签名日期 {value} 不在{school_year}学年（{low} 至 {high}）之内",
        "signing date {value} is outside school year {school_year} ({low} to {high})",
    ),
    "participation_in_future": (
        "{field} {value} 还没有到，最晚只能是本月（{limit}）",
        "the {field} ({value}) is in the future; it can be this month ({limit}) at the latest",
    ),
    "participation_too_early": (
        "{field} {value} 早于“168”爱生行动开始的 {limit}，请检查",
        "the {field} ({value}) is before the campaign began ({limit}); please check it",
    ),
    "bad_number": ("{field}“{value}”不是有效的数字", '{field} "{value}" is not a valid number'),
    "out_of_range": (
        "{field}应在 {low} 至 {high} 之间，现在是 {value}",
        "{field} must be between {low} and {high}; it is {value}",
    ),
    "bad_language": ("界面语言“{value}”无效，可选：zh 中文、en English", 'unknown language "{value}"; choose zh or en'),
    "teaching_before_birth": (
        "从教年份 {value} 早于出生年份",
        "the year teaching began ({value}) is before the birth year",
    ),
    "export_no_profile": (
        "导出前请先填写个人信息：至少要有姓名；学校、性别、出生年月、职称、工作岗位和特长会印在封面和志愿书上，最好一并填写",
        "Fill in the teacher's profile before exporting: the name at least; school, gender, birth month, title, "
        "post and specialties are printed on the cover and the pledge, so fill those in too",
    ),
    "export_no_pledge": (
        "{school_year}学年还没有志愿书。请先在“志愿书”中选择重点帮扶学生，填写困难情况、帮扶措施和签名日期；"
        "如需手写，可导出空白志愿书",
        "There is no pledge for school year {school_year}. Choose the key mentee in the pledge and fill in the "
        "difficulty, the measures and the signing date; to fill it in by hand, export the blank pledge form",
    ),
    "export_book_without_pledge": (
        "{school_year}学年还没有志愿书，记录本中的志愿书页是待填写的空白表。请在“志愿书”中选择重点帮扶学生、"
        "填写困难情况和帮扶措施后重新导出",
        "There is no pledge for school year {school_year} yet, so the record book has a blank pledge form to fill "
        "in. Choose the key mentee on the Pledge page, fill in the difficulty and the measures, then export again",
    ),
    "export_profile_incomplete": (
        "个人信息中还没有填写：{fields}。这些位置在导出的文件中留空，可以手写补上，或填写后重新导出",
        "Some of the profile is not filled in yet ({fields_en}); those places are left blank in the exported file. "
        "Write them in by hand, or fill in the profile and export again",
    ),
    "export_pledge_undated": (
        "{school_year}学年的志愿书还没有签名日期，日期处留空",
        "The pledge for school year {school_year} has no signing date yet, so the date is left blank on the form",
    ),
    # The anonymized book: what the pseudonym rule (domain.anonymize) had to leave as written.
    "export_anonymous_one_character": (
        "学生“{name}”的姓名只有一个字，无法在正文中可靠地替换为代称，匿名版正文中仍是原字；"
        "请在公开前检查{where}的内容，必要时改写后重新导出",
        'The name of student "{name}" is a single character and cannot be reliably replaced in free text, so '
        "the anonymized book's text still shows it; check {where_en} before publishing, and reword and export "
        "again if needed",
    ),
    "export_anonymous_common_word": (
        "学生“{name}”的名字{words}也是常用词语，匿名版正文中没有替换为代称；"
        "请在公开前检查{where}的内容，必要时改写后重新导出",
        'The name {words_en} of student "{name}" is also an everyday word and is not replaced in the anonymized '
        "book's text; check {where_en} before publishing, and reword and export again if needed",
    ),
    "export_anonymous_pet_name": (
        "{where}中的{words}可能是学生“{name}”的小名，匿名版中没有替换为代称；请在公开前检查，必要时改写后重新导出",
        '{words_en} in {where_en} may be a pet name of student "{name}" and is not replaced in the anonymized '
        "book; check before publishing, and reword and export again if needed",
    ),
    "export_unprintable": (
        "有 {count} 个字符找不到可以打印它的字体：{items}。请改用常见的写法后再导出",
        "{count:character has|characters have} no font that can print them: {items_en}. Please write them "
        "another way "
        "and export again",
    ),
    "export_pledge_small_print": (
        "{school_year}学年志愿书的内容较多，为了印在一页纸上，字号缩小到约 {size} 磅（通常为 12 磅），打印出来可能不易"
        "看清；可以精简“帮扶措施”“其他努力方向”或“困难情况”的文字后重新导出",
        "The pledge for school year {school_year} has so much text that, to fit on one sheet, it is printed at "
        'about {size} pt (usually 12 pt) and may be hard to read on paper; shorten "Measures", "Further '
        'commitments" or "Difficulty detail" and export again',
    ),
    "export_bad_signature": (
        "签名图片不是有效的 PNG 图片，请重新选择",
        "The signature image is not a valid PNG picture; please choose it again",
    ),
    "signature_not_png": (
        "签名图片不是 PNG 图片，无法保存；请重新签名或重新导入",
        "The signature is not a PNG picture and cannot be saved; sign again or import it again",
    ),
    "signature_too_large": (
        "签名图片太大（{size_kb} KB，最多 {limit_kb} KB）；请裁剪或缩小后重新导入",
        "The signature picture is too large ({size_kb} KB; at most {limit_kb} KB); crop or shrink it and "
        "import it again",
    ),
    "export_target_is_folder": (
        "“{path}”是一个文件夹，请给出要保存的文件名（例如 记录本.pdf）",
        '"{path}" is a folder; give the name of the file to save (for example record-book.pdf)',
    ),
    "export_disk_full": (
        "磁盘（或U盘）已满，无法保存“{path}”。没有留下不完整的文件；请删除一些不需要的文件后再试",
        'The disk (or USB stick) is full, so "{path}" could not be saved. No partial file was left behind; '
        "free some space and try again",
    ),
    "export_read_only": (
        "没有权限写入“{folder}”（文件夹是只读的，或U盘有写保护）。没有留下不完整的文件；请换一个文件夹保存",
        '"{folder}" cannot be written to (it is read-only, or the USB stick is write-protected). No partial '
        "file was left behind; choose another folder",
    ),
    "export_target_in_use": (
        "无法替换“{path}”：它可能正在其他程序中打开（例如 PDF 阅读器或打印预览），或被设为只读。"
        "原来的文件没有改动；请关闭那个程序后再试，或换一个文件名保存",
        'Cannot replace "{path}": it may be open in another program (a PDF reader or a print preview) or '
        "marked read-only. The existing file is unchanged; close that program and try again, or save under "
        "another name",
    ),
    "export_bad_folder": (
        "无法在“{folder}”中保存：这个位置不存在或不是文件夹。请换一个文件夹保存",
        'Cannot save in "{folder}": it does not exist or is not a folder. Choose another folder',
    ),
    "export_write_failed": (
        "无法保存“{path}”：{error}。没有留下不完整的文件",
        'Could not save "{path}": {error}. No partial file was left behind',
    ),
    "demo_none": (
        "这个记录本里没有示例数据，没有清除任何内容",
        "This record book holds no example data; nothing was cleared",
    ),
    "demo_own_data": (
        "示例数据加入以后，您又添加了 {students} 名学生、{records} 条记录、{pledges} 份志愿书；"
        "清除示例数据会把它们也一起删除（删除前会先备份）。如果确实要这样做，请加上 --also-mine",
        "Since the example data was added you have added {students:student|students}, {records:record|records} and "
        "{pledges:pledge|pledges} yourself; clearing the example data deletes them too (after a backup). To do so, "
        "add --also-mine",
    ),
    "archive_not_found": (
        "找不到数据包“{path}”。如果它在U盘上，请先插好U盘",
        'The data archive "{path}" cannot be found. If it is on a USB stick, plug the stick in first',
    ),
    "archive_cannot_read": (
        "无法读取“{path}”：{error}。请检查文件是否存在、是否有权限读取",
        'Cannot read "{path}": {error}. Check that the file is there and that you may read it',
    ),
    "archive_not_archive": (
        "“{path}”不是记录本的数据包（数据包是用“导出数据包”保存的 .jilu 文件）。没有导入任何内容",
        '"{path}" is not a record-book data archive (one saved with "Export data archive", a .jilu file). '
        "Nothing was imported",
    ),
    "archive_damaged": (
        "数据包“{path}”已损坏，可能在复制时出了错。没有导入任何内容；请从原来的电脑重新导出一份，或从原来的U盘重新复制",
        'The data archive "{path}" is damaged, perhaps because copying it went wrong. Nothing was '
        "imported; export it again on the computer it came from, or copy it again from the USB stick",
    ),
    "archive_newer": (
        "数据包“{path}”是由更新版本的记录本导出的，当前程序无法读取。没有导入任何内容；请先安装最新版本",
        'The data archive "{path}" was exported by a newer version of the record book; this version cannot read '
        "it. Nothing was imported; please install the latest version first",
    ),
    "archive_would_replace": (
        "导入会替换这台电脑上现有的记录本（{current}）。如果确实要替换，请加上 --replace（现有的记录本会先备份）",
        "Importing replaces the record book already on this computer ({current_en}). To replace it, add --replace "
        "(the present record book is backed up first)",
    ),
    "archive_would_replace_newer": (
        "导入会替换这台电脑上现有的记录本（{current}），而它比数据包中的更新：它最近一次修改在 {here}，数据包中的"
        "最近一次修改在 {there}。替换后，这些较新的修改只留在备份中。如果确实要替换，请加上 --replace"
        "（现有的记录本会先备份）",
        "Importing replaces the record book already on this computer ({current_en}), and it is newer than the one "
        "in the archive: it was last changed {here}, the archive's book {there}. Once replaced, those newer changes "
        "are only in the backup. To replace it, add --replace (the present record book is backed up first)",
    ),
    "archive_same_file": (
        "“{path}”是记录本自己的数据文件，不是数据包。请选择用“导出数据包”保存的 .jilu 文件",
        '"{path}" is the record book\'s own data file, not a data archive. Choose a .jilu file saved with '
        '"Export data archive"',
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
    if lang == "en":
        template = _COUNTED.sub(lambda m: _counted(params.get(m[1]), m[2], m[3]), template)
    return template.format(field=field_name(field, lang), **params)


# “{count:activity|activities}” in an English message: the count with its noun, “1 activity”, “3 activities”.
_COUNTED: Final = re.compile(r"\{(\w+):([^{}|]*)\|([^{}]*)\}")


def _counted(count: object, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}".replace("{", "{{").replace("}", "}}")


def normalize_lang(value: str | None) -> Lang:
    """Map a locale-ish string ("en_US", "zh-CN", None) to one of our languages."""
    if value and value.lower().startswith("en"):
        return "en"
    return "zh"
