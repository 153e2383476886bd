"""Keyboard shortcuts that belong to one page, not to the whole window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def page_shortcut(
    keys: QKeySequence,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """A key for `parent` (and, by default, its children) only: another page may use the same key, and a
    hidden page's keys are never active."""
    found = QShortcut(keys, parent)
    found.setContext(context)
    found.activated.connect(slot)
    return found
