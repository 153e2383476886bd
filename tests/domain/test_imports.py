"""The domain is plain Python: importing it pulls in neither Qt nor SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "activities",
    "calendar",
    "errors",
    "messages",
    "pace",
    "participation",
    "pledge",
    "preferences",
    "profile",
    "progress",
    "students",
    "targets",
    "validation",
]


def test_domain_imports_no_qt_and_no_sqlalchemy() -> None:
    imports = "; ".join(f"import jilu_desktop.domain.{m}" for m in MODULES)
    check = (
        "import sys; print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"{imports}; {check}"], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
