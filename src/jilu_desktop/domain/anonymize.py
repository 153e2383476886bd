"""Pseudonyms for an anonymized record book: students become 学生A, 学生B …, the key mentee 重点帮扶学生.

The notice asks that publication never burden a helped student; a book shared beyond the school union
must not say who was helped. The teacher's own name stays: the union needs it.

Who gets which alias: every student by id, not by name — two students both called 李小明 get two aliases,
so that a record of the one is never shown as the other's. The mentee is always 重点帮扶学生.

Where names are replaced:

- The students of each record (帮扶对象) and the mentee of the pledge: always, whatever the name, since
  these fields hold nothing but the name.
- Free text (content, place, measures …): Chinese has no spaces between words, so a name can only be
  found as a string of characters, and a short one is found inside ordinary words (a student named 文
  would turn 语文 into 语学生D). The rule therefore replaces in free text only what is long enough to
  be a name and not an everyday word:
  - the full name when it has two characters or more (李小明, 王芳, 𠀾𪚥), and the given name alone when it
    has two characters or more (小明 of 李小明, 晓东 of 欧阳晓东) — teachers write children's given
    names — longest first, so 王芳芳 is not read as 王芳 + 芳;
  - except a name or given name that is also an everyday word (海洋 of 李海洋, 高兴, 关心 …,
    COMMON_WORDS): replaced, it would garble sentences that never meant the student;
  - a one-character given name that is a rare character (CJK extension A and beyond: 𠈌 of 王𠈌), with
    its pet names (小𠈌, 阿𠈌, 𠈌𠈌): such a character is in no everyday word, so alone it garbles nothing;
  - a name in letters (Tom Smith, Aisha Ali) only where it stands as a word (Tom, not in Tomato or atom),
    in any case (tom, TOM), with any spaces, hyphens or dots between its words (tom  smith, J. Smith):
    the whole name, each run of its words and, for two words, both orders (Smith Tom: pinyin is written
    both ways), and each of its words alone (Tom, Smith: English text calls a child by the given name,
    a parent by the family name), except a word of one letter (an initial: J of J. Smith, which alone
    says nothing of whom) and a word that is an everyday English word (May, Will, Grace, Brown, He of
    He Ming …, LATIN_COMMON_WORDS) — 学生A came, Mr. 学生A called.
  What is not replaced is not silently trusted: `Pseudonyms.unsure` finds, in each text, a one-character
  name (文, anywhere; T, as a word), a name or a word of a name that is an everyday word (as a word, in
  any case, for names in letters), and the usual pet names built on the given name (芳芳, 小芳, 阿芳 of
  王芳; 涵涵 of 张子涵), and the export tells the teacher which records to check before the book is
  published. A lone one-character given name in an ordinary character (芳 of 王芳) and an initial are not
  looked for: Chinese rarely calls a child by the one character alone, and it is inside so many words (明
  of 李明 in 明天, 聪明) that the warning would be useless.
- A name shared by several students is replaced by the alias of the one among the record's own students;
  when the record does not say which one (none of them, or several, has that name) by AMBIGUOUS_ALIAS.

Class names: a student's class, with the school and the teacher's name, narrows who was helped to a few
children, so every student's class name found in free text (五(1)班的家长会, a place 五(2)班教室) becomes
CLASS_ALIAS, with brackets typed either way.

What else of the mentee is hidden (the pledge page is the one place that describes a student): class and
age, which with the school and the teacher's name point at one child, and the free-text 困难情况, which
describes the child's family or health. The difficulty's category (学习困难、家庭经济困难 …) stays, as do
the 帮扶措施 and further commitments with names replaced: they are the teacher's plan, what the union needs
to see that a mentee was chosen and helped — not who.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, NamedTuple

from jilu_desktop.domain.activities import StudentRef

MENTEE_ALIAS: Final = "重点帮扶学生"
STUDENT_ALIAS_PREFIX: Final = "学生"
AMBIGUOUS_ALIAS: Final = "某学生"  # a name several students share, in a text that does not say whose
MIN_TEXT_NAME: Final = 2  # characters: shorter names are not replaced inside free text
MIN_LATIN_WORD: Final = 2  # letters: a shorter word of a name in letters (an initial) is not looked for alone
CLASS_ALIAS: Final = "某班"  # a student's class named in free text (五(1)班的家长会 → 某班的家长会)
# Brackets as an input method types them (full width) and as a keyboard does (ASCII): 五（1）班 = 五(1)班.
_BRACKETS: Final = str.maketrans("（）", "()")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Two-character surnames, so that the given name of 欧阳晓东 is 晓东 and not 阳晓东.
_COMPOUND_SURNAMES: Final = _words(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门 申屠 闻人 钟离 "
    "澹台 公冶 太史 濮阳 万俟 呼延 赫连 第五"
)

# Everyday two-character words that are also given to children as given names (海洋, 国庆, 小雨) or that
# a surname and a given name can make (高兴, 关心, 文明, 马上): replaced as names they would garble text
# that never meant the student. Not exhaustive; a name missing here is replaced (privacy first).
COMMON_WORDS: Final = _words(
    # given names
    "国庆 建国 建军 建设 卫国 国强 海洋 海燕 海军 大海 大山 长江 黄河 长城 中华 华夏 新华 东方 朝阳 光明 和平 "
    "平安 安康 健康 快乐 幸福 欢乐 开心 安心 一心 美丽 秀丽 美好 文静 安静 静静 春天 春风 春雨 春燕 秋菊 冬梅 "
    "明月 白云 蓝天 天天 星星 月亮 彩虹 雪花 阳光 晨光 星辰 晨曦 朝霞 彩霞 雨露 天明 文明 文学 文化 希望 成功 "
    "胜利 英雄 勇敢 聪明 明白 明天 明亮 明明 梦想 未来 思想 欣然 浩然 怡然 宇航 飞翔 飞扬 远航 自强 自立 振兴 "
    "兴旺 红旗 红梅 玉兰 海棠 牡丹 梅花 兰花 荷花 小雨 小雪 小满 小龙 可可 甜甜 圆圆 亮亮 晶晶 豆豆 "
    # surname + given name
    "高兴 高山 高明 高峰 高原 高大 高中 高级 文章 文字 文具 方便 方向 方法 方面 马上 马路 白天 江南 金星 金色 "
    "田野 林立 石头 黄金 黄色 万一 何必 夏天 常常 时间 时候 王国 王子 周到 周末 周围 孙子 金子 程度 向上 向前 "
    "成绩 严格 路上 叶子 温暖 安全 华丽 于是 关心 关爱 卫生 童年 童话 钱包 余额 左右"
)


# Words of names written in letters that are also everyday English words (or pinyin that spells one: He 何,
# Ma 马, Sun 孙, Long 龙 …): replaced wherever they stand alone they would garble sentences (“Will you …”,
# “in May”, “Mr. Brown”), so they are left and reported. Lower case; not exhaustive.
LATIN_COMMON_WORDS: Final = _words(
    # short words and pinyin that spells one
    "a i o an am as at be by do go ha he hi if in is it me my no of oh ok on or so to up us we "
    "ma you sun song long man fan pan ran hang tan ban gang sang shun ping ding bin tang fang "
    "the and but for not nor yet all any are can may will was has had its our out new old big see say "
    "get got let one two ten who why how now day way son dad mom mum"
    # given names
    " will bill mark jack frank pat sue rob art bob don dot ray guy max gene carol chase hunter "
    "grace hope joy faith charity patience rose lily daisy iris violet ivy holly hazel olive pearl ruby amber "
    "jade crystal dawn summer autumn winter spring april june july august sky rain storm star sunny honey "
    "candy cherry angel happy lucky penny sandy rusty brook river miles dash noble earnest sterling "
    # family names
    " young little brown black white green gray grey gold king bell hall hill wood woods stone fox bird park "
    "rice price cook baker page lane field banks church cross love best case power wolf lamb moon bush ford "
    "marsh sharp short strong swift hardy wise rich"
)


class Unsure(StrEnum):
    """Why a student's name may remain in free text."""

    ONE_CHARACTER = "one_character"  # the whole name is one character (文, T)
    COMMON_WORD = "common_word"  # the name, given name or a word of it is an everyday word (海洋 of 李海洋, May)
    PET_NAME = "pet_name"  # 芳芳, 小芳, 阿芳 of 王芳


