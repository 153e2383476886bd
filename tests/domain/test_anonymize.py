"""The pseudonym rule: aliases by student id, names replaced in free text only where that is safe, and the
rest reported (one-character names, names that are everyday words, pet names)."""

from __future__ import annotations

from jilu_desktop.domain.activities import StudentRef
from jilu_desktop.domain.anonymize import (
    AMBIGUOUS_ALIAS,
    MENTEE_ALIAS,
    Mention,
    Unsure,
    alias_letters,
    given_name,
    make_pseudonyms,
    pet_names,
)

QA_TEXT = "和文谈语文学习；小明（李小明）也在场，王芳的妈妈来电。𠀾𪚥同学表现好"


def test_alias_letters() -> None:
    assert [alias_letters(i) for i in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]


def test_given_names_looked_for_only_when_two_characters_or_more() -> None:
    assert given_name("李小明") == "小明"
    assert given_name("欧阳晓东") == "晓东"
    assert given_name("王芳") is None
    assert given_name("文") is None
    assert given_name("Anna Li") is None


def test_pet_names_are_built_on_the_given_names_last_character() -> None:
    assert pet_names("王芳") == {"芳芳", "小芳", "阿芳"}
    assert pet_names("张子涵") == {"涵涵", "小涵", "阿涵"}
    assert pet_names("欧阳晓东") == {"东东", "小东", "阿东"}
    assert pet_names("文") == set()
    assert pet_names("Anna Li") == set()


def test_the_qa_example_keeps_ordinary_words_whole_and_reports_the_one_character_name() -> None:
    p = make_pseudonyms(
        [StudentRef(1, "李小明"), StudentRef(2, "王芳"), StudentRef(3, "张伟"), StudentRef(4, "文")],
        mentee=StudentRef(7, "𠀾𪚥"),
    )
    assert p.text(QA_TEXT, {4}) == "和文谈语文学习；学生A（学生A）也在场，学生B的妈妈来电。重点帮扶学生同学表现好"
    assert p.unsure(QA_TEXT) == [Mention(4, "文", "文", Unsure.ONE_CHARACTER)]
    assert "文" not in p.hidden and {"李小明", "小明", "王芳", "𠀾𪚥"} <= p.hidden


def test_one_character_names_never_replaced_inside_words() -> None:
    p = make_pseudonyms([StudentRef(1, "乐"), StudentRef(2, "明"), StudentRef(3, "春")])
    text = "春天到了，明天快乐地学习音乐"
    assert p.text(text) == text
    assert {(m.student_id, m.word) for m in p.unsure(text)} == {(1, "乐"), (2, "明"), (3, "春")}
    assert p.unsure("今天辅导数学") == []
    assert p.alias(1) == "学生A"  # the students field is always replaced


def test_names_that_are_everyday_words_are_left_and_reported() -> None:
    p = make_pseudonyms([StudentRef(1, "李海洋"), StudentRef(2, "高兴")])
    text = "李海洋很高兴，周末和海洋一起去海洋馆"
    assert p.text(text, {1}) == "学生A很高兴，周末和海洋一起去海洋馆"
    assert p.unsure(text) == [
        Mention(1, "李海洋", "海洋", Unsure.COMMON_WORD),
        Mention(2, "高兴", "高兴", Unsure.COMMON_WORD),
    ]
    assert p.unsure("李海洋来了") == []  # inside the replaced full name: nothing left to check


def test_pet_names_are_reported_unless_they_are_the_replaced_given_name() -> None:
    p = make_pseudonyms([StudentRef(1, "王芳"), StudentRef(2, "李小明")])
    assert p.text("芳芳和小明") == "芳芳和学生B"
    assert p.unsure("芳芳和小明") == [Mention(1, "王芳", "芳芳", Unsure.PET_NAME)]
    assert p.unsure("芬芳的花") == []  # a lone one-character given name is not looked for


def test_students_of_the_same_name_get_their_own_aliases() -> None:
    p = make_pseudonyms([StudentRef(1, "李小明"), StudentRef(5, "李小明"), StudentRef(2, "王芳")])
    assert (p.alias(1), p.alias(5), p.alias(2)) == ("学生A", "学生B", "学生C")
    assert p.text("为李小明辅导，小明进步了", {5}) == "为学生B辅导，学生B进步了"
    assert p.text("为李小明辅导", {1, 2}) == "为学生A辅导"
    assert p.text("李小明请假", {2}) == f"{AMBIGUOUS_ALIAS}请假"  # whose? not said: neither alias
    assert p.text("李小明请假", {1, 5}) == f"{AMBIGUOUS_ALIAS}请假"


def test_longer_names_first_and_full_names_before_given_names() -> None:
    p = make_pseudonyms(
        [StudentRef(1, "王芳"), StudentRef(2, "李小明"), StudentRef(3, "王芳芳"), StudentRef(4, "小明")],
        mentee=StudentRef(2, "李小明"),
    )
    assert p.alias(2) == MENTEE_ALIAS
    assert (p.alias(1), p.alias(3), p.alias(4)) == ("学生A", "学生B", "学生C")
    assert p.text("为王芳芳和王芳辅导，小明也来了") == "为学生B和学生A辅导，学生C也来了"
    assert p.text("为李小明辅导") == f"为{MENTEE_ALIAS}辅导"


