"""志愿书: the yearly pledge, laid out as the paper form (appendix 3 of the notice), one per school year.

Top half: the teacher's profile, edited in a dialog. Bottom half: the key mentee (chosen from the
students; age and class come from the student), 困难情况 (by default the student's own), 帮扶措施, the
further commitments, the handwritten signature and the signing date. Saving goes through the service in
one step and onto the undo stack; a refusal is shown beside its field and nothing is saved. Leaving a
school year with unsaved changes asks first.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.errors import DomainError, ValidationError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.pledge import Pledge, signing_window
from jilu_desktop.domain.profile import TeacherProfile
from jilu_desktop.domain.students import StudentRecord, age_in
from jilu_desktop.domain.validation import CAMPAIGN_START
from jilu_desktop.services import AppServices
from jilu_desktop.services.pledges import PledgeView
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.dialogs.profile_dialog import ProfileDialog, open_profile_dialog, profile_fields
from jilu_desktop.ui.dialogs.student_dialog import StudentDialog
from jilu_desktop.ui.field_errors import GENERAL, FieldErrors, changed_while_editing, make_error_label
from jilu_desktop.ui.i18n import ui_locale
from jilu_desktop.ui.labels import gender_label, school_year_name
from jilu_desktop.ui.pages.leaving import ask_before_leaving
from jilu_desktop.ui.pages.page_undo import report_failure, stack_moved
from jilu_desktop.ui.pages.people_commands import AddStudent, SavePledge
from jilu_desktop.ui.pages.target_row import scaled_font
from jilu_desktop.ui.widgets.shortcuts import page_shortcut
from jilu_desktop.ui.widgets.signature_pad import SignatureField
from jilu_desktop.ui.widgets.undo_notice import UndoNotice

YEARS_BACK = 4  # past school years offered besides those that already have a pledge


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _text_box(parent: QWidget, name: str, placeholder: str, height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class PledgePage(QWidget):
    def __init__(self, services: AppServices, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stack = undo_stack
        self._students: dict[int, StudentRecord] = {}
        self._profile: TeacherProfile | None = None
        self._year = school_year_of(services.clock.today())
        self._loading = False
        self._dirty = False
        self._default_detail = ""  # the mentee's own 困难情况, shown until the teacher writes another
        self._detail_typed = False  # the teacher wrote in 困难情况 since the form was filled
        self._setting_detail = False  # the page itself is putting text in 困难情况
        self.profile_dialog: ProfileDialog | None = None
        self._loaded: Pledge | None = None  # the school year's pledge as the form was filled from it
        self.student_dialog: StudentDialog | None = None
        self.leave_box: QMessageBox | None = None

        self._build_top()
        self._build_form()
        self._build_notice()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.paper)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self.top_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll_area, 1)

        for box in (self.detail_edit, self.measures_edit, self.commitments_edit):
            box.textChanged.connect(self._edited)
        self.detail_edit.textChanged.connect(self._detail_edited)
        self.mentee_combo.currentTextChanged.connect(self._mentee_changed)
        self.signed_check.toggled.connect(self._signed_toggled)
        self.date_edit.dateChanged.connect(self._edited)
        self.date_edit.dateChanged.connect(lambda _: self._show_age())
        self.signature.edited.connect(self._edited)
        self.signature.import_failed.connect(lambda text: self.errors.show_text("signature", text))
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.errors.shown.connect(self._reveal_error)
        self.save_button.clicked.connect(self.save)
        self.profile_button.clicked.connect(self.edit_profile)
        self.new_student_button.clicked.connect(self.add_mentee)
        page_shortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        undo_stack.indexChanged.connect(self._stack_moved)
        self.refresh()

    # --- building ---
    def _build_top(self) -> None:
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("学年"))
        year_label = QLabel(self.tr("学年(&Y)："), self)
        year_label.setBuddy(self.year_combo)
        self.save_button = QPushButton(self.tr("保存志愿书(&S)"), self)
        self.save_button.setToolTip(self.tr("保存这一学年的志愿书（Ctrl+S）"))
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("保存状态"))
        self.top_row = QHBoxLayout()
        self.top_row.addWidget(year_label)
        self.top_row.addWidget(self.year_combo)
        self.top_row.addSpacing(12)
        self.top_row.addWidget(self.state_label)
        self.top_row.addStretch(1)
        self.top_row.addWidget(self.save_button)

    def _build_form(self) -> None:
        self.paper = QWidget(self)
        self.errors = FieldErrors(self, lang=self._lang)
        title = QLabel(self.tr("“168”爱生行动志愿书"), self.paper)
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.school_label = QLabel(self.paper)
        self.school_label.setTextFormat(Qt.TextFormat.PlainText)
        self.school_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.school_label.setAccessibleName(self.tr("学校"))
        greeting = QLabel(self.tr("校长室、校工会："), self.paper)
        intro = QLabel(self.tr("我自愿参加学校开展的“168”爱生行动。我的基本情况是："), self.paper)
        intro.setWordWrap(True)

        # The teacher (from the profile).
        self.profile_box = QFrame(self.paper)
        self.profile_box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.profile_box)
        grid.setHorizontalSpacing(12)
        self.profile_labels: dict[str, QLabel] = {}
        cells = [
            ("name", self.tr("姓名"), 0, 0),
            ("gender", self.tr("性别"), 0, 2),
            ("birth", self.tr("出生年月"), 0, 4),
            ("title", self.tr("职称"), 1, 0),
            ("post", self.tr("工作岗位"), 1, 2),
            ("specialties", self.tr("特长"), 2, 0),
        ]
        for field, caption, row, column in cells:
            grid.addWidget(QLabel(caption + self.tr("："), self.profile_box), row, column)
            value = QLabel(self.profile_box)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setAccessibleName(caption)
            self.profile_labels[field] = value
            span = 5 if field == "specialties" else (3 if field == "post" else 1)
            grid.addWidget(value, row, column + 1, 1, span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        self.profile_prompt = QLabel(self.tr("还没有填写个人信息。志愿书上半部分来自个人信息，请先填写。"), self.paper)
        self.profile_prompt.setWordWrap(True)
        self.profile_button = QPushButton(self.tr("修改个人信息(&P)…"), self.paper)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_prompt, 1)
        profile_row.addStretch(0)
        profile_row.addWidget(self.profile_button)

        # The key mentee.
        mentee_intro = QLabel(self.tr("我重点帮扶的一位学生是："), self.paper)
        self.mentee_combo = QComboBox(self.paper)
        self.mentee_combo.setEditable(True)
        self.mentee_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.mentee_combo.setAccessibleName(self.tr("重点帮扶学生"))
        completer = QCompleter(self.mentee_combo.model(), self.mentee_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.mentee_combo.setCompleter(completer)
        self.age_label = QLabel(self.paper)
        self.age_label.setAccessibleName(self.tr("年龄"))
        self.class_label = QLabel(self.paper)
        self.class_label.setTextFormat(Qt.TextFormat.PlainText)
        self.class_label.setAccessibleName(self.tr("班级"))
        mentee_grid = QGridLayout()
        mentee_label = QLabel(self.tr("姓名(&N)："), self.paper)
        mentee_label.setBuddy(self.mentee_combo)
        mentee_grid.addWidget(mentee_label, 0, 0)
        mentee_grid.addWidget(self.errors.wrap("mentee", self.mentee_combo), 0, 1)
        mentee_grid.addWidget(QLabel(self.tr("年龄："), self.paper), 0, 2)
        mentee_grid.addWidget(self.age_label, 0, 3)
        mentee_grid.addWidget(QLabel(self.tr("班级："), self.paper), 0, 4)
        mentee_grid.addWidget(self.class_label, 0, 5)
        self.new_student_button = QPushButton(self.tr("新学生(&W)…"), self.paper)
        self.new_student_button.setToolTip(self.tr("重点帮扶的学生还不在名单中？在这里添加，并选为重点帮扶学生"))
        mentee_grid.addWidget(self.new_student_button, 0, 6, Qt.AlignmentFlag.AlignTop)
        mentee_grid.setColumnStretch(1, 3)
        mentee_grid.setColumnStretch(3, 1)
        mentee_grid.setColumnStretch(5, 1)

        self.detail_edit = _text_box(self.paper, self.tr("困难情况"), self.tr("学生的困难情况；默认取自学生信息"))
        self.measures_edit = _text_box(
            self.paper, self.tr("帮扶措施"), self.tr("如：每周两次午休辅导数学；每月与家长沟通一次")
        )
        self.commitments_edit = _text_box(
            self.paper, self.tr("其他努力方向"), self.tr("如：关心班上每一位学习困难的学生，做到不让一名学生掉队")
        )
        self.signature = SignatureField(self.paper)
        self.signed_check = QCheckBox(self.tr("签名日期(&D)："), self.paper)
        self.date_edit = QDateEdit(self.paper)
        self.date_edit.setAccessibleName(self.tr("签名日期"))
        # In the interface's language, whatever the machine's locale says.
        self.date_edit.setDisplayFormat(self.tr("yyyy年M月d日"))
        self.date_edit.setLocale(ui_locale(self._lang()))
        self.date_edit.setCalendarPopup(True)
        # Any date can be picked; the pledge's rules say which are accepted, beside the field.
        self.date_edit.setMinimumDate(_qdate(CAMPAIGN_START))
        date_row = QWidget(self.paper)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.signed_check)
        date_layout.addWidget(self.date_edit)
        date_layout.addStretch(1)
        date_error = make_error_label(self.paper)
        self.errors.attach("signed_on", self.date_edit, date_error)
        self.general_label = make_error_label(self.paper)
        self.errors.set_general(self.general_label)
        # A school year outside the allowed range is told at the selector.
        year_error = make_error_label(self.paper)
        self.errors.attach("school_year", self.year_combo, year_error)

        form = QGridLayout()
        form.setVerticalSpacing(6)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("困难情况(&K)："), self.detail_edit, "difficulty_detail"),
            (self.tr("帮扶措施(&M)："), self.measures_edit, "measures"),
        ]
        for i, (caption, widget, field) in enumerate(rows):
            label = QLabel(caption, self.paper)
            label.setBuddy(widget)
            form.addWidget(label, i, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(self.errors.wrap(field, widget), i, 1)
        form.setColumnStretch(1, 1)
        commitments_label = QLabel(self.tr("此外，我还将在以下几方面努力(&F)："), self.paper)
        commitments_label.setBuddy(self.commitments_edit)
        signature_label = QLabel(self.tr("签名："), self.paper)

        layout = QVBoxLayout(self.paper)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(year_error)
        layout.addWidget(self.school_label)
        layout.addWidget(title)
        layout.addWidget(greeting)
        layout.addWidget(intro)
        layout.addWidget(self.profile_box)
        layout.addLayout(profile_row)
        layout.addSpacing(8)
        layout.addWidget(mentee_intro)
        layout.addLayout(mentee_grid)
        layout.addLayout(form)
        layout.addWidget(commitments_label)
        layout.addWidget(self.errors.wrap("commitments", self.commitments_edit))
        # Signature and date sit bottom right, as on the paper form.
        sign_column = QVBoxLayout()
        sign_column.addWidget(signature_label)
        sign_column.addWidget(self.errors.wrap("signature", self.signature))
        sign_column.addWidget(date_row)
        sign_column.addWidget(date_error)
        sign_row = QHBoxLayout()
        sign_row.addStretch(1)
        sign_row.addLayout(sign_column, 3)
        layout.addSpacing(8)
        layout.addLayout(sign_row)
        layout.addWidget(self.general_label)
        layout.addStretch(1)

    def _build_notice(self) -> None:
        """A line over the page saying what was just done, with a button to undo it."""
        self.notice = UndoNotice(self._stack, self.tr("撤销刚才的保存（Ctrl+Z）"), self)
        self.notice_label = self.notice.label
        self.notice_undo = self.notice.undo_button
        self.notice_close = self.notice.close_button

    # --- reading ---
    def _lang(self) -> Lang:
        return self._services.settings.language()

    @property
    def school_year(self) -> int:
        return self._year

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def unsaved_signature_year(self) -> int | None:
        """The school year whose pledge has a signature written (or imported) here and not saved yet, else None;
        for the export dialog, which says the signature is printed on the form once saved."""
        pad = self.signature.pad
        return self._year if self._dirty and pad.is_modified() and not pad.is_empty() else None

    def refresh(self) -> None:
        """Read the profile, the students and the years again; the form too, unless it has unsaved changes."""
        self._show_profile(self._services.profile.get())
        self._load_students()
        self._load_years()
        if not self._dirty:
            self.load_year(self._year)

    def _show_profile(self, profile: TeacherProfile | None) -> None:
        self._profile = profile
        fields = profile_fields(profile)
        for field, label in self.profile_labels.items():
            value = fields.get(field, "")
            if field == "gender":
                value = gender_label(value)
            if field == "birth" and profile is not None and profile.birth_month is not None:
                value = self.tr("{year}年{month}月").format(
                    year=profile.birth_month.year, month=profile.birth_month.month
                )
            label.setText(value or self.tr("（未填）"))
        self.profile_prompt.setVisible(profile is None)
        self.profile_button.setText(self.tr("填写个人信息(&P)…") if profile is None else self.tr("修改个人信息(&P)…"))
        self.school_label.setText(self.tr("学校：{school}").format(school=profile.school) if profile else "")
        self.school_label.setVisible(profile is not None and bool(profile.school))

    def _load_students(self) -> None:
        text = self.mentee_combo.currentText()
        # A student chosen from the list stays chosen by id (the texts may change); what was typed, as typed.
        index = self.mentee_combo.currentIndex()
        picked = index >= 0 and self.mentee_combo.itemText(index) == text
        chosen = self.mentee_combo.itemData(index) if picked else None
        records = self._services.students.list()
        self._students = {r.id: r for r in records}
        shared = Counter((r.student.name, r.student.class_name) for r in records)
        was_loading, self._loading = self._loading, True
        try:
            self.mentee_combo.clear()
            for record in records:
                twin = shared[(record.student.name, record.student.class_name)] > 1
                self.mentee_combo.addItem(self._student_text(record, twin), record.id)
            index = self.mentee_combo.findData(chosen) if chosen is not None else -1
            self.mentee_combo.setCurrentIndex(index)
            if index < 0:
                self.mentee_combo.setEditText(text)
        finally:
            self._loading = was_loading
        line = self.mentee_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                self.tr("输入姓名或从名单中选择") if records else self.tr("名单中还没有学生：点“新学生…”添加")
            )

    def _student_text(self, record: StudentRecord, twin: bool = False) -> str:
        """The student's entry in the list; `twin`: another student has the same name and class, told by 编号."""
        s = record.student
        if twin:
            if s.class_name:
                return self.tr("{name}（{class_name}，编号 {id}）").format(
                    name=s.name, class_name=s.class_name, id=record.id
                )
            return self.tr("{name}（编号 {id}）").format(name=s.name, id=record.id)
        return (
            self.tr("{name}（{class_name}）").format(name=s.name, class_name=s.class_name) if s.class_name else s.name
        )

    def _load_years(self) -> None:
        current = school_year_of(self._services.clock.today())
        stored = set(self._services.pledges.years())
        low = max(CAMPAIGN_START.year, current - YEARS_BACK)
        years = sorted(stored | set(range(low, current + 2)) | {self._year}, reverse=True)
        self.year_combo.blockSignals(True)
        try:
            self.year_combo.clear()
            for year in years:
                state = self.tr("已填写") if year in stored else self.tr("未填写")
                self.year_combo.addItem(f"{school_year_name(year)} · {state}", year)
            self.year_combo.setCurrentIndex(years.index(self._year))
        finally:
            self.year_combo.blockSignals(False)

    def load_year(self, year: int) -> None:
        """Show the pledge of `year` as stored (or an empty form for a new one); no unsaved changes after."""
        self._year = year
        self._select_year_item(year)
        view = self._services.pledges.get(year)
        self._loaded = view.pledge if view is not None else None  # saving checks it is still so
        self._loading = True
        self._detail_typed = False
        try:
            self.errors.clear()
            shown = self.signature.set_png(view.pledge.signature_png if view else None)
            if view is not None:
                self._fill(view)
            else:
                self._fill_new(year)
        finally:
            self._loading = False
        self._set_dirty(False)
        self._show_age()
        if not shown:
            # Kept as stored (saving again leaves it); the teacher is told rather than shown an empty pad.
            self.errors.show_text("signature", self.tr("保存的签名图片无法显示，请重新签名或重新导入。"))

    def _fill(self, view: PledgeView) -> None:
        p = view.pledge
        self.mentee_combo.setCurrentIndex(self.mentee_combo.findData(p.mentee_id))
        self._default_detail = view.mentee.student.difficulty_detail
        self._set_mentee_details(view.mentee)
        # An empty 困难情况 prints the student's own (as the export does); show that.
        self.detail_edit.setPlainText(p.difficulty_detail or self._default_detail)
        self.measures_edit.setPlainText(p.measures)
        self.commitments_edit.setPlainText(p.commitments)
        self.signed_check.setChecked(p.signed_on is not None)
        self.date_edit.setDate(_qdate(p.signed_on or self._default_date(p.school_year)))
        self.date_edit.setEnabled(p.signed_on is not None)

    def _fill_new(self, year: int) -> None:
        self.mentee_combo.setCurrentIndex(-1)
        self.mentee_combo.setEditText("")
        self._default_detail = ""
        self._set_mentee_details(None)
        self.detail_edit.clear()
        self.measures_edit.clear()
        self.commitments_edit.clear()
        today = self._services.clock.today()
        low, high = signing_window(year)
        can_sign_today = low <= today <= high
        self.signed_check.setChecked(can_sign_today)
        self.date_edit.setDate(_qdate(self._default_date(year)))
        self.date_edit.setEnabled(can_sign_today)

    def _default_date(self, year: int) -> dt.date:
        today = self._services.clock.today()
        low, high = signing_window(year)
        return min(max(today, low), high)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        stored = self._year in set(self._services.pledges.years())
        if dirty:
            self.state_label.setText(self.tr("有未保存的修改"))
        elif stored:
            self.state_label.setText(self.tr("已保存"))
        else:
            self.state_label.setText(self.tr("这一学年还没有志愿书"))

    # --- the mentee ---
    def mentee_id(self) -> int | None:
        """The student chosen in the mentee box: the current item of the list (by its id, as two students
        may read alike), else what was typed: an item's text, or a name that only one student has."""
        text = self.mentee_combo.currentText().strip()
        if not text:
            return None
        index = self.mentee_combo.currentIndex()
        if index >= 0 and self.mentee_combo.itemText(index).strip() == text:
            return int(self.mentee_combo.itemData(index))
        matching = [
            int(self.mentee_combo.itemData(i))
            for i in range(self.mentee_combo.count())
            if self.mentee_combo.itemText(i).strip().casefold() == text.casefold()
        ]
        if matching:
            return matching[0] if len(matching) == 1 else None
        named = [r.id for r in self._students.values() if r.student.name == text]
        return named[0] if len(named) == 1 else None

    def _mentee_changed(self, _text: str) -> None:
        if self._loading:
            return
        mentee = self._students.get(self.mentee_id() or -1)
        self._set_mentee_details(mentee)
        new_default = mentee.student.difficulty_detail if mentee else ""
        # 困难情况 is about the mentee: it follows the mentee, unless the teacher has written one of her own
        # since the form was filled (one loaded with the pledge was written for the previous mentee).
        shown = self.detail_edit.toPlainText().strip()
        if not self._detail_typed or shown in ("", self._default_detail.strip()):
            self._set_detail(new_default)
            self._detail_typed = False
        self._default_detail = new_default
        self._edited()

    def _set_detail(self, text: str) -> None:
        self._setting_detail = True
        try:
            self.detail_edit.setPlainText(text)
        finally:
            self._setting_detail = False

    def _set_mentee_details(self, mentee: StudentRecord | None) -> None:
        self.class_label.setText(mentee.student.class_name if mentee and mentee.student.class_name else "")
        self._show_age()

    def _show_age(self) -> None:
        mentee = self._students.get(self.mentee_id() or -1)
        if mentee is None:
            self.age_label.setText("")
            return
        # As on the printed form: counted in the year of signing (or the school year's first year).
        year = self.date_edit.date().year() if self.signed_check.isChecked() else self._year
        age = age_in(mentee.student.birth_year, year)
        self.age_label.setText(self.tr("{age} 岁").format(age=age) if age is not None else self.tr("（出生年份未填）"))

    def _detail_edited(self) -> None:
        if not self._loading and not self._setting_detail:
            self._detail_typed = True
            self.errors.clear("difficulty_detail")

    def _signed_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self._show_age()
        self._edited()

    def _edited(self, *_: Any) -> None:
        if not self._loading and not self._dirty:
            self._set_dirty(True)

    # --- saving ---
    def save(self) -> bool:
        """Save the form as this school year's pledge; False (and the reason beside its field) if refused."""
        self.errors.clear()
        mentee = self.mentee_id()
        if mentee is None:
            text = self.mentee_combo.currentText().strip()
            if text and sum(r.student.name == text for r in self._students.values()) > 1:
                message = self.tr("名单中有不止一名学生叫“{name}”。请从名单中选择是哪一名。").format(name=text)
                self.errors.show_text("mentee", message)
            elif text:
                message = self.tr("名单中没有“{name}”。请从名单中选择，或先在“学生”页添加这名学生。").format(name=text)
                self.errors.show_text("mentee", message)
            else:
                self.errors.show(ValidationError("required", "mentee"))
            return False
        signature: bytes | None = None
        if self.signature.pad.is_modified():
            signature = self.signature.pad.to_png() or b""  # b"": the teacher cleared it
        try:
            before = self._loaded
            view = self._services.pledges.set(
                self._year,
                mentee,
                difficulty_detail=self.detail_edit.toPlainText(),
                measures=self.measures_edit.toPlainText(),
                commitments=self.commitments_edit.toPlainText(),
                signed_on=_pydate(self.date_edit.date()) if self.signed_check.isChecked() else "",
                signature_png=signature,
                expected=before,  # not over a change made meanwhile with `jilu pledge set`
            )
        except DomainError as error:
            if error.code == "pledge_changed_elsewhere":
                self.errors.show_text(GENERAL, changed_while_editing())
            elif not self.errors.show(error):
                self.errors.show_text(GENERAL, error.message(self._lang()))
            return False
        except StorageEnvironmentError as error:
            self.errors.show_text(GENERAL, error.message(self._lang()))
            return False
        previous = before
        if view.pledge != previous:
            self._push(SavePledge(self._stack, self._services, previous, view.pledge, self._report))
        self._set_dirty(False)
        self.refresh()
        self._tell(self.tr("已保存{year}学年志愿书。").format(year=self._year))
        return True

    def _reveal_error(self, field: str) -> None:
        """Scroll the form so that a message just shown (and its field) can be seen: the form is taller than
        the page, and a refusal told out of sight would look as if saving did nothing."""
        label = self.errors.label(field)
        if not self.paper.isAncestorOf(label):
            return
        layout = self.paper.layout()
        if layout is not None:
            layout.activate()  # the label has only just been shown: give it its place now
        holder = label.parentWidget()
        if holder is not None and holder is not self.paper:
            self.scroll_area.ensureWidgetVisible(holder)  # the field with its message under it
        self.scroll_area.ensureWidgetVisible(label)

    # --- switching school year ---
    def _year_chosen(self, index: int) -> None:
        year = self.year_combo.itemData(index)
        if not isinstance(year, int) or year == self._year:
            return
        if not self._dirty:
            self.load_year(year)
            return
        self._select_year_item(self._year)  # stay until the teacher has decided
        self.maybe_leave(lambda: self.load_year(year))

    def _select_year_item(self, year: int) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self.year_combo.blockSignals(False)

    def maybe_leave(self, proceed: Callable[[], None]) -> None:
        """Run `proceed` now if nothing is unsaved; otherwise ask: save, discard or stay."""
        if not self._dirty:
            proceed()
            return
        ask_before_leaving(
            self,
            self.tr("志愿书还没有保存"),
            self.tr("{year}学年的志愿书有未保存的修改。要先保存吗？").format(year=self._year),
            save=self.save,
            discard=lambda: self._set_dirty(False),
            proceed=proceed,
            stay=lambda: self._select_year_item(self._year),
        )

    def _push(self, command: QUndoCommand) -> None:
        self.notice.push(command)

    # --- a new student as the mentee ---
    def add_mentee(self) -> StudentDialog:
        """Add a student who is not in the list yet, and choose them as the key mentee."""
        classes = [r.student.class_name for r in self._students.values()]
        today = self._services.clock.today()
        dialog = StudentDialog(self._submit_new_mentee, self._lang, today, None, classes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._student_dialog_closed)
        self.student_dialog = dialog
        dialog.open()
        return dialog

    def _student_dialog_closed(self) -> None:
        self.student_dialog = None

    def _submit_new_mentee(self, fields: dict[str, Any]) -> None:
        new_id = self._services.students.add(**fields)
        record = self._services.students.get(new_id)
        self._push(AddStudent(self._stack, self._services, record, self._report))
        self._load_students()
        self.mentee_combo.setCurrentIndex(self.mentee_combo.findData(new_id))
        self.mentee_combo.setFocus()

    # --- the profile ---
    def edit_profile(self) -> ProfileDialog:
        return open_profile_dialog(self, self._services, self._stack, self._lang, self._report, self._profile_saved)

    def _profile_saved(self, after: TeacherProfile, step: QUndoCommand | None) -> None:
        if step is not None:
            self._push(step)
        self._show_profile(after)
        self._tell(self.tr("已保存个人信息。"), undoable=step is not None)

    # --- notices and undo ---
    def _tell(self, text: str, undoable: bool = True) -> None:
        self.notice.tell(text, undoable)

    def _stack_moved(self, _index: int) -> None:
        stack_moved(self, self._stack, self.notice, self.refresh, self._report)

    def _report(self, error: Exception) -> None:
        report_failure(self, self.tr("无法完成操作"), error, self._lang())

    def pledge_shown(self) -> Pledge | None:
        """The stored pledge of the school year on show (None if there is none yet)."""
        view = self._services.pledges.get(self._year)
        return view.pledge if view is not None else None
