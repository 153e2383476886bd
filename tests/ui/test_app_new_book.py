"""The window started on a folder the teacher named, which holds no record book: asked before a new one is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from jilu_desktop import app
from jilu_desktop.paths import AppPaths
from jilu_desktop.ui import messages
from tests.ui.test_app import _told, no_file_logging  # noqa: F401 - a fixture


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    """The questions asked at start-up (title, text), answered as each test sets `asked.answer`."""
    questions: list[tuple[str, str, bool]] = []

    def ask(title: str, text: str, yes: str, no: str) -> bool:
        answer = getattr(ask, "answer", False)
        questions.append((title, text, answer))
        return answer

    monkeypatch.setattr(messages, "ask_at_startup", ask)
    monkeypatch.setattr(app, "_system_lang", lambda: "zh")
    return questions


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_no_new_book_in_a_mistyped_folder_unless_wanted(
    qapp: QApplication, paths: AppPaths, asked: list[tuple[str, str, bool]], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.run_gui(paths, ask_before_new_book=True) == app.EXIT_STORAGE
    [(title, text, _)] = asked
    assert title == "没有找到记录本"
    assert text.startswith(f"这个文件夹里还没有记录本：\n{paths.data_dir}\n")
    assert "如果记录本在U盘上，请先插好U盘" in text
    assert not paths.data_dir.exists()  # nothing made


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_a_new_book_when_the_teacher_wants_one(
    qapp: QApplication, paths: AppPaths, asked: list[tuple[str, str, bool]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ask = messages.ask_at_startup
    ask.answer = True  # type: ignore[attr-defined]
    assert app.run_gui(paths, quit_after_first_paint=True, ask_before_new_book=True) == 0
    assert len(asked) == 1
    assert paths.database.is_file()
    # Once there is a book, nothing is asked.
    assert app.run_gui(paths, quit_after_first_paint=True, ask_before_new_book=True) == 0
    assert len(asked) == 1


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_the_users_own_data_folder_is_made_without_asking(
    qapp: QApplication, paths: AppPaths, asked: list[tuple[str, str, bool]]
) -> None:
    assert app.run_gui(paths, quit_after_first_paint=True) == 0
    assert asked == []
    assert paths.database.is_file()


def test_main_asks_only_for_a_named_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[bool] = []

    def run_gui(paths: AppPaths, quit_after_first_paint: bool, ask_before_new_book: bool) -> int:
        calls.append(ask_before_new_book)
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    monkeypatch.delenv("JILU_DATA_DIR", raising=False)
    app.main(["--data-dir", str(tmp_path)])
    app.main([])
    monkeypatch.setenv("JILU_DATA_DIR", str(tmp_path))
    app.main([])
    assert calls == [True, False, True]
