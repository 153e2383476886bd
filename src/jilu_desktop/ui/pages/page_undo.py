"""What a page with an undo notice does when the window's undo stack moves, and how it tells the teacher that a
step failed: the students page and the pledge page alike, and the overview's profile step (report_failure).

The box's title is translated by the page (each page has it in its own translation context), so it is passed in.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.widgets.undo_notice import UndoNotice


def stack_moved(
    page: QWidget,
    stack: QUndoStack,
    notice: UndoNotice,
    refresh: Callable[[], None],
    report: Callable[[Exception], None],
) -> None:
    """The stack moved (a step done, undone or redone, on any page): the page's notice goes stale once its step
    is no longer on top, and the page shows the book as it now is; a book that cannot be read is reported."""
    if not shiboken6.isValid(stack) or not shiboken6.isValid(page):
        return  # the stack is being destroyed (it clears itself on the way), or the page is
    notice.stack_moved()
    try:
        refresh()
    except StorageEnvironmentError as error:
        report(error)


def report_failure(page: QWidget, title: str, error: Exception, lang: Lang) -> None:
    """A warning box over `page`: the error in the teacher's words (`lang`) when it has them, else as it is."""
    text = error.message(lang) if isinstance(error, DomainError | StorageEnvironmentError) else str(error)
    messages.show_message(page, title, text, QMessageBox.Icon.Warning)
