"""The main window: a shell holding the pages, the menus, the status bar and the undo stack. Nothing else.

A page is a QWidget made as Page(services, undo_stack, parent) with a refresh() method that reads what it
shows through the services; it is added by one line in __init__ (add_page). The shell refreshes the page
on screen after every change on the undo stack, and any other page when it is next shown. A page whose
changes do not go through the undo stack may offer a `changed` signal; the shell listens to it too.

Changes made meanwhile with the `jilu` command are shown too: the shell asks the services whether the book was
changed elsewhere (a few microseconds) when the window is activated and every few seconds while it is shown
(start_watching, after the first paint), and refreshes then, as after its own changes; 查看 → 刷新 (F5) reads
everything again. A page keeps what the teacher has typed but not saved, and an open dialog is never touched:
the refresh waits until it is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QDate, QEvent, QSettings, QSignalBlocker, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QColor, QHideEvent, QKeySequence, QPalette, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop import __version__
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import DEFAULT_LANG, Lang
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.i18n import ui_locale
from jilu_desktop.ui.pages.overview import OverviewPage
from jilu_desktop.ui.pages.target_row import scaled_font
from jilu_desktop.ui.tasks import Task, TaskRunner
from jilu_desktop.ui.undo import UndoStack

# Size, position, page and the export folder: the window's, not the records', so not in the database.
WINDOW_STATE_FILE = "window.ini"
PageFactory = Callable[[AppServices, QUndoStack, QWidget | None], QWidget]
READ_ONLY_COLOR = QColor("#e3eefb")  # pale blue: a state to know about, not a warning
WATCH_INTERVAL_MS = 3000  # how often a shown window asks whether the book was changed with `jilu`

if TYPE_CHECKING:
    from jilu_desktop.services.archive import ImportResult
    from jilu_desktop.ui.archive_actions import ArchiveActions
    from jilu_desktop.ui.demo_banner import DemoBanner
    from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog
    from jilu_desktop.ui.pages.records import RecordsPage
    from jilu_desktop.ui.reminders import ReminderBanner, Reminders


# Each page is imported when it is first shown: none of them is needed for the first paint.
def records_page(services: AppServices, undo_stack: QUndoStack, parent: QWidget | None) -> RecordsPage:
    from jilu_desktop.ui.pages.records import RecordsPage

    return RecordsPage(services, undo_stack, parent)


def calendar_page(services: AppServices, undo_stack: QUndoStack, parent: QWidget | None) -> QWidget:
    from jilu_desktop.ui.pages.calendar import CalendarPage

    return CalendarPage(services, undo_stack, parent)


def students_page(services: AppServices, undo_stack: QUndoStack, parent: QWidget | None) -> QWidget:
    from jilu_desktop.ui.pages.students import StudentsPage

    return StudentsPage(services, undo_stack, parent)


def pledge_page(services: AppServices, undo_stack: QUndoStack, parent: QWidget | None) -> QWidget:
    from jilu_desktop.ui.pages.pledge import PledgePage

    return PledgePage(services, undo_stack, parent)


def settings_page(services: AppServices, undo_stack: QUndoStack, parent: QWidget | None) -> QWidget:
    from jilu_desktop.ui.pages.settings import SettingsPage

    return SettingsPage(services, undo_stack, parent)


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._data_dir = data_dir
        self._stale: set[QWidget] = set()
        self._factories: dict[int, PageFactory] = {}
        self._closing = False
        self.help_window: QDialog | None = None
        self.undo_failure_box: QMessageBox | None = None  # the last “无法撤销或重做” told (for tests)
        # Changes made with `jilu` while the window is open: watched from before the window first reads the book.
        services.changed_elsewhere()
        self._refresh_pending = False  # a change made elsewhere, to show once no dialog is open
        self.watch_timer = QTimer(self)  # started by start_watching(), after the first paint
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self._watch_tick)
        self._watching = False
        self.setWindowTitle(self.tr("“168”爱生行动记录本"))
        self.setMinimumSize(760, 520)
        self.resize(1000, 680)

        self.undo_stack = UndoStack(self, lang=self._lang)
        self.undo_stack.failed.connect(self._undo_failed)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self._stack_index = 0
        self._clearing_stack = False  # the stack emptied under a replaced book: no “已撤销” to tell
        self._archive: ArchiveActions | None = None  # 导出数据包 / 导入数据包, made when first used
        self.tasks = TaskRunner(self)
        self.tasks.started.connect(self._task_started)
        self.tasks.busy_changed.connect(self._busy_changed)

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("页面"))
        self.nav.setFont(scaled_font(self.font(), 1.1))
        self.nav.setSpacing(3)
        self.nav.setFixedWidth(120)  # widened by add_page to the longest title
        self.pages = QStackedWidget(self)
        self._reminder_banner: ReminderBanner | None = None  # made when first needed, above the pages
        self.reminders: Reminders | None = None  # started by start_reminders(), not by tests of the window
        right = self._right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        # A book that cannot be written (a write-protected USB stick): said once, at the top, for as long as it is open.
        self.demo_banner: DemoBanner | None = None  # made when the book holds the example data (check_demo)
        self.demo_question: QMessageBox | None = None  # the open “clear the example data?” (for tests)
        self.read_only_banner: QLabel | None = self._make_read_only_banner() if services.read_only else None
        if self.read_only_banner is not None:
            right.addWidget(self.read_only_banner)
        right.addWidget(self.pages, 1)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.view_menu_actions: list[QAction] = []

        self._build_menus()
        # The pages, in the order of the list on the left. One line each. The first is made at once, the
        # others when first shown (so a factory that imports its page keeps the import off the start-up).
        self.overview = cast(OverviewPage, self.page(self.add_page(self.tr("概览"), OverviewPage)))
        self._records = self.add_page(self.tr("活动记录"), records_page)
        self._calendar = self.add_page(self.tr("日历"), calendar_page)
        self._students = self.add_page(self.tr("学生"), students_page)
        self._pledge = self.add_page(self.tr("志愿书"), pledge_page)
        self._settings = self.add_page(self.tr("设置"), settings_page)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.view_menu.addSeparator()
        self.reload_action = self._action(self.tr("刷新(&R)"), "F5", self.reload)
        self.reload_action.setToolTip(self.tr("重新读取记录本，显示在别处（例如命令行中）所做的修改"))
        self.view_menu.addAction(self.reload_action)

        self.today_label = QLabel(self)
        self.today_label.setAccessibleName(self.tr("今天的日期"))
        self.task_label = QLabel(self)
        self.task_bar = QProgressBar(self)
        self.task_bar.setMaximumWidth(160)
        self.task_bar.setAccessibleName(self.tr("后台任务进度"))
        self.task_label.hide()
        self.task_bar.hide()
        self.statusBar().addPermanentWidget(self.task_label)
        self.statusBar().addPermanentWidget(self.task_bar)
        self.statusBar().addPermanentWidget(self.today_label)

        self._restore_window_state()
        self.refresh()

    # Pages

    def add_page(self, title: str, factory: PageFactory) -> int:
        """Put a page in the list on the left, with Ctrl+<its number> to go to it; returns its index.

        `factory` is the page's class, or a function taking the same arguments: (services, undo_stack,
        parent). The page is made when first shown, or when page(index) asks for it.
        """
        index = self.pages.count()
        if index == 0:
            self.pages.addWidget(self._make(factory))  # on screen at once
        else:
            self.pages.addWidget(QWidget(self.pages))  # a stand-in until the page is made
            self._factories[index] = factory
        self.nav.addItem(title)
        # As wide as the longest title (in whatever language), so that no title is cut or scrolls.
        self.nav.setFixedWidth(max(self.nav.width(), self.nav.fontMetrics().horizontalAdvance(title) + 40))
        action = QAction(title, self)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda _=False, i=index: self._go_by_key(i))
        self.view_menu.addAction(action)
        self.view_menu_actions.append(action)
        if index == 0:
            with QSignalBlocker(self.nav):
                self.nav.setCurrentRow(0)
        return index

    def page(self, index: int) -> QWidget:
        """The page at `index`, made now if it has not been yet."""
        factory = self._factories.pop(index, None)
        stand_in = self.pages.widget(index)
        assert stand_in is not None, index
        if factory is None:
            return stand_in
        page = self._make(factory)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self.pages.setCurrentIndex(current)
        return page

    def _make(self, factory: PageFactory) -> QWidget:
        page = factory(self._services, self.undo_stack, self.pages)
        # What a page may ask of the window, by the signals it offers.
        hooks: dict[str, Callable[..., Any]] = {
            "changed": self._data_changed,
            "saved": self._settings_saved,
            "show_records_requested": self.show_student_records,
            "open_activity_requested": self.open_record,
        }
        for name, slot in hooks.items():
            signal = getattr(page, name, None)
            if isinstance(signal, SignalInstance):
                signal.connect(slot)
        self._stale.add(page)
        return page

    @property
    def records(self) -> RecordsPage:
        return cast("RecordsPage", self.page(self._records))

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        leaving = self.pages.currentWidget()
        maybe_leave = getattr(leaving, "maybe_leave", None)
        if callable(maybe_leave) and row != self.pages.currentIndex():
            # A page with unsaved work (the pledge) asks first; the list stays on it until answered.
            with QSignalBlocker(self.nav):
                self.nav.setCurrentRow(self.pages.currentIndex())
            maybe_leave(lambda: self._go_to(row))
            return
        self._go_to(row)

    def _go_by_key(self, row: int) -> None:
        """Ctrl+1, Ctrl+2…: the page, with the keyboard in it (its first field, or where it was last), so that the
        teacher can go on typing; otherwise the keyboard stayed in the page left, now hidden, and went nowhere."""
        self.nav.setCurrentRow(row)
        if self.pages.currentIndex() == row:  # not held back by a page with unsaved work asking first
            focus_page(self.pages.widget(row))

    def _go_to(self, row: int) -> None:
        if self.nav.currentRow() != row:
            with QSignalBlocker(self.nav):
                self.nav.setCurrentRow(row)
        page = self.page(row)
        self.pages.setCurrentIndex(row)
        if page in self._stale:
            self._refresh_page(page)

    def refresh(self) -> None:
        """Show the records as they are now: the page on screen at once, the others when next shown."""
        today = self._services.clock.today()
        # In the interface's language, whatever the machine's locale says.
        date = ui_locale(self._lang()).toString(QDate(today.year, today.month, today.day), self.tr("yyyy年M月d日 dddd"))
        self.today_label.setText(self.tr("今天：{date}").format(date=date))
        made = [page for i in range(self.pages.count()) if i not in self._factories and (page := self.pages.widget(i))]
        self._stale.update(made)
        current = self.current_page()
        if current is not None and current in self._stale:
            self._refresh_page(current)
        if self.reminders is not None:
            self.reminders.update()  # a reminder on show follows the records (hidden once on pace again)
        if self.demo_banner is not None:
            self.check_demo()  # the example data cleared or added with `jilu`

    def _refresh_page(self, page: QWidget) -> None:
        self._stale.discard(page)
        try:
            page.refresh()  # type: ignore[attr-defined]
        except StorageEnvironmentError as error:
            messages.show_message(self, self.tr("无法读取记录"), error.message(self._lang()), QMessageBox.Icon.Warning)

    def _data_changed(self) -> None:
        self.refresh()

    # Changes made elsewhere (the `jilu` command)

    def start_watching(self) -> None:
        """Look every few seconds, while the window is shown, whether the book was changed with `jilu` (it is
        looked at whenever the window is activated too). Started after the first paint, not by window tests."""
        self._watching = True
        if self.isVisible():
            self.watch_timer.start()

    def check_for_changes(self) -> bool:
        """Show what was changed with `jilu` since the window last looked; True if the pages were refreshed.

        While a dialog is open (a record being written, a message) nothing is refreshed under it: that waits
        until it is closed, when the window is activated again.
        """
        if self._services.changed_elsewhere():
            self._refresh_pending = True
        if not self._refresh_pending or QApplication.activeModalWidget() is not None or self._closing:
            return False
        self._refresh_pending = False
        self.refresh()
        return True

    def reload(self) -> None:
        """查看 → 刷新 (F5): read the book again and show it as it is now (unsaved edits on a page are kept)."""
        self._services.changed_elsewhere()  # seen now: the next look starts from here
        self._refresh_pending = False
        self.refresh()
        self.statusBar().showMessage(self.tr("已刷新"), 3000)

    def _watch_tick(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self.check_for_changes()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._watching and not self.watch_timer.isActive():
            self.watch_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.watch_timer.stop()  # hidden or minimized: looked at again when shown or activated

    # Menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.new_action = self._action(self.tr("新增记录(&N)…"), "Ctrl+N", self.new_record)
        self.export_action = self._action(self.tr("导出与打印(&P)…"), "Ctrl+P", self.export)
        self.quit_action = self._action(self.tr("退出(&X)"), "Ctrl+Q", self.close)
        self.export_archive_action = self._action(self.tr("导出数据包（换电脑用）(&D)…"), None, self.export_archive)
        self.export_archive_action.setStatusTip(self.tr("把整个记录本存成一个文件，带到另一台电脑上导入"))
        self.import_archive_action = self._action(self.tr("导入数据包(&I)…"), None, self.import_archive)
        if self._services.read_only:
            # Importing replaces the whole book: a book that cannot be written cannot take it.
            self.import_archive_action.setEnabled(False)
            self.import_archive_action.setStatusTip(self.tr("只读的记录本不能导入数据包"))
        else:
            self.import_archive_action.setStatusTip(self.tr("用另一台电脑导出的数据包替换这里的记录本"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_archive_action)
        file_menu.addAction(self.import_archive_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        # Ctrl+Shift+Z everywhere, and Ctrl+Y too, which Windows users know.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = self._action(self.tr("查找记录(&F)"), "Ctrl+F", self.find_records)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        self.view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.help_action = self._action(self.tr("使用说明(&H)"), "F1", self.show_help)
        self.about_action = self._action(self.tr("关于(&A)"), None, self.show_about)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, keys: str | None, slot: Callable[[], Any]) -> QAction:
        # The keys the campaign's teachers are told (and the help window lists), the same on every system.
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False: slot())
        return action

    # Actions

    def new_record(self) -> ActivityDialog:
        """Ctrl+N on any page: the quick-entry dialog, over the page the teacher is on."""
        return self.records.new_record()

    def show_student_records(self, student_id: int) -> None:
        """From the students page: that student's records, in every month."""
        self.show_page(self.records)
        self.records.show_student(student_id)

    def open_record(self, activity_id: int) -> ActivityDialog | None:
        return self.records.open_record(activity_id)

    def bring_to_front(self) -> None:
        """The program was started again on this data folder: show this window, restored and in front."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()  # where the system refuses (Windows), the taskbar button flashes instead

    @property
    def reminder_banner(self) -> ReminderBanner:
        """Shown above the pages when the month is behind pace (where there is no tray).

        Made when first asked for (by the reminders, which start after the first paint): it is hidden until
        then, and its module and palette would cost the first paint milliseconds for nothing.
        """
        if self._reminder_banner is None:
            from jilu_desktop.ui.reminders import ReminderBanner

            self._reminder_banner = ReminderBanner(self)
            self._right.insertWidget(0 if self.read_only_banner is None else 1, self._reminder_banner)
        return self._reminder_banner

    def _make_read_only_banner(self) -> QLabel:
        banner = QLabel(
            self.tr(
                "只读：这个记录本不能写入（U盘有写保护，或文件、文件夹是只读的），现在只能查看、导出和打印。"
                "要修改，请关闭U盘的写保护开关、去掉文件的“只读”属性，或把记录本复制到电脑上。"
            ),
            self,
        )
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        banner.setAccessibleName(self.tr("只读提示"))
        banner.setContentsMargins(12, 8, 12, 8)
        banner.setAutoFillBackground(True)
        palette = banner.palette()
        palette.setColor(QPalette.ColorRole.Window, READ_ONLY_COLOR)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f3a5c"))
        banner.setPalette(palette)
        return banner

    def start_reminders(self) -> None:
        """Remind the teacher when the month is behind pace: now, and once a day while the window is open."""
        from jilu_desktop.ui.reminders import Reminders

        if self.reminders is None:
            self.reminders = Reminders(self._services, self.reminder_banner, self)
        self.reminders.start()

    def _settings_saved(self) -> None:
        self._data_changed()  # targets and exempt months change every page's figures
        if self.reminders is not None:
            self.reminders.check()

    def run_first_run(self) -> QDialog | None:
        """The guided set-up for a new teacher (profile, key mentee, pledge, or demo data); not modal. Not for a
        book that can only be read."""
        from jilu_desktop.ui.first_run import FirstRunWizard
        from jilu_desktop.ui.messages import dialogs_disabled

        # A read-only book cannot be set up: an empty one is simply shown empty, with the read-only banner.
        if dialogs_disabled() or self._services.read_only or not self._services.setup.needs_first_run():
            return None
        wizard = FirstRunWizard(self._services, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lang = self._lang()
        wizard.finished.connect(lambda _result: self._first_run_finished(wizard.imported, lang))
        wizard.open()
        return wizard

    def _first_run_finished(self, imported: ImportResult | None, lang_before: Lang) -> None:
        if imported is None:
            self.refresh()
            self.check_demo()  # the example data, if she chose it
            return
        self._archive_imported(imported)
        self.archive.tell_imported(imported, lang_before)

    def find_records(self) -> None:
        self.show_page(self.records)
        self.records.focus_search()

    def export(self) -> QDialog:
        """Ctrl+P: export and print, its work on the window's worker (so closing the window waits for it)."""
        # Imported here: QtPdf and QtPrintSupport are not needed until the teacher asks for them.
        from jilu_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(
            self._services, self, settings_path=self._last_folder_path(), runner=self.tasks, undo_stack=self.undo_stack
        )
        dialog.changed.connect(self._data_changed)  # the first profile, filled in from the dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _last_folder_path(self) -> Path | None:
        """Where exports (PDF and data archive) remember the folder last saved to: beside the book, but not on a
        stick that cannot be written."""
        return None if self._services.read_only else self._window_state_path()

    # The data archive (数据包)

    @property
    def archive(self) -> ArchiveActions:
        """导出数据包 / 导入数据包; imported when first used (the archive code is not needed to start)."""
        if self._archive is None:
            from jilu_desktop.ui.archive_actions import ArchiveActions
            from jilu_desktop.ui.export_jobs import LastFolder

            folder = LastFolder(self._last_folder_path())
            self._archive = ArchiveActions(self._services, self, self.tasks, folder, lang=self._lang)
            self._archive.imported.connect(self._archive_imported)
        return self._archive

    def export_archive(self) -> None:
        """文件 → 导出数据包: the whole book in one file, to take to another computer (a read-only book too)."""
        self.archive.export()

    def import_archive(self) -> None:
        """文件 → 导入数据包: replace this book with one brought from another computer (asked first)."""
        if self._services.read_only:
            messages.show_message(
                self,
                self.tr("无法导入数据包"),
                self.tr(
                    "这个记录本是只读的，不能导入数据包（导入会替换记录本中的全部内容）。"
                    "请关闭U盘的写保护开关，或在可以写入的文件夹中打开记录本后再导入。"
                ),
                QMessageBox.Icon.Warning,
            )
            return
        unsaved = self._unsaved_page()
        if unsaved is not None:
            # An unsaved pledge belongs to the book about to be replaced: saved or dropped first, as when closing.
            self.show_page(unsaved)
            unsaved.maybe_leave(self.archive.import_archive)  # type: ignore[attr-defined]
            return
        self.archive.import_archive()

    def _archive_imported(self, result: ImportResult) -> None:
        self._book_replaced(self.tr("已导入数据包"))

    def _book_replaced(self, status: str) -> None:
        """The book was replaced or emptied (an import, the example data cleared): nothing on screen or on the
        undo stack may speak of the old one any more."""
        self._clearing_stack = True
        try:
            self.undo_stack.clear()  # an undo must never act on the replaced book
        finally:
            self._clearing_stack = False
        self._stack_index = 0
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            has_unsaved = getattr(page, "has_unsaved_changes", None)
            revert = getattr(page, "revert", None)
            if callable(has_unsaved) and callable(revert) and has_unsaved():
                revert()  # settings typed for the old book (the settings page's 还原)
        self._services.changed_elsewhere()  # the import is this window's own change: nothing more to look for
        self._refresh_pending = False
        self.refresh()
        if self.reminders is not None:
            self.reminders.check()
        self.check_demo()
        self.statusBar().showMessage(status, 8000)

    # The example data

    def check_demo(self) -> None:
        """Show the example-data band while the book holds the example data (after the first paint, after the
        set-up, an import or a change made with `jilu`); hide it once it is cleared."""
        if self._services.read_only:
            return  # nothing can be cleared in a book that can only be read
        try:
            demo = self._services.demo.book()
        except StorageEnvironmentError:
            return  # the pages tell what is wrong
        if demo is None:
            if self.demo_banner is not None:
                self.demo_banner.hide()
            return
        if self.demo_banner is None:
            from jilu_desktop.ui.demo_banner import DemoBanner

            self.demo_banner = DemoBanner(self)
            self.demo_banner.clear_requested.connect(self.clear_demo)
            self._right.insertWidget(0, self.demo_banner)
        self.demo_banner.show()

    def clear_demo(self) -> QMessageBox | None:
        """清除示例数据: asked first (what goes, that a backup is made, and what she added herself, if anything);
        then the book is emptied and the guided set-up begins. An unsaved pledge or settings are asked about first."""
        unsaved = self._unsaved_page()
        if unsaved is not None:
            self.show_page(unsaved)
            unsaved.maybe_leave(self.clear_demo)  # type: ignore[attr-defined]
            return None
        demo = self._services.demo.book()
        if demo is None:
            self.check_demo()
            return None
        text = self.tr(
            "清除示例数据以后，示例教师、学生、志愿书和活动记录都会从记录本中删除（删除前会先备份）。"
            "然后您可以填写自己的信息，开始记录。"
        )
        if demo.own_anything:
            text += "\n\n" + self.tr(
                "注意：示例数据加入以后，您又添加了 {students} 名学生、{records} 条记录、{pledges} 份志愿书，"
                "它们也会一起删除。"
            ).format(students=demo.own_students, records=demo.own_records, pledges=demo.own_pledges)
        self.demo_question = messages.ask(
            self, self.tr("开始使用我的记录本"), text, self.tr("清除示例数据"), self.tr("取消"), self._demo_answered
        )
        return self.demo_question

    def _demo_answered(self, clear: bool) -> None:
        self.demo_question = None
        if not clear:
            return
        try:
            self._services.demo.clear(also_own=True)
        except (DomainError, StorageEnvironmentError) as error:
            messages.show_message(
                self, self.tr("无法清除示例数据"), error.message(self._lang()), QMessageBox.Icon.Warning
            )
            return
        self._book_replaced(self.tr("已清除示例数据（清除前的记录本已备份）"))
        self.run_first_run()

    def show_help(self) -> QDialog:
        from jilu_desktop.ui.help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_about(self) -> QMessageBox | None:
        text = self.tr(
            "“168”爱生行动记录本  版本 {version}\n\n"
            "为参加“168”爱生行动的老师记录谈心、家访、补课辅导等帮扶活动。"
            "完全离线使用，所有记录只保存在本机（或U盘）上。\n\n"
            "数据文件夹：{data_dir}\n\n"
            "本程序按 GPL-3.0 或更新版本许可发布；内置字体“文泉驿微米黑”按 Apache-2.0 许可发布。"
        ).format(version=__version__, data_dir=self._data_dir if self._data_dir else self.tr("（未知）"))
        return messages.show_message(self, self.tr("关于记录本"), text)

    # Undo stack and background tasks

    def _stack_moved(self, index: int) -> None:
        if self._clearing_stack:
            return  # _archive_imported refreshes and tells
        previous, self._stack_index = self._stack_index, index
        self._data_changed()
        if self.undo_stack.undo_failed:  # the failed step left the stack: nothing was undone
            self.undo_stack.undo_failed = False
            return  # _undo_failed has said so
        if self.undo_stack.pushing:  # a new change, not a redo
            command = self.undo_stack.command(index - 1)
            text = self.tr("已{action}。按 Ctrl+Z 可撤销").format(action=command.text()) if command else ""
        elif index < previous:
            text = self.tr("已撤销：{action}").format(action=self.undo_stack.redoText())
        else:
            text = self.tr("已重做：{action}").format(action=self.undo_stack.undoText())
        self.statusBar().showMessage(text, 8000)

    def _undo_failed(self, text: str) -> None:
        """Undoing or redoing was refused (e.g. the record was changed with the `jilu` command meanwhile):
        nothing was written. Say so, and show the records as they are now."""
        self.statusBar().showMessage(self.tr("无法撤销或重做，记录没有改动"), 8000)
        self.undo_failure_box = messages.show_message(self, self.tr("无法撤销或重做"), text, QMessageBox.Icon.Warning)
        if not self.undo_stack.undo_failed:
            self._data_changed()  # a failed redo leaves the stack where it is: no indexChanged to refresh on

    def _task_started(self, task: Task) -> None:
        self.task_label.setText(task.label)
        self.task_bar.setRange(0, 0)  # busy until the task says how far it is
        task.progress.connect(self._task_progress)

    def _task_progress(self, done: int, total: int, text: str) -> None:
        self.task_bar.setRange(0, total)
        self.task_bar.setValue(done)
        if text:
            self.task_label.setText(text)

    def _busy_changed(self, busy: bool) -> None:
        self.task_label.setVisible(busy)
        self.task_bar.setVisible(busy)
        if not busy and self._closing:
            self.close()

    # Closing, and the window's size and place

    def closeEvent(self, event: QCloseEvent) -> None:
        draft = self._unsaved_draft()
        if draft is not None:
            # The dialog asks whether to throw its draft away; the window stays until it is answered.
            event.ignore()
            draft.raise_()
            draft.reject()
            return
        unsaved = self._unsaved_page()
        if unsaved is not None:
            event.ignore()
            self.show_page(unsaved)
            unsaved.maybe_leave(self.close)  # type: ignore[attr-defined]
            return
        if self.tasks.busy():
            event.ignore()
            self._closing = True
            self.statusBar().showMessage(self.tr("正在完成后台任务，完成后自动关闭……"))
            return
        self._save_window_state()
        if self.help_window is not None:
            self.help_window.close()
        super().closeEvent(event)

    def _unsaved_draft(self) -> QDialog | None:
        for dialog in self.findChildren(QDialog):
            is_dirty = getattr(dialog, "is_dirty", None)
            if dialog.isVisible() and callable(is_dirty) and is_dirty():
                return dialog
        return None

    def _unsaved_page(self) -> QWidget | None:
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            has_unsaved = getattr(page, "has_unsaved_changes", None)
            if callable(has_unsaved) and callable(getattr(page, "maybe_leave", None)) and has_unsaved():
                return page
        return None

    def _window_state_path(self) -> Path | None:
        return None if self._data_dir is None else self._data_dir / WINDOW_STATE_FILE

    def _window_state(self) -> QSettings | None:
        path = self._window_state_path()
        return None if path is None else QSettings(str(path), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        state = self._window_state()
        if state is None:
            return
        geometry = state.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        page = state.value("page", 0)
        row = int(page) if isinstance(page, int | str) and str(page).isdigit() else 0
        if 0 < row < self.pages.count():
            self.page(row)
            with QSignalBlocker(self.nav):  # refresh() reads the page once, just after this
                self.nav.setCurrentRow(row)
            self.pages.setCurrentIndex(row)

    def _save_window_state(self) -> None:
        state = None if self._services.read_only else self._window_state()  # nothing is written beside the book
        if state is None:
            return
        state.setValue("geometry", self.saveGeometry())
        state.setValue("page", self.nav.currentRow())
        state.sync()

    def _lang(self) -> Lang:
        try:
            return self._services.settings.language()
        except StorageEnvironmentError:
            return DEFAULT_LANG


def focus_page(page: QWidget | None) -> None:
    """Put the keyboard in `page`: on the field that last had it there, else on the first one in Tab order."""
    if page is None:
        return
    last = page.focusWidget()
    if last is not None and last is not page and last.isVisible() and last.isEnabled():
        last.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