class Mention(NamedTuple):
    """A word in some text that may be the name of a student and was left as written."""

    student_id: int
    name: str
    word: str
    why: Unsure


def alias_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB … (as spreadsheet columns are named)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _is_cjk(text: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003ffff" for ch in text)


def _is_rare(text: str) -> bool:
    """A CJK character of extension A or beyond (𠈌, 㐀): in names, not in everyday words."""
    return len(text) == 1 and ("\u3400" <= text <= "\u4dbf" or "\U00020000" <= text <= "\U0003ffff")


# Characters that do not end a word in letters: Chinese, Japanese and Korean script (Tom的妈妈, Tom来了), and
# the full-width forms an input method types.
_EAST_ASIAN: Final = (
    "\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
)
# A letter or digit that would run a word in letters on into a longer word (Tom → Tomato, José → Josée).
_RUNS_ON: Final = f"(?:[^\\W_{_EAST_ASIAN}]|[\u0300-\u036f])"
_SEPARATORS: Final = re.compile(r"[\s\-\u2010\u2011\u2013.]+")  # between the words of a name in letters


def _runs_on(ch: str) -> bool:
    return re.fullmatch(_RUNS_ON, ch) is not None


def is_latin(name: str) -> bool:
    """Whether `name` is written in letters (Tom Smith, Aisha Ali, José), not in Chinese characters."""
    return any(_runs_on(ch) and ch.isalpha() for ch in name) and not re.search(f"[{_EAST_ASIAN}]", name)


def latin_words(name: str) -> list[str]:
    """The words of a name in letters: “J. Smith” → J, Smith; “Anne-Marie Dupont” → Anne, Marie, Dupont."""
    return [w.strip("'’,") for w in _SEPARATORS.split(name) if w.strip("'’,")]


def _fold(text: str) -> str:
    """The form a name is looked up by: any case, any spaces, hyphens or dots between words as one space."""
    return " ".join(_SEPARATORS.split(text.replace("’", "'"))).strip().casefold()


def _given_part(name: str) -> str:
    """The given name of a Chinese name of two characters or more, however short (王芳 → 芳); else ""."""
    if len(name) < 2 or not _is_cjk(name):
        return ""
    return name[2:] if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else name[1:]


def given_name(name: str) -> str | None:
    """The given name of a Chinese name, when it can be looked for in text: two characters or more, or one
    rare character.

    李小明 → 小明; 欧阳晓东 → 晓东; 王芳 → None (芳 alone would blot out ordinary words); 王𠈌 → 𠈌.
    """
    rest = _given_part(name)
    if _is_rare(rest):
        return rest
    if len(name) < 3:
        return None
    return rest if len(rest) >= MIN_TEXT_NAME else None


def pet_names(name: str) -> frozenset[str]:
    """How children are called by their given name's last character: 王芳 → 芳芳, 小芳, 阿芳."""
    given = _given_part(name)
    if not given:
        return frozenset()
    last = given[-1]
    return frozenset({last * 2, "小" + last, "阿" + last})


def _replaceable(word: str) -> bool:
    """Whether `word` can be replaced inside free text without garbling it (see the module docstring)."""
    return len(word) >= MIN_TEXT_NAME and word not in COMMON_WORDS


def _latin_replaceable(word: str) -> bool:
    """Whether a word of a name in letters can be replaced wherever it stands alone (see the module docstring)."""
    return len(word) >= MIN_LATIN_WORD and word.casefold() not in LATIN_COMMON_WORDS


def _word_pattern(word: str) -> str:
    """`word` as a regular expression; letters or digits at its ends must not run on into more."""
    pattern = re.escape(word)
    if _runs_on(word[0]):
        pattern = f"(?<!{_RUNS_ON})" + pattern
    if _runs_on(word[-1]):
        pattern += f"(?!{_RUNS_ON})"
    return pattern


def _latin_pattern(words: Iterable[str]) -> str:
    """Words of a name in letters as a whole word, in any case, with any separators between them."""
    parts = [re.escape(w).replace("'", "['’]") for w in words]
    pattern = r"[\s\-\u2010\u2011\u2013.]+".join(parts)
    return f"(?<!{_RUNS_ON})(?i:{pattern})(?!{_RUNS_ON})"


def _latin_keys(name: str) -> list[tuple[str, ...]]:
    """The runs of two words or more of a name in letters, longest first, and a two-word name both ways round:
    Tom Smith, Smith Tom (its single words are looked for each by its own rule)."""
    words = latin_words(name)
    runs = [tuple(words[i : i + n]) for n in range(len(words), 1, -1) for i in range(len(words) - n + 1)]
    if len(words) == 2:
        runs.append((words[1], words[0]))
    return runs


@dataclass(frozen=True)
class Pseudonyms:
    """Student id → alias, and the rule for finding students' names in free text."""

    aliases: Mapping[int, str]
    names: Mapping[int, str] = field(default_factory=dict)
    # replaced words (as looked up: `_fold`) → whose
    _keys: Mapping[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _unsure: Mapping[str, tuple[tuple[int, Unsure], ...]] = field(default_factory=dict, repr=False)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _written: frozenset[str] = field(default=frozenset(), repr=False)  # the replaced words as the names spell them
    # words of names in letters left as written, found only as whole words in any case (May, not Mayor)
    _unsure_patterns: Mapping[str, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)

    def alias(self, student_id: int) -> str:
        return self.aliases[student_id]

    def _alias_for(self, word: str, context: Collection[int]) -> str:
        ids = self._keys.get(_fold(word))
        if ids is None:  # matched in a case `_fold` does not fold alike (a few Unicode letters): hide it anyway
            return AMBIGUOUS_ALIAS
        if not ids:
            return CLASS_ALIAS
        if len(ids) > 1:
            ids = tuple(i for i in ids if i in context)
        return self.aliases[ids[0]] if len(ids) == 1 else AMBIGUOUS_ALIAS

    def text(self, text: str, context: Collection[int] = ()) -> str:
        """Every replaceable name in `text` replaced in one pass, longest first; `context` are the ids of the
        students the text is about (a record's students), to tell apart students of the same name."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._alias_for(m.group(0), context), text)

    def unsure(self, text: str) -> list[Mention]:
        """The names (one character, everyday words, pet names) `text` contains that `text()` leaves as written."""
        if not self._unsure or not text:
            return []
        rest = self._pattern.sub("\0", text) if self._pattern is not None else text
        found: list[Mention] = []
        for word, whose in self._unsure.items():
            pattern = self._unsure_patterns.get(word)
            if (pattern.search(rest) is not None) if pattern is not None else word in rest:
                found.extend(Mention(i, self.names[i], word, why) for i, why in whose)
        return found

    @property
    def hidden(self) -> frozenset[str]:
        """The names and given names replaced wherever they occur: the anonymized book cannot contain them."""
        return self._written


def make_pseudonyms(
    students: Iterable[StudentRef], mentee: StudentRef | None = None, class_names: Iterable[str] = ()
) -> Pseudonyms:
    """Aliases for `students` in the order given (the order they first appear in the book); the mentee's is fixed.

    A student given twice gets one alias; two students of the same name get two. `class_names` (the
    students' classes) become CLASS_ALIAS in free text.
    """
    aliases: dict[int, str] = {}
    names: dict[int, str] = {}
    if mentee is not None:
        aliases[mentee.id] = MENTEE_ALIAS
        names[mentee.id] = mentee.name
    index = 0
    for student in students:
        if student.id not in aliases:
            aliases[student.id] = f"{STUDENT_ALIAS_PREFIX}{alias_letters(index)}"
            names[student.id] = student.name
            index += 1

    # Every word looked for, by its `_fold`: the regular expression that finds it and how the name spells it.
    patterns: dict[str, str] = {}
    spelled: dict[str, str] = {}

    def key(word: str, pattern: str | None = None) -> str:
        folded = _fold(word)
        patterns.setdefault(folded, pattern if pattern is not None else _word_pattern(word))
        spelled.setdefault(folded, word)
        return folded

    full: dict[str, list[int]] = {}
    given: dict[str, list[int]] = {}
    unsure: dict[str, dict[int, Unsure]] = {}
    for student_id, name in names.items():
        if not name:
            continue
        if is_latin(name):
            _latin_name(student_id, name, key, full, given, unsure)
            continue
        if _replaceable(name):
            full.setdefault(key(name), []).append(student_id)
        else:
            why = Unsure.ONE_CHARACTER if len(name) < MIN_TEXT_NAME else Unsure.COMMON_WORD
            unsure.setdefault(key(name), {})[student_id] = why
        short = given_name(name)
        pets = pet_names(name)
        if short is not None and _is_rare(short):  # 𠈌 of 王𠈌: in no everyday word, nor are 小𠈌, 阿𠈌
            for word in (short, *sorted(pets)):
                given.setdefault(key(word), []).append(student_id)
            continue
        if short is not None:
            if _replaceable(short):
                given.setdefault(key(short), []).append(student_id)
            else:
                unsure.setdefault(key(short), {}).setdefault(student_id, Unsure.COMMON_WORD)
        for pet in pets:
            unsure.setdefault(key(pet), {}).setdefault(student_id, Unsure.PET_NAME)
    # A full name wins over someone else's given name (王小明 the student, not the 小明 of 李小明).
    keys = {word: tuple(ids) for word, ids in given.items()}
    keys.update((word, tuple(ids)) for word, ids in full.items())
    for class_name in class_names:
        written = class_name.strip()
        if len(written) < MIN_TEXT_NAME:
            continue
        for form in {written, written.translate(_BRACKETS), written.replace("(", "（").replace(")", "）")}:
            keys.setdefault(key(form), ())  # no student: CLASS_ALIAS
    left = {spelled[word]: tuple(whose.items()) for word, whose in unsure.items() if word not in keys}
    left_patterns = {
        spelled[word]: re.compile(patterns[word]) for word in unsure if word not in keys and is_latin(spelled[word])
    }
    pattern = None
    if keys:
        ordered = sorted(keys, key=lambda w: (-len(w), w))
        pattern = re.compile("|".join(patterns[w] for w in ordered))
    shown = frozenset(spelled[word] for word in keys)
    return Pseudonyms(aliases, names, keys, left, pattern, shown, left_patterns)


def _latin_name(
    student_id: int,
    name: str,
    key: Callable[[str, str | None], str],
    full: dict[str, list[int]],
    given: dict[str, list[int]],
    unsure: dict[str, dict[int, Unsure]],
) -> None:
    """The words looked for of a name in letters (Tom Smith): see the module docstring."""
    words = latin_words(name)
    for run in _latin_keys(name):
        whose = full.setdefault(key(" ".join(run), _latin_pattern(run)), [])
        if student_id not in whose:
            whose.append(student_id)
    if len(words) == 1:  # the whole name: Tom; T and Will are left and reported
        word = words[0]
        folded = key(word, _latin_pattern(words))
        if _latin_replaceable(word):
            full.setdefault(folded, []).append(student_id)
        else:
            why = Unsure.ONE_CHARACTER if len(word) < MIN_LATIN_WORD else Unsure.COMMON_WORD
            unsure.setdefault(folded, {})[student_id] = why
        return
    for word in words:
        if len(word) < MIN_LATIN_WORD:
            continue  # an initial (J of J. Smith) is not looked for alone
        folded = key(word, _latin_pattern([word]))
        if _latin_replaceable(word):
            whose = given.setdefault(folded, [])
            if student_id not in whose:
                whose.append(student_id)
        else:
            unsure.setdefault(folded, {}).setdefault(student_id, Unsure.COMMON_WORD)
