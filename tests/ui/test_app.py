"""Start-up: the real program in a child process, and run_gui() in this one with its dialogs replaced."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from jilu_desktop import app
from jilu_desktop.bootstrap import LOG_FILE, open_services
from jilu_desktop.domain.messages import Lang
from jilu_desktop.paths import AppPaths
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui import messages

TIMEOUT_S = 120  # generous: a cold start on a loaded CI machine


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("JILU_DATA_DIR", "JILU_TODAY")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        # A modal box would wait forever for a click that never comes.
        JILU_NO_DIALOGS="1",
    )
    return env


def _run_app(data_dir: Path, system_locale: str = "zh_CN.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in _child_env().items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env["LANG"] = system_locale  # what the system speaks when the data cannot tell the teacher's language
    return subprocess.run(
        [sys.executable, "-m", "jilu_desktop.app", "--data-dir", str(data_dir), "--quit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
    )


def _garbage_database(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "jilu.sqlite3").write_bytes(b"this is not a database " * 200)


def _refusal(paths: AppPaths) -> StorageEnvironmentError:
    """Why the data under `paths` cannot be opened, as the storage says it (in both languages)."""
    with pytest.raises(StorageEnvironmentError) as refused:
        open_services(paths)
    return refused.value


def test_starts_paints_and_quits(tmp_path: Path) -> None:
    data_dir = tmp_path / "数据"
    result = _run_app(data_dir)

    assert result.returncode == 0, result.stderr
    log = (data_dir / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "first paint" in log  # it quit because the window was drawn, not for any other reason
    assert "data closed" in log
    assert (data_dir / "jilu.sqlite3").is_file()


def test_garbage_database_exits_3_with_a_plain_message(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _garbage_database(data_dir)

    result = _run_app(data_dir)

    assert result.returncode == 3
    refusal = _refusal(AppPaths(data_dir))
    assert refusal.problem is Problem.DAMAGED
    assert f"无法打开记录本: {refusal.message('zh')}" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "jilu.sqlite3").read_bytes().startswith(b"this is not a database")


def test_garbage_database_on_an_english_system_is_told_in_english(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _garbage_database(data_dir)

    result = _run_app(data_dir, system_locale="en_US.UTF-8")

    assert result.returncode == 3
    assert f"Cannot open the record book: {_refusal(AppPaths(data_dir)).message('en')}" in result.stderr


@pytest.fixture
def no_file_logging(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui() in-process must not hang a file handler for a temporary folder on the test's root logger."""
    monkeypatch.setattr("jilu_desktop.bootstrap.setup_logging", lambda paths: None)


def _system_speaks(monkeypatch: pytest.MonkeyPatch, lang: Lang) -> None:
    monkeypatch.setattr(app, "_system_lang", lambda: lang)


