"""Settings: each school year's targets and exempt months, the month the teacher began taking part (参加起始
月份, automatic unless stated), and the program's language, font size and reminders.

Everything on the page is saved together by one Save (services.settings.save checks it all first), so a bad
value leaves nothing half-saved; its message appears beside its field. Save writes only what the teacher changed,
and only if it was not changed meanwhile elsewhere (with `jilu`) since the page showed it: then nothing is saved
and she is told beside that field. What she did not change stays as stored, even if `jilu` changed it meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.calendar import Month, school_year_months, school_year_of
from jilu_desktop.domain.errors import ConflictError, DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.participation import Participation, StartSource
from jilu_desktop.domain.pledge import check_school_year
from jilu_desktop.domain.preferences import FONT_SIZE_MAX, FONT_SIZE_MIN
from jilu_desktop.domain.targets import TARGET_LIMIT, YearTargets
from jilu_desktop.domain.validation import CAMPAIGN_START
from jilu_desktop.services import AppServices
from jilu_desktop.services.settings import Preferences, StoredSettings
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.field_errors import GENERAL, FieldErrors, make_error_label
from jilu_desktop.ui.i18n import ui_locale
from jilu_desktop.ui.labels import month_name, school_year_name
from jilu_desktop.ui.pages.leaving import ask_before_leaving
from jilu_desktop.ui.preferences import apply_font_size

# Shown in their own language, whatever the interface language is, so that each can be found.
LANGUAGE_NAMES: tuple[tuple[Lang, str], ...] = (("zh", "中文"), ("en", "English"))


class SettingsPage(QWidget):
    saved = Signal()  # after a successful save: reminders and other pages may want to look again
    language_changed = Signal(str)  # the new language; it takes effect at the next start

    def __init__(self, services: AppServices, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self._shown_year: int | None = None
        self._loaded: tuple[object, ...] = ()
        self._derived: Participation | None = None  # the automatic participation start, as last read
        # What the page was filled from, as stored: what Save expects to find still stored (services.settings).
        self._stored_targets = YearTargets()
        self._stored_prefs = Preferences()
        self._stored_start: Month | None = None
        self.errors = FieldErrors(self, lang=services.settings.language)

        # Per school year ---------------------------------------------------------------------------
        self.year_heading = self._heading(self.tr("每学年的目标"))
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("学年"))
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.talks_spin = self._target_spin(self.tr("谈心/家访每月目标"))
        self.tutoring_spin = self._target_spin(self.tr("补课辅导每月目标"))
        self.month_checks: dict[int, QCheckBox] = {}
        months = QWidget(self)
        grid = QGridLayout(months)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        locale = ui_locale(services.settings.language())
        for i, month in enumerate(school_year_months(2000)):  # September … August: autumn term, spring term
            # Month names come from the locale of the interface language (“9月”, “Sep”), not a translation.
            check = QCheckBox(locale.monthName(month.month, QLocale.FormatType.ShortFormat), months)
            check.setAccessibleName(self.tr("{month}月免计").format(month=month.month))
            self.month_checks[month.month] = check
            grid.addWidget(check, i // 6, i % 6)
        grid.setColumnStretch(6, 1)
        self.exempt_note = QLabel(self.tr("免计月份（如寒暑假）不要求达到目标，也不算未达标。"), self)
        self.exempt_note.setWordWrap(True)

        year_form = self._form()
        self.talks_unit, self.tutoring_unit = self._unit_label(self.talks_spin), self._unit_label(self.tutoring_spin)
        year_form.addRow(self.tr("学年："), self._field("school_year", self.year_combo, clear_on_change=False))
        year_form.addRow(self.tr("谈心/家访："), self._field("talks_visits", self.talks_spin, self.talks_unit))
        year_form.addRow(self.tr("补课辅导："), self._field("tutoring", self.tutoring_spin, self.tutoring_unit))
        year_form.addRow(self.tr("免计月份："), self._field("exempt_months", months))
        for check in self.month_checks.values():
            check.toggled.connect(self._exempt_months_edited)
        year_form.addRow("", self.exempt_note)

        # Taking part -------------------------------------------------------------------------------
        self.joined_heading = self._heading(self.tr("参加情况"))
        self.joined_auto = QCheckBox(self.tr("自动（第一条记录或志愿书的月份）"), self)
        self.joined_auto.toggled.connect(self._joined_auto_toggled)
        self.joined_edit = QDateEdit(self)
        self.joined_edit.setDisplayFormat("yyyy-MM")
        self.joined_edit.setCalendarPopup(True)
        self.joined_edit.setAccessibleName(self.tr("参加起始月份"))
        self.joined_note = QLabel(self)
        self.joined_note.setWordWrap(True)
        joined_form = self._form()
        joined_form.addRow(
            self.tr("参加起始月份："), self._field("participation_start", self.joined_edit, self.joined_auto)
        )
        self.joined_auto.toggled.connect(lambda _on: self.errors.clear("participation_start"))
        joined_form.addRow("", self.joined_note)

        # The program -------------------------------------------------------------------------------
        self.app_heading = self._heading(self.tr("程序设置"))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("界面语言"))
        for lang, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, lang)
        self.font_spin = QSpinBox(self)
        self.font_spin.setRange(FONT_SIZE_MIN, FONT_SIZE_MAX)
        self.font_spin.setAccessibleName(self.tr("界面字号"))
        self.reminders_check = QCheckBox(self.tr("本月进度落后时提醒我"), self)
        app_form = self._form()
        app_form.addRow(self.tr("界面语言："), self._field("language", self.language_combo))
        app_form.addRow(self.tr("界面字号："), self._field("font_size", self.font_spin, QLabel(self.tr("磅"), self)))
        app_form.addRow(self.tr("提醒："), self._field("reminders", self.reminders_check))

        # Buttons and what happened -----------------------------------------------------------------
        self.save_button = QPushButton(self.tr("保存设置"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("还原"), self)
        self.revert_button.setToolTip(self.tr("放弃未保存的修改"))
        self.revert_button.clicked.connect(self.revert)
        self.status_label = QLabel(self)
        self.leave_box: QMessageBox | None = None  # the open question when leaving with unsaved changes
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("保存结果"))
        self.general_error = QLabel(self)
        self.errors.set_general(self.general_error)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(14)
        column.addWidget(self.year_heading)
        column.addLayout(year_form)
        column.addSpacing(8)
        column.addWidget(self.joined_heading)
        column.addLayout(joined_form)
        column.addSpacing(8)
        column.addWidget(self.app_heading)
        column.addLayout(app_form)
        column.addWidget(self.general_error)
        column.addLayout(buttons)
        column.addWidget(self.status_label)
        column.addStretch(1)
        # A large font or a long translation may not fit the window: scroll rather than squeeze.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setContentsMargins(12, 0, 0, 0)
        return form

    def _target_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, TARGET_LIMIT)
        spin.setAccessibleName(name)
        return spin

    def _unit_label(self, spin: QSpinBox) -> QLabel:
        """“人次/月” beside a target, in the plural its number needs (“1 person-time a month”, “6 person-times…”)."""
        label = QLabel(self)

        def show(n: int) -> None:
            # The whole phrase is translated with its count (English needs it for the plural); the count itself
            # is the spin box's, so the label shows the words after it.
            label.setText(self.tr("%n 人次/月", "", n).replace(str(n), "", 1).strip())

        spin.valueChanged.connect(show)
        show(spin.value())
        return label

    def _field(self, name: str, control: QWidget, *beside: QWidget, clear_on_change: bool = True) -> QWidget:
        """The control at its natural width (with a unit beside it), and its error message under it."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(control)
        for widget in beside:
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        label = make_error_label(box)
        column.addWidget(label)
        # Changing the control takes its message away: the message was about the value before.
        self.errors.attach(name, control if clear_on_change else None, label)
        return box

    def _exempt_months_edited(self, _checked: bool) -> None:
        self.errors.clear("exempt_months")

    def _joined_auto_toggled(self, automatic: bool) -> None:
        self.joined_edit.setEnabled(not automatic)
        if automatic and self._derived is not None:
            self.joined_edit.setDate(QDate(self._derived.start.year, self._derived.start.month, 1))

    # Showing ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the stored settings again; what the teacher has changed but not saved yet is kept."""
        if self._loaded and self.has_unsaved_changes():
            return
        self.revert()

    def revert(self) -> None:
        """Show the stored settings, dropping unsaved changes (the 还原 button)."""
        today = self._services.clock.today()
        current = school_year_of(today)
        shown = self._shown_year if self._shown_year is not None else current
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        # Newest first: the years a pledge may be made for, from the campaign's first to next year's.
        for year in range(check_school_year(current + 1, today), CAMPAIGN_START.year - 1, -1):
            self.year_combo.addItem(school_year_name(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(shown)))
        self.year_combo.blockSignals(False)
        self._show_year(self.selected_year())
        prefs = self._stored_prefs = self._services.settings.preferences()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self.font_spin.setValue(prefs.font_size if prefs.font_size is not None else self._current_font_size())
        self.reminders_check.setChecked(prefs.reminders)
        self._show_participation(self._services.settings.participation())
        self.errors.clear()
        self._loaded = self._values()

    def _show_year(self, year: int) -> None:
        targets = self._stored_targets = self._services.settings.targets(year)
        self._shown_year = year
        self.talks_spin.setValue(targets.talks_visits)
        self.tutoring_spin.setValue(targets.tutoring)
        for month, check in self.month_checks.items():
            check.setChecked(month in targets.exempt_months)

    def _show_participation(self, joined: Participation) -> None:
        today = self._services.clock.today()
        # Up to this month, from the campaign's first: the service checks the same, this only helps.
        self.joined_edit.setDateRange(
            QDate(CAMPAIGN_START.year, CAMPAIGN_START.month, 1), QDate(today.year, today.month, 1)
        )
        self._derived = self._services.settings.automatic_participation()
        self._stored_start = None if joined.automatic else joined.start
        self.joined_auto.blockSignals(True)
        self.joined_auto.setChecked(joined.automatic)
        self.joined_auto.blockSignals(False)
        self.joined_edit.setEnabled(not joined.automatic)
        self.joined_edit.setDate(QDate(joined.start.year, joined.start.month, 1))
        self.joined_note.setText(self._joined_note(joined))

    def _joined_note(self, joined: Participation) -> str:
        before = self.tr("此前的月份为“未参加”，不计达标或未达标。")
        month = month_name(joined.start)
        if joined.source is StartSource.ACTIVITY:
            return before + self.tr("自动：{month}，第一条活动记录的月份。").format(month=month)
        if joined.source is StartSource.PLEDGE:
            return before + self.tr("自动：{month}，志愿书的月份。").format(month=month)
        if joined.source is StartSource.NONE:
            return before + self.tr("自动：还没有记录和志愿书，从本月（{month}）算起。").format(month=month)
        automatic = month_name(self._derived.start) if self._derived is not None else ""
        return before + self.tr("已设定为 {month}（自动将是 {automatic}）。").format(month=month, automatic=automatic)

    def participation_start(self) -> Month | None:
        """What the page shows: the stated month, or None for automatic (saved or not)."""
        if self.joined_auto.isChecked():
            return None
        date = self.joined_edit.date()
        return Month(date.year(), date.month())

    def selected_year(self) -> int:
        return int(self.year_combo.currentData())

    def _current_font_size(self) -> int:
        size = QApplication.font().pointSizeF()
        return min(max(round(size) if size > 0 else FONT_SIZE_MIN, FONT_SIZE_MIN), FONT_SIZE_MAX)

    def _year_values(self) -> tuple[int, int, frozenset[int]]:
        exempt = frozenset(m for m, check in self.month_checks.items() if check.isChecked())
        return self.talks_spin.value(), self.tutoring_spin.value(), exempt

    def _values(self) -> tuple[object, ...]:
        return (self._shown_year, *self._year_values(), *astuple(self._preferences()), self.participation_start())

    def _preferences(self) -> Preferences:
        return Preferences(
            language=self.language_combo.currentData(),
            font_size=self.font_spin.value(),
            reminders=self.reminders_check.isChecked(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._values() != self._loaded

    def maybe_leave(self, proceed: Callable[[], None]) -> None:
        """Run `proceed` now if nothing is unsaved; otherwise ask: save, discard or stay (another page, an import,
        closing the window: targets typed and never saved would otherwise be lost without a word)."""
        if not self.has_unsaved_changes():
            proceed()
            return
        ask_before_leaving(
            self,
            self.tr("设置还没有保存"),
            self.tr("设置页上有未保存的修改。要先保存吗？"),
            save=self.save,
            discard=self.revert,
            proceed=proceed,
            stay=lambda: None,
        )

    def _year_chosen(self) -> None:
        year = self.selected_year()
        if year == self._shown_year:
            return
        loaded_year = self._loaded[1:4] if self._loaded else ()
        if self._shown_year is not None and self._year_values() != loaded_year:
            # Another year's values would replace what was typed: keep the year until it is saved or undone.
            previous = self._shown_year
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(previous))
            self.year_combo.blockSignals(False)
            self.errors.show_text(
                "school_year",
                self.tr("{year}学年的修改还没有保存：请先保存或还原，再换学年。").format(year=previous),
            )
            return
        self.errors.clear("school_year")
        self._show_year(year)
        self._loaded = (self._shown_year, *self._year_values(), *self._loaded[4:])

    # Saving ----------------------------------------------------------------------------------------

    def _stored(self) -> StoredSettings:
        """The settings as stored when the page showed them."""
        assert self._shown_year is not None
        return StoredSettings(self._shown_year, self._stored_targets, self._stored_prefs, self._stored_start)

    def _wanted(self) -> StoredSettings:
        """What Save asks for: each value as the page shows it where the teacher changed it, as stored where she
        did not (the font size she never chose stays unchosen, a change made with `jilu` meanwhile stays)."""
        stored, targets, prefs = self._stored(), self._stored_targets, self._stored_prefs
        talks, tutoring, exempt = self._year_values()
        shown = self._preferences()
        start = self.participation_start()
        _year, was_talks, was_tutoring, was_exempt, was_language, was_font, was_reminders, was_start = self._loaded
        return StoredSettings(
            stored.school_year,
            YearTargets(
                talks if talks != was_talks else targets.talks_visits,
                tutoring if tutoring != was_tutoring else targets.tutoring,
                exempt if exempt != was_exempt else targets.exempt_months,
            ),
            Preferences(
                language=shown.language if shown.language != was_language else prefs.language,
                font_size=shown.font_size if shown.font_size != was_font else prefs.font_size,
                reminders=shown.reminders if shown.reminders != was_reminders else prefs.reminders,
            ),
            start if start != was_start else stored.participation_start,
        )

    def save(self) -> bool:
        """Save what the teacher changed on the page; on a bad value, or a value changed meanwhile elsewhere,
        say so beside it and save nothing."""
        self.errors.clear()
        self.status_label.clear()
        year = self.selected_year()
        expected = self._stored()
        wanted = self._wanted()
        try:
            targets, prefs = self._services.settings.save(
                year,
                wanted.targets.talks_visits,
                wanted.targets.tutoring,
                sorted(wanted.targets.exempt_months),
                wanted.preferences,
                wanted.participation_start,
                expected=expected,  # not over a change made meanwhile with `jilu settings …`
            )
        except ConflictError as error:
            self.errors.show(error)
            self.status_label.setText(self.tr("没有保存：您修改的设置在此期间已在别处被修改，见标出的内容。"))
            return False
        except DomainError as error:
            self.errors.show(error)
            self.status_label.setText(self.tr("没有保存，请先改正标出的内容。"))
            return False
        except StorageEnvironmentError as error:  # a read-only USB stick, a full disk…: nothing was saved
            self.errors.show_text(GENERAL, error.message(self.errors.lang))
            return False
        apply_font_size(prefs.font_size)
        self.revert()  # the settings as stored now, with what was changed meanwhile elsewhere and not by her
        message = self.tr("已保存。{year}学年：谈心/家访每月 {talks} 人次，补课辅导每月 {tutoring} 人次。").format(
            year=year, talks=targets.talks_visits, tutoring=targets.tutoring
        )
        if prefs.language != expected.preferences.language:
            message += "\n" + self.tr("界面语言将在下次启动记录本时改为“{language}”。").format(
                language=dict(LANGUAGE_NAMES)[prefs.language]
            )
            self.language_changed.emit(prefs.language)
        self.status_label.setText(message)
        self.saved.emit()
        return True

    def year_targets(self) -> YearTargets:
        """What the page shows for the selected year (saved or not)."""
        talks, tutoring, exempt = self._year_values()
        return YearTargets(talks, tutoring, exempt)
