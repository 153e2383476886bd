"""The rules the later work builds on (encryption at rest, signed books): one place makes database
connections, one place writes files."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).parents[1] / "src" / "jilu_desktop"
CONNECTS = re.compile(r"sqlite3\.connect\(|create_engine\(")
WRITES = re.compile(r"os\.replace\(|\.write_bytes\(|\.write_text\(|open\([^)]*['\"][wax]b?\+?['\"]")
# The benchmark's stopwatch file (not the teacher's data) is the one other write.
WRITES_ALLOWED = {"fileio.py", "ui/first_paint.py"}


def _sources() -> dict[str, str]:
    return {str(p.relative_to(SRC)): p.read_text(encoding="utf-8") for p in SRC.rglob("*.py")}


def test_only_the_engine_module_makes_database_connections() -> None:
    found = sorted(name for name, text in _sources().items() if CONNECTS.search(text))
    assert found == ["storage/engine.py"]


def test_only_fileio_writes_files() -> None:
    found = sorted(name for name, text in _sources().items() if WRITES.search(text))
    assert set(found) <= WRITES_ALLOWED, found
    assert "fileio.py" in found