def test_a_student_given_twice_has_one_alias_and_no_names_leave_text_alone() -> None:
    p = make_pseudonyms([StudentRef(1, "王芳"), StudentRef(1, "王芳"), StudentRef(2, "张伟")])
    assert (p.alias(1), p.alias(2)) == ("学生A", "学生B")
    empty = make_pseudonyms([])
    assert empty.text("没有名字") == "没有名字" and empty.unsure("没有名字") == []


def test_latin_names_only_as_whole_words() -> None:
    p = make_pseudonyms([StudentRef(1, "Anna Li"), StudentRef(2, "Tom")])
    # Anna alone is Anna Li's given name (replaced since names in letters are replaced word by word); Lisa
    # and Tomas are other words.
    assert p.text("Anna Li and Tom; Anna Lisa, Tomas") == "学生A and 学生B; 学生A Lisa, Tomas"
    assert p.text("和Tom谈心") == "和学生B谈心"


def test_class_names_become_some_class_with_brackets_typed_either_way() -> None:
    p = make_pseudonyms([StudentRef(1, "李小明")], class_names=["五(1)班", "三（4）班", "班"])
    assert p.text("五(1)班和五（1）班，三(4)班与三（4）班；一班") == "某班和某班，某班与某班；一班"
    assert p.text("李小明在五(1)班") == "学生A在某班"
    assert "五(1)班" in p.hidden and "三(4)班" in p.hidden


def test_latin_names_are_replaced_whole_and_word_by_word_in_any_case() -> None:
    p = make_pseudonyms([StudentRef(1, "Tom Smith"), StudentRef(2, "Aisha Ali")])
    assert p.text("Tom came with his mother.") == "学生A came with his mother."
    assert p.text("Mr. Smith called.") == "Mr. 学生A called."
    assert p.text("tom smith 的家长") == "学生A 的家长"
    assert p.text("TOM  SMITH, Smith Tom, Tom's book") == "学生A, 学生A, 学生A's book"
    assert p.text("Aisha和ali的作业；Aisha Ali") == "学生B和学生B的作业；学生B"
    assert p.text("Tomato, atom, Tommy, Smithson, Alibaba, Alice") == "Tomato, atom, Tommy, Smithson, Alibaba, Alice"
    assert p.unsure("Tom came with his mother.") == []
    assert {"Tom Smith", "Tom", "Smith", "Aisha", "Ali"} <= p.hidden


def test_a_latin_name_shared_by_two_students_is_told_apart_by_the_record() -> None:
    p = make_pseudonyms([StudentRef(1, "Tom Smith"), StudentRef(2, "Anna Smith")])
    assert p.text("Mrs. Smith came", {2}) == "Mrs. 学生B came"
    assert p.text("Mrs. Smith came", {1, 2}) == f"Mrs. {AMBIGUOUS_ALIAS} came"
    assert p.text("Anna and Tom", {1, 2}) == "学生B and 学生A"


def test_latin_names_that_are_everyday_words_are_left_and_reported() -> None:
    p = make_pseudonyms([StudentRef(1, "May Brown"), StudentRef(2, "Will"), StudentRef(3, "Grace Lin")])
    text = "May Brown and Grace Lin came; Grace may stay, Brown's bag, will"
    assert p.text(text) == "学生A and 学生C came; Grace may stay, Brown's bag, will"
    assert p.unsure(text) == [
        Mention(1, "May Brown", "May", Unsure.COMMON_WORD),
        Mention(1, "May Brown", "Brown", Unsure.COMMON_WORD),
        Mention(2, "Will", "Will", Unsure.COMMON_WORD),
        Mention(3, "Grace Lin", "Grace", Unsure.COMMON_WORD),
    ]
    assert p.unsure("Lin came") == [] and p.text("Lin came") == "学生C came"
    assert p.unsure("Mayor Willow Browning, graceful") == []  # only whole words are reported


def test_one_letter_latin_names_are_reported_and_initials_not_looked_for() -> None:
    p = make_pseudonyms([StudentRef(1, "T"), StudentRef(2, "J. Smith")])
    assert p.text("T came; J. Smith, J Smith and Smith; J came") == "T came; 学生B, 学生B and 学生B; J came"
    assert p.unsure("t came; Tom") == [Mention(1, "T", "T", Unsure.ONE_CHARACTER)]
    assert p.unsure("Tom") == []
    assert p.unsure("J came") == []  # an initial alone, like 芳 of 王芳, is not looked for


def test_a_rare_one_character_given_name_is_replaced_alone() -> None:
    """𠈌 of 王𠈌 is in no everyday word: replaced alone it garbles nothing (芳 of 王芳 would: 芬芳)."""
    assert given_name("王𠈌") == "𠈌" and given_name("欧阳𠈌") == "𠈌"
    p = make_pseudonyms([StudentRef(1, "王𠈌"), StudentRef(2, "王芳")])
    assert p.text("𠈌的作业，小𠈌和王𠈌；芬芳") == "学生A的作业，学生A和学生A；芬芳"
    assert p.unsure("𠈌的作业，小𠈌") == []
    assert "𠈌" in p.hidden
