"""The last line of defence: an exception nobody caught is logged and told, and the app keeps running.

Records are written in short transactions (services.session_scope), so an error in a widget cannot leave
half a record behind; quitting would only lose what the teacher is typing. Hence: log, tell, carry on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from jilu_desktop.ui import messages

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter(QObject):
    """Holds sys.excepthook while installed; shows at most one error box at a time."""

    # Carries the summary from whatever thread raised to the GUI thread (queued across threads).
    _report = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._previous: ExceptHook | None = None
        self._box: QMessageBox | None = None
        self.suppressed = 0
        self._report.connect(self._show)

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.excepthook:
            sys.excepthook = self._previous
        self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C in a terminal still stops the program as usual.
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        summary = f"{exc_type.__name__}: {exc}"
        app = QCoreApplication.instance()
        if not isinstance(app, QApplication):
            # No window can be shown yet (start-up) or at all; the log and stderr have it.
            sys.__excepthook__(exc_type, exc, tb)
            return
        if QThread.currentThread() == app.thread():
            self._show(summary)
        else:
            self._report.emit(summary)

    def _show(self, summary: str) -> None:
        if self._box is not None and self._box.isVisible():
            self.suppressed += 1  # one box is enough; every error is in the log
            return
        # When the data folder cannot be written, logging fell back to stderr and there is no file to name.
        has_file = self._log_file is not None and self._log_file.exists()
        where = str(self._log_file) if has_file else self.tr("（日志文件不可用）")
        text = self.tr(
            "程序出现了一个意外错误，刚才的操作可能没有完成。\n"
            "已保存的记录不受影响，您可以继续使用；如果问题反复出现，请把日志文件交给学校信息老师。\n\n"
            "错误：{summary}\n日志文件：{log}"
        ).format(summary=summary, log=where)
        self._box = messages.show_message(
            QApplication.activeWindow(), self.tr("意外错误"), text, QMessageBox.Icon.Warning
        )
        if self._box is not None:
            self._box.destroyed.connect(self._forget_box)

    def _forget_box(self) -> None:
        self._box = None

    @property
    def box(self) -> QMessageBox | None:
        return self._box
