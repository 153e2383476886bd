"""Reminders: at start-up and once a day while the window is open, say so when the month is behind pace.

Where the desktop has a system tray the notice is a tray message; elsewhere (and on the school PCs whose
desktops have none) it is a banner at the top of the window. Whether a month is behind pace is decided by
domain.pace; only the wording is here.

    banner = ReminderBanner(window)            # the window places it above its pages
    reminders = Reminders(services, banner, parent=window)
    reminders.start()                          # checks now, then every hour for a new day
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.pace import MonthPace, Target, month_pace
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui.labels import TrContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

# The banner is made with the window, before its first paint; the tray and the style's icons (QStyle's
# enums alone cost milliseconds) are imported only when a reminder is given.

log = logging.getLogger(__name__)

# How often to look whether the day has changed; a reminder is given at most once a day.
CHECK_INTERVAL_MS = 60 * 60 * 1000
TRAY_MESSAGE_MS = 15_000
BANNER_COLOR = QColor("#fff4d6")  # pale amber: noticeable, not alarming


class ReminderText(TrContext):
    """The context of the reminder's sentences with a count (“%n”), whose noun English puts in the plural."""


def reminder_text(pace: MonthPace) -> str:
    """“本月还差 2 人次谈心/家访、3 人次辅导，还剩 9 天” (“…; 9 days left”, “…; 1 day left”)."""
    separator = QCoreApplication.translate("Reminders", "、")
    needs = separator.join(
        ReminderText.tr("%n 人次谈心/家访", "", t.missing)
        if t.target is Target.TALKS_VISITS
        else ReminderText.tr("%n 人次辅导", "", t.missing)
        for t in pace.shortfalls
    )
    return ReminderText.tr("本月还差 {needs}，还剩 %n 天", "", pace.days_left).format(needs=needs)


class ReminderBanner(QFrame):
    """A strip for the top of the main window: the reminder and a button to put it away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BANNER_COLOR)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#3e2c00"))
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("进度提醒"))
        self.close_button = QPushButton(self.tr("知道了"), self)
        self.close_button.setAccessibleName(self.tr("关闭进度提醒"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


class Tray(Protocol):
    def showMessage(self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int) -> None: ...


class Reminders(QObject):
    """Looks at this month's progress at start() and once a day after; tells the teacher when behind."""

    reminded = Signal(str)  # the text of a reminder just given (tray or banner)

    def __init__(
        self,
        services: AppServices,
        banner: ReminderBanner,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
        today: Callable[[], dt.date] | None = None,
        tray: Tray | None = None,
        tray_available: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._banner = banner
        self._today = today or services.clock.today
        self._tray = tray
        self._tray_available = tray_available or _system_tray_available
        self._last_day: dt.date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> str | None:
        """Check at once, then keep checking for a new day; returns the reminder given now, if any."""
        self.timer.start()
        return self.check()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        if self._today() != self._last_day:
            self.check()

    def check(self) -> str | None:
        """Give today's reminder if the month is behind pace and reminders are on; returns its text."""
        today = self._today()
        self._last_day = today
        try:
            if not self._services.settings.reminders_enabled():
                self._banner.hide()
                return None
            pace = month_pace(self._services.progress.month(Month.of(today)), today)
        except StorageEnvironmentError:
            # A reminder is not worth an error box; the next check (or the pages) will tell.
            log.warning("could not read this month's progress for the reminder", exc_info=True)
            return None
        if pace is None or not pace.behind:
            self._banner.hide()
            return None
        text = reminder_text(pace)
        self._tell(text)
        self.reminded.emit(text)
        return text

    def update(self) -> None:
        """After the records changed (in the window, with `jilu`, by an import): a reminder on show is brought up to
        date, or hidden once the month is on pace again. Nothing is told that was not on show already (a new
        reminder is check()'s, once a day), so logging a record never pops up a message."""
        if self._banner.isHidden():
            return
        try:
            on = self._services.settings.reminders_enabled()
            pace = month_pace(self._services.progress.month(Month.of(self._today())), self._today()) if on else None
        except StorageEnvironmentError:
            log.warning("could not read this month's progress to update the reminder", exc_info=True)
            return
        if pace is None or not pace.behind:
            self._banner.hide()
        else:
            self._banner.label.setText(reminder_text(pace))

    def _tell(self, text: str) -> None:
        title = self.tr("“168”爱生行动进度提醒")
        if self._tray_available():
            self._banner.label.setText(text)  # shown if the teacher clicks the tray message
            from PySide6.QtWidgets import QSystemTrayIcon

            tray = self._tray or self._make_tray()
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
            return
        self._banner.show_message(text)

    def _make_tray(self) -> QSystemTrayIcon:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

        icon = QApplication.windowIcon()
        if icon.isNull():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation) if style else QIcon()
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(self.tr("“168”爱生行动记录本"))
        # A message from the tray leads back to the window, where the banner says it again.
        tray.messageClicked.connect(self._banner.show)
        tray.show()
        self._tray = tray
        return tray


def _system_tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()
