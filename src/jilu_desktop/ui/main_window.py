"""The main window: a shell holding the menu, the status bar and the current page. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from jilu_desktop import __version__
from jilu_desktop.domain.messages import DEFAULT_LANG
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.pages.overview import OverviewPage


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._data_dir = data_dir
        self.setWindowTitle(self.tr("“168”爱生行动记录本"))
        self.setMinimumSize(640, 480)
        self.resize(960, 640)

        self.overview = OverviewPage(services.profile, services.progress, self)
        self.setCentralWidget(self.overview)
        self._build_menus()
        self.today_label = QLabel(self)
        self.today_label.setAccessibleName(self.tr("今天的日期"))
        self.statusBar().addPermanentWidget(self.today_label)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.quit_action = QAction(self.tr("退出(&X)"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.about_action = QAction(self.tr("关于(&A)"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def refresh(self) -> None:
        """Show the records as they are now; a storage problem is told, and the window stays usable."""
        today = self._services.clock.today()
        self.today_label.setText(self.tr("今天：{date}").format(date=_long_date(today)))
        try:
            self.overview.refresh()
        except StorageEnvironmentError as error:
            messages.show_message(self, self.tr("无法读取记录"), error.message(DEFAULT_LANG), QMessageBox.Icon.Warning)

    def show_about(self) -> QMessageBox | None:
        text = self.tr(
            "“168”爱生行动记录本  版本 {version}\n\n"
            "为参加“168”爱生行动的老师记录谈心、家访、补课辅导等帮扶活动。"
            "完全离线使用，所有记录只保存在本机（或U盘）上。\n\n"
            "数据文件夹：{data_dir}\n\n"
            "本程序按 GPL-3.0 或更新版本许可发布；内置字体“文泉驿微米黑”按 Apache-2.0 许可发布。"
        ).format(version=__version__, data_dir=self._data_dir if self._data_dir else self.tr("（未知）"))
        return messages.show_message(self, self.tr("关于记录本"), text)


def _long_date(day: dt.date) -> str:
    # The interface is Chinese, so the date is too, whatever the machine's locale says.
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return locale.toString(QDate(day.year, day.month, day.day), "yyyy年M月d日 dddd")