def _told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the start-up error box would show, title and text, as translated while it is shown."""
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_startup_error", lambda title, text: told.append((title, text)))
    return told


def _newer_database(paths: AppPaths, lang: Lang | None) -> None:
    """A record book (with `lang` chosen in 设置) that a newer version has since written: it is refused."""
    services = open_services(paths)
    if lang is not None:
        services.settings.set_language(lang)
    services.close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()


@pytest.mark.usefixtures("no_file_logging", "app_font")
@pytest.mark.parametrize(("system", "title"), [("zh", "无法打开记录本"), ("en", "Cannot open the record book")])
def test_storage_error_is_told_through_the_dialog_function(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, system: Lang, title: str
) -> None:
    # A damaged file tells no language: the system's is used.
    _garbage_database(paths.data_dir)
    _system_speaks(monkeypatch, system)
    told = _told(monkeypatch)
    hook = sys.excepthook

    code = app.run_gui(paths)

    assert code == app.EXIT_STORAGE == 3
    refusal = _refusal(paths)
    assert refusal.problem is Problem.DAMAGED
    assert told == [(title, refusal.message(system))]
    assert sys.excepthook is hook
    # The translators were for the box only.
    assert QCoreApplication.translate("App", "无法打开记录本") == "无法打开记录本"


@pytest.mark.usefixtures("no_file_logging", "app_font")
@pytest.mark.parametrize(
    ("stored", "system", "expected"),
    [
        ("en", "zh", ("Cannot open the record book", "en")),
        ("zh", "en", ("无法打开记录本", "zh")),
        (None, "en", ("无法打开记录本", "zh")),  # nothing chosen: Chinese, as the window would be
    ],
)
def test_storage_error_speaks_the_language_saved_in_the_file(
    qapp: QApplication,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    stored: Lang | None,
    system: Lang,
    expected: tuple[str, Lang],
) -> None:
    _newer_database(paths, stored)
    refusal = _refusal(paths)
    assert refusal.problem is Problem.NEWER
    before = paths.database.read_bytes()
    _system_speaks(monkeypatch, system)
    told = _told(monkeypatch)

    assert app.run_gui(paths) == app.EXIT_STORAGE

    title, lang = expected
    assert told == [(title, refusal.message(lang))]
    assert paths.database.read_bytes() == before  # looking for the language wrote nothing
    assert not paths.database.with_name(paths.database.name + "-wal").exists()


@pytest.mark.usefixtures("no_file_logging", "app_font")
@pytest.mark.parametrize(("system", "title"), [("zh", "无法打开记录本"), ("en", "Cannot open the record book")])
def test_a_book_that_may_not_be_read_is_named_as_the_file(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, system: Lang, title: str
) -> None:
    # Another account's book (its permissions 600) in a folder anyone may look into: the box speaks of the
    # file, not of the folder. Root may read everything, so the file is made unreadable where the program looks
    # (and the box's language could still be read from it: the file's is the system's here).
    services = open_services(paths)
    services.settings.set_language(system)
    services.close()
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if isinstance(path, str | os.PathLike) and Path(path) == paths.database and mode & os.R_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    _system_speaks(monkeypatch, system)
    told = _told(monkeypatch)

    assert app.run_gui(paths) == app.EXIT_STORAGE

    refusal = _refusal(paths)
    assert refusal.problem is Problem.NO_ACCESS
    assert told == [(title, refusal.message(system))]
    assert str(paths.database) in told[0][1]
    assert ("数据文件 " if system == "zh" else "The data file ") in told[0][1]


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_a_missing_data_folder_on_an_english_system(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    paths = AppPaths(blocked / "data")
    refusal = _refusal(paths)
    _system_speaks(monkeypatch, "en")
    told = _told(monkeypatch)

    assert app.run_gui(paths) == app.EXIT_STORAGE

    assert told == [("Cannot open the record book", refusal.message("en"))]


@pytest.mark.usefixtures("no_file_logging", "app_font")
@pytest.mark.parametrize(
    ("stored", "expected"),
    [("zh", ("无法打开记录本", "意外错误")), ("en", ("Cannot open the record book", "unexpected error"))],
)
def test_unexpected_error_while_opening_is_told_too(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, stored: Lang, expected: tuple[str, str]
) -> None:
    services = open_services(paths)
    services.settings.set_language(stored)
    services.close()
    _system_speaks(monkeypatch, "zh" if stored == "en" else "en")
    told = _told(monkeypatch)

    def broken(paths: AppPaths) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr("jilu_desktop.bootstrap.open_services", broken)

    assert app.run_gui(paths) == app.EXIT_UNEXPECTED
    assert len(told) == 1
    title, text = told[0]
    assert title == expected[0] and expected[1] in text
    assert str(paths.log_dir / LOG_FILE) in text


class _System:
    """A stand-in for QLocale.system()."""

    def __init__(self, languages: list[str], name: str) -> None:
        self.languages, self._name = languages, name

    def uiLanguages(self) -> list[str]:
        return self.languages

    def name(self) -> str:
        return self._name


@pytest.mark.parametrize(
    ("languages", "name", "expected"),
    [
        (["zh-CN", "en-US"], "zh_CN", "zh"),
        (["zh-Hant-TW"], "zh_TW", "zh"),
        (["en-GB"], "en_GB", "en"),
        (["de-DE", "zh-CN"], "de_DE", "en"),
        ([], "zh_CN", "zh"),
        ([], "C", "en"),
    ],
)
def test_the_system_language_is_chinese_only_for_a_chinese_system(
    monkeypatch: pytest.MonkeyPatch, languages: list[str], name: str, expected: Lang
) -> None:
    system = _System(languages, name)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: system))

    assert app._system_lang() == expected


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_run_gui_quits_after_first_paint_and_closes_the_data(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jilu_desktop.services import AppServices

    closed: list[bool] = []
    original_close = AppServices.close

    def close(self: AppServices) -> None:
        closed.append(True)
        original_close(self)

    monkeypatch.setattr(AppServices, "close", close)

    assert app.run_gui(paths, quit_after_first_paint=True) == 0
    assert closed == [True]


def test_main_parses_the_options(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[AppPaths, bool]] = []

    def run_gui(paths: AppPaths, quit_after_first_paint: bool, ask_before_new_book: bool) -> int:
        calls.append((paths, quit_after_first_paint))
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)

    assert app.main(["--data-dir", str(tmp_path), "--quit-after-first-paint"]) == 0
    assert calls == [(AppPaths(tmp_path), True)]


def test_importing_the_app_does_not_import_qt_or_the_database() -> None:
    # `jilu` imports this module for `jilu gui`; its other commands must not pay for Qt or SQLAlchemy.
    code = "import sys, jilu_desktop.app; print(sorted(m for m in ('PySide6', 'sqlalchemy') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT_S)
    assert result.stdout.strip() == "[]", result.stderr


def test_first_paint_needs_no_heavy_modules(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.argv = ['jilu-desktop', '--data-dir', sys.argv[1], '--quit-after-first-paint']\n"
        "from jilu_desktop.app import main\n"
        "code = main()\n"
        # The ORM's mapped classes too: the first paint reads through the tables (storage/tables.py).
        "heavy = ('reportlab', 'PySide6.QtCharts', 'alembic', 'jilu_desktop.storage.models')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    data_dir = tmp_path / "data"
    first = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], env=_child_env(), capture_output=True, text=True, timeout=TIMEOUT_S
    )
    assert first.returncode == 0, first.stderr
    # The first start creates the file (with Alembic); an ordinary start after it must not need Alembic.
    second = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], env=_child_env(), capture_output=True, text=True, timeout=TIMEOUT_S
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "[]"
