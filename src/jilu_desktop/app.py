"""The window's start-up: paths -> logging -> excepthook -> database -> QApplication -> font -> main window.

The database is opened before Qt starts so that a problem with the data folder is found (and logged) first;
the QApplication is then made only to tell the teacher about it. Qt and the services are imported inside
run_gui(), so that the `jilu` command, which imports this module for `jilu gui`, does not pay for them.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from jilu_desktop import __version__
from jilu_desktop.paths import DATA_DIR_ENV, AppPaths, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from jilu_desktop.domain.messages import Lang
    from jilu_desktop.ui.single_instance import InstanceGuard

# Named, not __name__: run as `python -m jilu_desktop.app` the module is called "__main__".
log = logging.getLogger("jilu_desktop.app")

APP_NAME = "jilu-desktop"
EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_STORAGE = 3  # the data folder or file cannot be used; the teacher has been told why


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # A folder named by the teacher (or a shortcut) may be mistyped, or on a USB stick not plugged in:
    # asked before a new book is made there. The user's own data folder is simply made on the first run.
    named = bool(args.data_dir or os.environ.get(DATA_DIR_ENV))
    return run_gui(
        resolve_paths(args.data_dir), quit_after_first_paint=args.quit_after_first_paint, ask_before_new_book=named
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="“168”爱生行动记录本")
    parser.add_argument("--data-dir", metavar="DIR", help="keep the data in DIR (default: the user's data folder)")
    parser.add_argument(
        "--quit-after-first-paint", action="store_true", help="exit once the window has been drawn (for tests)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def run_gui(paths: AppPaths, quit_after_first_paint: bool = False, ask_before_new_book: bool = False) -> int:
    """Open the data under `paths` and run the window until it is closed; returns the exit code."""
    started = time.perf_counter()
    # The start-up makes some 100,000 objects that live as long as the program, and next to no garbage:
    # the collector would only walk them, again and again (some 40 ms), before the first paint.
    # It is turned back on just after the first paint, or here when there is none.
    gc.disable()
    from jilu_desktop.bootstrap import LOG_FILE, setup_logging
    from jilu_desktop.ui.errors import ErrorReporter

    setup_logging(paths)
    log.info("jilu-desktop %s starting; data folder %s", __version__, paths.data_dir)
    reporter = ErrorReporter(paths.log_dir / LOG_FILE)
    reporter.install()
    try:
        if ask_before_new_book and not _new_book_wanted(paths):
            return EXIT_STORAGE
        return _open_and_run(paths, quit_after_first_paint, started)
    finally:
        reporter.uninstall()
        gc.enable()


def _open_and_run(paths: AppPaths, quit_after_first_paint: bool, started: float) -> int:
    from jilu_desktop.ui.single_instance import InstanceGuard

    # One window per data folder: a second start brings the first window forward and ends.
    with contextlib.suppress(OSError):  # a folder that cannot be made is told by open_services below
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    guard = InstanceGuard(paths.data_dir)
    if not guard.try_lock():
        return _already_open(paths, guard)
    try:
        return _open_guarded(paths, guard, quit_after_first_paint, started)
    finally:
        guard.release()


def _already_open(paths: AppPaths, guard: InstanceGuard) -> int:
    """Another program holds the data folder: ask its window forward, or say why this one cannot open."""
    from PySide6.QtCore import QCoreApplication, QSysInfo

    from jilu_desktop.ui import messages

    _application()
    if guard.ask_holder_to_show():
        log.info("the record book in %s is open in another window; brought it forward", paths.data_dir)
        return EXIT_OK
    holder = guard.holder
    with _startup_translations(_startup_lang(paths)):
        if holder is not None and holder.host and holder.host != QSysInfo.machineHostName():
            text = QCoreApplication.translate(
                "App",
                "这个记录本正在另一台电脑（{host}）上打开。为了不让两边的修改互相覆盖，一次只能在一处使用。"
                "请先在那台电脑上关闭记录本；如果那台电脑上的程序已经关闭或U盘是直接拔下的，请一分钟后再试。",
            ).format(host=holder.host)
        else:
            text = QCoreApplication.translate(
                "App",
                "这个记录本已经在另一个窗口中打开，但那个窗口没有响应。请先关闭那个窗口（必要时在任务管理器中结束它），"
                "一分钟后再试。",
            )
        messages.show_startup_error(QCoreApplication.translate("App", "记录本已经打开"), text)
    return EXIT_STORAGE


def _open_guarded(paths: AppPaths, guard: InstanceGuard, quit_after_first_paint: bool, started: float) -> int:
    from PySide6.QtCore import QCoreApplication

    from jilu_desktop.bootstrap import LOG_FILE, open_services
    from jilu_desktop.storage.errors import StorageEnvironmentError
    from jilu_desktop.ui import messages

    # The data could not be opened, so neither could the teacher's language: the box speaks the language read
    # from the file without opening it, or the system's (_startup_lang).
    try:
        services = open_services(paths)
    except StorageEnvironmentError as error:
        log.warning("cannot open the data in %s: %s", paths.data_dir, error.problem, exc_info=True)
        lang = _startup_lang(paths)
        with _startup_translations(lang):
            messages.show_startup_error(QCoreApplication.translate("App", "无法打开记录本"), error.message(lang))
        return EXIT_STORAGE
    except Exception:
        log.exception("unexpected error while opening the data in %s", paths.data_dir)
        with _startup_translations(_startup_lang(paths)):
            text = QCoreApplication.translate(
                "App", "记录本启动时出现了意外错误，数据文件没有被改动。\n详细信息已写入日志文件：{log}"
            ).format(log=paths.log_dir / LOG_FILE)
            messages.show_startup_error(QCoreApplication.translate("App", "无法打开记录本"), text)
        return EXIT_UNEXPECTED

    try:
        app = _application()
        from jilu_desktop.ui.first_paint import QuitAfterFirstPaint, after_first_paint, resume_gc
        from jilu_desktop.ui.fonts import load_rare_character_fonts
        from jilu_desktop.ui.main_window import MainWindow
        from jilu_desktop.ui.preferences import apply_preferences

        translations = apply_preferences(app, services)  # the language and font size chosen in 设置
        window = MainWindow(services, data_dir=paths.data_dir)
        # Before the stopwatch: Qt asks the filter installed last first, so the clock stops at the end of the
        # first paint pass and only then is the collector turned back on.
        after_first_paint(window, resume_gc)
        # Not needed for the first paint, so just after it (and after the stopwatch, installed below): the fonts
        # for rare characters (some 6 ms) and answering a second start (QtNetwork, some 9 ms).
        after_first_paint(window, lambda: load_rare_character_fonts(app))
        after_first_paint(window, guard.listen)
        after_first_paint(window, window.start_watching)  # changes made with `jilu` meanwhile, every few seconds
        guard.show_requested.connect(window.bring_to_front)
        if quit_after_first_paint:
            QuitAfterFirstPaint(window, started)
        window.show()
        if not quit_after_first_paint:  # neither is needed for the first paint: both come just after it
            after_first_paint(window, window.check_demo)  # the example data's band, with the way out of it
            after_first_paint(window, window.run_first_run)  # a new teacher is guided through the set-up
            after_first_paint(window, window.start_reminders)
        code = app.exec()
        del translations  # the translators must outlive the event loop
        return code
    finally:
        services.close()
        log.info("data closed")


def _new_book_wanted(paths: AppPaths) -> bool:
    """True when there is a book under `paths`, or the teacher wants a new one made there."""
    from PySide6.QtCore import QCoreApplication

    from jilu_desktop.bootstrap import book_exists
    from jilu_desktop.ui import messages

    if book_exists(paths):
        return True
    with _startup_translations(_startup_lang(paths)):
        wanted = messages.ask_at_startup(
            QCoreApplication.translate("App", "没有找到记录本"),
            QCoreApplication.translate(
                "App",
                "这个文件夹里还没有记录本：\n{folder}\n\n如果记录本在U盘上，请先插好U盘，再打开记录本。"
                "\n要在这个文件夹里新建一个空的记录本吗？",
            ).format(folder=paths.data_dir),
            QCoreApplication.translate("App", "新建记录本"),
            QCoreApplication.translate("App", "退出"),
        )
    log.info("no record book in %s; a new one %s", paths.data_dir, "wanted" if wanted else "not wanted")
    return wanted


def _startup_lang(paths: AppPaths) -> Lang:
    """The language of a start-up error, before the data is open.

    The one saved in the settings, read as `jilu` reads it for --help: a read-only look at the file that takes
    no lock, writes nothing and upgrades nothing (storage.engine.peek_connection). A file that can be read but
    has no language saved means Chinese, as the window would have shown; a file that cannot be read at all
    (missing, damaged, in a folder that cannot be opened) means the system's language.
    """
    import sqlite3

    from jilu_desktop.domain.messages import DEFAULT_LANG, normalize_lang
    from jilu_desktop.services.settings import LANGUAGE_KEY
    from jilu_desktop.storage.engine import peek_connection

    try:
        conn = peek_connection(paths.database)
    except Exception:  # an unreadable path: no file to look at
        log.debug("cannot look at %s for the language", paths.database, exc_info=True)
        conn = None
    if conn is None:
        return _system_lang()
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (LANGUAGE_KEY,)).fetchone()
    except sqlite3.Error:
        return _system_lang()
    finally:
        conn.close()
    stored = row[0] if row is not None else None
    return normalize_lang(stored) if isinstance(stored, str) and stored else DEFAULT_LANG


def _system_lang() -> Lang:
    """Chinese when the system's interface language is Chinese, otherwise English."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    languages = system.uiLanguages()
    first = languages[0] if languages else system.name()
    return "zh" if first.lower().startswith("zh") else "en"


@contextlib.contextmanager
def _startup_translations(lang: Lang) -> Iterator[None]:
    """The application with `lang`'s translators installed while a start-up error is shown; taken out after."""
    from jilu_desktop.ui.i18n import install_translations

    translations = install_translations(_application(), lang)
    try:
        yield
    finally:
        translations.remove()


def _application() -> QApplication:
    """The one QApplication (made here, or the test's), with the bundled font as its font."""
    from PySide6.QtWidgets import QApplication

    from jilu_desktop.ui.fonts import load_bundled_font

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setDesktopFileName(APP_NAME)
    load_bundled_font(app, rare_characters=False)  # those come after the first paint (run_gui)
    return app


if __name__ == "__main__":
    raise SystemExit(main())
