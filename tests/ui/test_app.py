"""Start-up: the real program in a child process, and run_gui() in this one with its dialogs replaced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from jilu_desktop import app
from jilu_desktop.bootstrap import LOG_FILE
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


def _run_app(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jilu_desktop.app", "--data-dir", str(data_dir), "--quit-after-first-paint"],
        env=_child_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
    )


def _garbage_database(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "jilu.sqlite3").write_bytes(b"this is not a database " * 200)


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
    assert StorageEnvironmentError(Problem.DAMAGED).message("zh") in result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "jilu.sqlite3").read_bytes().startswith(b"this is not a database")


@pytest.fixture
def no_file_logging(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui() in-process must not hang a file handler for a temporary folder on the test's root logger."""
    monkeypatch.setattr("jilu_desktop.bootstrap.setup_logging", lambda paths: None)


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_storage_error_is_told_through_the_dialog_function(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _garbage_database(paths.data_dir)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_startup_error", lambda title, text: told.append((title, text)))
    hook = sys.excepthook

    code = app.run_gui(paths)

    assert code == app.EXIT_STORAGE == 3
    assert told == [("无法打开记录本", StorageEnvironmentError(Problem.DAMAGED).message("zh"))]
    assert sys.excepthook is hook


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_unexpected_error_while_opening_is_told_too(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "show_startup_error", lambda title, text: told.append(text))

    def broken(paths: AppPaths) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr("jilu_desktop.bootstrap.open_services", broken)

    assert app.run_gui(paths) == app.EXIT_UNEXPECTED
    assert len(told) == 1 and "意外错误" in told[0]


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

    def run_gui(paths: AppPaths, quit_after_first_paint: bool) -> int:
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
