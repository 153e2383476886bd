"""FieldErrors: a domain error's message beside its field, in the chosen language, gone once the field is edited."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.activities import make_activity
from jilu_desktop.domain.errors import ConflictError, DomainError, ValidationError
from jilu_desktop.ui.field_errors import ERROR_COLOR, FieldErrors, make_error_label
from tests.ui.keyboard import type_text


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.place = QLineEdit(self)
        self.content = QPlainTextEdit(self)
        self.kind = QComboBox(self)
        self.kind.addItems(["谈心", "家访"])
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        form.addRow("地点", self.errors.wrap("place", self.place))
        form.addRow("内容", self.errors.wrap("content", self.content))
        form.addRow("类型", self.errors.wrap("kind", self.kind))
        self.general = make_error_label(self)
        form.addRow(self.general)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    return form


def _error(**fields: object) -> DomainError:
    values: dict[str, object] = {
        "date": "2026-12-01",
        "kind": "talk",
        "student_ids": [1],
        "place": "教室",
        "content": "谈心",
        "today": dt.date(2026, 12, 4),
    }
    values.update(fields)
    with pytest.raises(DomainError) as raised:
        make_activity(**values)  # type: ignore[arg-type]
    return raised.value


def test_the_message_appears_beside_the_named_field(form: Form) -> None:
    assert form.errors.show(_error(place="  "))

    assert form.errors.message("place") == "地点不能为空"
    assert not form.errors.label("place").isHidden()
    assert form.errors.message("content") == ""
    assert form.errors.label("content").isHidden()
    assert form.errors.has_errors()
    # The label sits right under its field, inside the field's row.
    assert form.errors.label("place").parentWidget() is form.place.parentWidget()
    assert form.errors.label("place").palette().color(form.errors.label("place").foregroundRole()) == ERROR_COLOR


def test_the_cursor_goes_to_the_field_and_screen_readers_hear_the_message(qtbot: QtBot, form: Form) -> None:
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()

    form.errors.show(_error(content="x" * 2001))

    qtbot.waitUntil(lambda: form.content.hasFocus())
    assert form.content.accessibleDescription() == "帮扶内容或帮扶心得最多 2000 个字，现在有 2001 个字"


def test_editing_the_field_takes_its_message_away(qtbot: QtBot, form: Form) -> None:
    form.place.setAccessibleDescription("上课或谈话的地点")
    form.errors.show(_error(place=""))
    form.errors.show(_error(content=""))

    type_text(qtbot, form.place, "教室")

    assert form.errors.message("place") == ""
    assert form.place.accessibleDescription() == "上课或谈话的地点"  # its own description is back
    assert form.errors.message("content") == "帮扶内容或帮扶心得不能为空"  # other fields keep theirs

    form.content.setPlainText("谈心")
    form.errors.show(_error(kind="唱歌"))
    form.kind.setCurrentIndex(1)
    assert not form.errors.has_errors()


def test_english_when_the_teacher_chose_english(form: Form) -> None:
    form.errors.set_lang("en")

    form.errors.show(_error(place=""))

    assert form.errors.message("place") == "place must not be empty"


def test_language_can_be_asked_for_at_the_time_of_the_error(form: Form) -> None:
    chosen = ["zh"]
    form.errors.set_lang(lambda: "en" if chosen[0] == "en" else "zh")
    chosen[0] = "en"

    form.errors.show(_error(content=""))

    assert form.errors.message("content").startswith("content must not be empty")


def test_an_unregistered_field_goes_to_the_general_label_or_is_left_to_the_caller(form: Form) -> None:
    conflict = ConflictError("student_has_records", "id", name="李小明", count=3)

    assert form.errors.show(conflict) is False  # nowhere to put it yet: the caller decides

    form.errors.set_general(form.general)
    assert form.errors.show(conflict) is True
    assert form.general.text() == "学生“李小明”还有 3 条活动记录，不能删除；请先修改或删除这些记录"
    assert not form.general.isHidden()


def test_aliases_and_labels_placed_by_the_caller(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    picker = QLineEdit(widget)
    label = QLabel(widget)
    errors = FieldErrors(widget)
    errors.attach("students", picker, label, aliases=["mentee"])

    errors.show(ValidationError("no_students", "students"))
    assert label.text() == "请至少选择一名帮扶对象"
    errors.clear()
    assert errors.message("students") == "" and not errors.has_errors()

    errors.show(ValidationError("unknown_student", "mentee", value=7))
    assert errors.message("mentee") == "没有编号为 7 的学生"


def test_a_message_is_plain_text(form: Form) -> None:
    form.errors.show(_error(kind="<b>唱歌</b>"))

    assert form.errors.label("kind").textFormat() == Qt.TextFormat.PlainText
    assert "<b>唱歌</b>" in form.errors.message("kind")


def test_signals_tell_when_a_message_comes_and_goes(qtbot: QtBot, form: Form) -> None:
    with qtbot.waitSignal(form.errors.shown) as shown:
        form.errors.show(_error(place=""))
    assert shown.args == ["place"]
    with qtbot.waitSignal(form.errors.cleared):
        form.errors.clear("place")
