"""The anonymized book: no student's real name, class or birth year anywhere in the file, aliases used
consistently, and the teacher told about names that could not be replaced in free text."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from jilu_desktop.domain.anonymize import MENTEE_ALIAS
from jilu_desktop.services import AppServices
from jilu_desktop.services.export import BookPlan, ExportNotice, ExportService
from tests.export.conftest import Pdf, flat

YEAR = 2025


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
    assert plan.notices == ()  # the demo's names are all replaceable: nothing to check by hand


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


def pdftotext(path: Path) -> str:
    """The whole file's text as poppler's pdftotext reads it (what a search engine would index)."""
    return flat(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)


def test_the_whole_demo_book_shows_no_name_class_birth_year_or_difficulty_detail(
    anonymous: Pdf, demo: AppServices
) -> None:
    text = pdftotext(anonymous.path)
    students = [s.student for s in demo.students.list()]
    for student in students:
        assert student.name not in text
        assert student.class_name not in text and student.class_name.replace("(", "（") not in text
        assert student.birth_year is not None and str(student.birth_year) not in text
        if student.difficulty_detail:
            assert student.difficulty_detail not in text
    assert "数学基础薄弱，学习习惯较差" not in text  # the pledge's own difficulty detail
    assert "11岁" not in text
    assert "每周两次午休辅导数学" in text  # the measures stay: the teacher's plan


def test_the_pledge_page_shows_that_a_mentee_was_chosen_not_who(anonymous: Pdf) -> None:
    page = anonymous.flat_page(anonymous.page_with("我重点帮扶的一位学生是"))
    row = re.search(r"我重点帮扶的一位学生是：(.*)困难情况(.*)帮扶措施", page)
    assert row is not None, page
    assert row[1] == "姓名重点帮扶学生年龄—班级—"
    assert row[2] == "学习困难（具体情况在匿名版中不予显示）"


@dataclass(frozen=True)
class Tricky:
    """Students whose names defeat naive replacement: 文 (one character), two 李小明, a mentee 𠀾𪚥."""

    services: AppServices
    export: ExportService
    wen: int
    xiaoming: int
    other_xiaoming: int
    wangfang: int
    mentee: int


QA_TEXT = "和文谈语文学习；小明（李小明）也在场，王芳的妈妈来电。𠀾𪚥同学表现好"


@pytest.fixture
def tricky(services: AppServices, export: ExportService) -> Tricky:
    services.profile.update(name="王丽华", school="武进区湖塘实验小学")
    add = services.students.add
    xiaoming = add(name="李小明", class_name="五(1)班", birth_year=2015)
    wangfang = add(name="王芳", class_name="五(1)班", birth_year=2015)
    wen = add(name="文", class_name="五(2)班", birth_year=2016)
    other = add(name="李小明", class_name="三(4)班", birth_year=2017)
    mentee = add(name="𠀾𪚥", class_name="六(3)班", birth_year=2014, difficulties=["economic"])
    services.pledges.set(
        2026,
        mentee,
        difficulty_detail="父亲长期生病，靠低保生活",
        measures="每周两次午休辅导数学",
        signed_on="2026-09-08",
    )
    log = services.activities.add
    log(date="2026-10-08", kind="talk", student_ids=[xiaoming], place="办公室", content="与李小明谈心")
    log(date="2026-10-09", kind="talk", student_ids=[other], place="办公室", content="与李小明谈心，小明说想家")
    log(date="2026-10-12", kind="talk", student_ids=[wen, xiaoming, wangfang, mentee], place="教室", content=QA_TEXT)
    log(date="2026-11-02", kind="tutoring", student_ids=[wen], place="教室", content="为文辅导作文")
    return Tricky(services, export, wen, xiaoming, other, wangfang, mentee)


def _plan(t: Tricky) -> BookPlan:
    return t.export.plan_record_book(2026, anonymize=True)


def _anonymity_notices(plan: BookPlan) -> list[ExportNotice]:
    return [n for n in plan.notices if n.code.startswith("export_anonymous_")]


def test_the_qa_example_is_replaced_without_garbling_ordinary_words(tricky: Tricky) -> None:
    [_, _, third, _] = _plan(tricky).data.activities
    assert third.content == "和文谈语文学习；学生A（学生A）也在场，学生D的妈妈来电。重点帮扶学生同学表现好"
    assert third.students == ("学生C", "学生A", "学生D", MENTEE_ALIAS)  # the students field: every name


def test_students_of_the_same_name_are_told_apart(tricky: Tricky) -> None:
    first, second, *_ = _plan(tricky).data.activities
    assert first.students == ("学生A",) and first.content == "与学生A谈心"
    assert second.students == ("学生B",) and second.content == "与学生B谈心，学生B说想家"


def test_the_teacher_is_told_which_records_mention_a_one_character_name(tricky: Tricky) -> None:
    [notice] = _anonymity_notices(_plan(tricky))
    assert notice.code == "export_anonymous_one_character"
    zh = notice.message("zh")
    assert zh.startswith("学生“文”的姓名只有一个字，无法在正文中可靠地替换为代称")
    assert "请在公开前检查第 3、4 条记录的内容" in zh
    assert "check records 3 and 4 before publishing" in notice.message("en")
    assert _anonymity_notices(tricky.export.plan_record_book(2026)) == []  # only the anonymized book asks


def test_many_records_are_listed_in_short(tricky: Tricky) -> None:
    for day in range(10, 20):
        tricky.services.activities.add(
            date=f"2026-11-{day}", kind="tutoring", student_ids=[tricky.wen], place="教室", content="小芳和文"
        )
    wen, pet = _anonymity_notices(_plan(tricky))
    assert "第 3、4、5、6、7 条等 12 条记录" in wen.message("zh")
    assert "records 3, 4, 5, 6, 7 and 7 more" in wen.message("en")
    assert pet.code == "export_anonymous_pet_name"
    assert pet.message("zh").startswith("第 5、6、7、8、9 条等 10 条记录中的“小芳”可能是学生“王芳”的小名")


def test_the_tricky_book_shows_no_name_class_or_birth_year(tricky: Tricky, tmp_path: Path) -> None:
    out = tmp_path / "book.pdf"
    result = tricky.export.export_record_book(2026, out, anonymize=True)
    assert [n.code for n in result.notices if n.code.startswith("export_anonymous_")] == [
        "export_anonymous_one_character"
    ]
    text = pdftotext(out)
    for name in ("李小明", "小明", "王芳", "𠀾𪚥"):
        assert name not in text, name
    for class_name in ("五(1)班", "五(2)班", "三(4)班", "六(3)班"):
        assert class_name not in text and class_name.replace("(", "（").replace(")", "）") not in text
    for year in ("2014", "2015", "2016", "2017"):
        assert year not in text
    assert "低保" not in text and "家庭经济困难" in text
    assert "和文谈语文学习" in text and "学生B说想家" in text


def test_class_names_in_free_text_are_hidden_too(tricky: Tricky, tmp_path: Path) -> None:
    """A class named in a record (五(1)班的家长会, a place 五(2)班教室) narrows who was helped: it becomes 某班,
    with brackets typed either way."""
    log = tricky.services.activities.add
    log(
        date="2026-11-03",
        kind="home-visit",
        student_ids=[tricky.xiaoming],
        place="五（2）班教室",
        content="在五(1)班的家长会后与李小明的妈妈交流；三（4）班的老师也在",
    )
    *_, entry = _plan(tricky).data.activities
    assert entry.place == "某班教室"
    assert entry.content == "在某班的家长会后与学生A的妈妈交流；某班的老师也在"
    out = tmp_path / "book.pdf"
    tricky.export.export_record_book(2026, out, anonymize=True)
    text = pdftotext(out)
    for class_name in ("五(1)班", "五(2)班", "三(4)班"):
        assert class_name not in text and class_name.replace("(", "（").replace(")", "）") not in text
    # The book that is not anonymized keeps them as written.
    *_, plain = tricky.export.plan_record_book(2026).data.activities
    assert plain.place == "五（2）班教室"


def test_names_in_letters_are_hidden_word_by_word_and_everyday_words_reported(
    services: AppServices, export: ExportService, tmp_path: Path
) -> None:
    services.profile.update(name="王丽华", school="武进区湖塘实验小学")
    tom = services.students.add(name="Tom Smith", class_name="五(1)班")
    aisha = services.students.add(name="Aisha Ali", class_name="五(1)班")
    may = services.students.add(name="May Chen", class_name="五(2)班")
    log = services.activities.add
    log(date="2026-10-08", kind="talk", student_ids=[tom], place="办公室", content="Tom came with his mother.")
    log(date="2026-10-09", kind="home-visit", student_ids=[tom], place="学生家中", content="Mr. Smith called.")
    log(date="2026-10-10", kind="talk", student_ids=[aisha], place="教室", content="tom smith 的家长和AISHA谈心")
    log(date="2026-10-12", kind="tutoring", student_ids=[may], place="教室", content="May来补习，Chen进步了")
    plan = export.plan_record_book(2026, anonymize=True)
    contents = [a.content for a in plan.data.activities]
    assert contents == [
        "学生A came with his mother.",
        "Mr. 学生A called.",
        "学生A 的家长和学生B谈心",
        "May来补习，学生C进步了",
    ]
    [notice] = [n for n in plan.notices if n.code.startswith("export_anonymous_")]
    assert notice.code == "export_anonymous_common_word"
    assert notice.message("zh").startswith("学生“May Chen”的名字“May”也是常用词语")
    assert "请在公开前检查第 4 条记录的内容" in notice.message("zh")
    assert 'The name "May" of student "May Chen" is also an everyday word' in notice.message("en")
    assert "check record 4 before publishing" in notice.message("en")
    out = tmp_path / "book.pdf"
    export.export_record_book(2026, out, anonymize=True)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "学生A came with his mother." in text
    for word in ("tom", "smith", "aisha", "ali", "chen"):
        assert not re.search(rf"(?<![a-z]){word}(?![a-z])", text.casefold()), word
