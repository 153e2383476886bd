"""A DomainError's message shown next to the field it names (error.field), in the teacher's language.

Any form can use it:

    self.errors = FieldErrors(self, lang=services.settings.language())
    form.addRow(self.tr("地点"), self.errors.wrap("place", self.place_edit))
    ...
    try:
        services.activities.add(...)
    except DomainError as error:
        self.errors.show(error)  # the message under the place box, the cursor moved there
        return

The services check everything and save nothing on an error, so a form only has to show what it is told.
An error for a field the form has not registered goes to the general label (set_general), or, when there
is none, show() returns False and the caller tells it another way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import DEFAULT_LANG, Lang

ERROR_COLOR = QColor("#b3261e")  # dark red: readable on white and on the usual grey dialog background
GENERAL = ""  # the key of the general label


def changed_while_editing() -> str:
    """Why an edit dialog did not save: what it was editing was changed elsewhere (with `jilu`) meanwhile."""
    return QCoreApplication.translate(
        "FieldErrors",
        "在您修改期间，这项内容已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这次没有保存。"
        "您写的内容还在这里：请复制需要的文字，取消后重新打开再修改。",
    )


@dataclass
class _Field:
    widget: QWidget | None
    label: QLabel
    description: str = ""  # the widget's own accessible description, put back when the error goes


def make_error_label(parent: QWidget | None = None) -> QLabel:
    """An empty, hidden label in the error colour; for callers that place the label themselves."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed: never read it as HTML
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)
    label.setAccessibleName(QCoreApplication.translate("FieldErrors", "错误提示"))
    label.hide()
    return label


class FieldErrors(QObject):
    """Which widget shows which field's message; show() puts an error beside its field."""

    shown = Signal(str)  # the field whose message is now shown ("" for the general label)
    cleared = Signal()

    def __init__(self, parent: QWidget, lang: Lang | Callable[[], Lang] = DEFAULT_LANG) -> None:
        super().__init__(parent)
        self._lang = lang
        self._fields: dict[str, _Field] = {}

    @property
    def lang(self) -> Lang:
        return self._lang() if callable(self._lang) else self._lang

    def set_lang(self, lang: Lang | Callable[[], Lang]) -> None:
        self._lang = lang

    def wrap(self, field: str, widget: QWidget, aliases: Iterable[str] = ()) -> QWidget:
        """A container holding `widget` with its (hidden) error label under it, to put in a layout."""
        box = QWidget(widget.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = make_error_label(box)
        layout.addWidget(label)
        self.attach(field, widget, label, aliases)
        return box

    def attach(self, field: str, widget: QWidget | None, label: QLabel, aliases: Iterable[str] = ()) -> None:
        """Register a field whose label the caller has placed; `aliases` are other names for the same field."""
        entry = _Field(widget, label)
        for name in (field, *aliases):
            self._fields[name] = entry
        signal = _change_signal(widget) if widget is not None else None
        if signal is not None:
            # Typing in a field takes its message away: it was about what was there before.
            signal.connect(lambda *_: self._clear_entry(entry))

    def set_general(self, label: QLabel) -> None:
        """Where errors naming no registered field are shown (for instance above the buttons)."""
        self._fields[GENERAL] = _Field(None, label)

    def show(self, error: DomainError) -> bool:
        """Show the error beside its field (or in the general label) and move the cursor there."""
        text = error.message(self.lang)
        key = error.field if error.field in self._fields else GENERAL
        if key not in self._fields:
            return False
        self.show_text(key, text)
        return True

    def show_text(self, field: str, text: str) -> None:
        """Show `text` as the message of `field` (a registered name, or GENERAL)."""
        entry = self._fields[field]
        if entry.widget is not None and entry.label.isHidden():
            entry.description = entry.widget.accessibleDescription()
        entry.label.setText(text)
        entry.label.show()
        if entry.widget is not None:
            # Screen readers read the message with the field, not only as a label somewhere below it.
            entry.widget.setAccessibleDescription(text)
            entry.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.shown.emit(field)

    def message(self, field: str) -> str:
        """The message shown for `field` now, or "" when there is none."""
        entry = self._fields.get(field)
        if entry is None or entry.label.isHidden():
            return ""
        return entry.label.text()

    def label(self, field: str) -> QLabel:
        return self._fields[field].label

    def has_errors(self) -> bool:
        return any(not entry.label.isHidden() for entry in self._fields.values())

    def clear(self, field: str | None = None) -> None:
        """Take away the message of one field, or of every field."""
        entries = self._fields.values() if field is None else [self._fields[field]]
        for entry in entries:
            self._clear_entry(entry)

    def _clear_entry(self, entry: _Field) -> None:
        if entry.label.isHidden():
            return
        entry.label.clear()
        entry.label.hide()
        if entry.widget is not None:
            entry.widget.setAccessibleDescription(entry.description)
        self.cleared.emit()


def _change_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a widget gives when the teacher changes it; a compound widget may offer `edited`."""
    edited = getattr(widget, "edited", None)
    if isinstance(edited, SignalInstance):
        return edited
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None
