"""The log file is private, as the database is: a logged refusal may name a student."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from jilu_desktop.bootstrap import HANDLER_NAME, LOG_FILE, setup_logging, stop_logging
from jilu_desktop.paths import AppPaths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[AppPaths]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    for handler in before:
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
    paths = AppPaths(tmp_path / "数据")
    yield paths
    stop_logging()
    root.setLevel(level)
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_log_file_is_readable_by_its_owner_only(logged: AppPaths) -> None:
    old = os.umask(0o022)
    try:
        setup_logging(logged)
        logging.getLogger("jilu_desktop.test").warning("学生“王芳”还有 3 条活动记录")
    finally:
        os.umask(old)
    log_file = logged.log_dir / LOG_FILE
    assert "王芳" in log_file.read_text(encoding="utf-8")
    assert _mode(log_file) == 0o600


def test_a_log_file_left_readable_by_an_earlier_version_is_made_private(logged: AppPaths) -> None:
    logged.log_dir.mkdir(parents=True)
    log_file = logged.log_dir / LOG_FILE
    log_file.write_text("earlier\n", encoding="utf-8")
    log_file.chmod(0o644)
    setup_logging(logged)
    logging.getLogger("jilu_desktop.test").warning("again")
    assert _mode(log_file) == 0o600
    assert log_file.read_text(encoding="utf-8").startswith("earlier\n")  # appended, not replaced
