"""The real entry points, `jilu` (console script) and `python -m jilu_desktop`, in their own processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import TODAY


def _console_script() -> Path:
    script = Path(sysconfig.get_path("scripts")) / ("jilu.exe" if os.name == "nt" else "jilu")
    if not script.exists():
        pytest.fail(f"the console script is not installed at {script}; run `pip install -e .`")
    return script


def _run(command: list[str], **env: str) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("JILU_")}
    # ascii stands in for a Windows console's GBK or cp1252: the CLI must switch its streams to UTF-8 itself.
    environ.update({"JILU_TODAY": TODAY, "PYTHONIOENCODING": "ascii", **env})
    return subprocess.run(command, capture_output=True, env=environ, timeout=120, check=False)


def test_console_script_exit_codes_and_utf8(tmp_path: Path) -> None:
    data = tmp_path / "data"
    jilu = [str(_console_script()), "--data-dir", str(data)]

    added = _run([*jilu, "student", "add", "--name", "李小明", "--class", "五(1)班"])
    # The id alone on stdout; that a new record book was made, on stderr (once).
    assert (added.returncode, added.stdout, added.stderr) == (0, b"1\n", f"已在 {data} 新建记录本\n".encode())
    again = _run([*jilu, "student", "add", "--name", "王芳"])
    assert (again.returncode, again.stdout, again.stderr) == (0, b"2\n", b"")

    listed = _run([*jilu, "student", "list", "--json"])
    assert listed.returncode == 0
    assert "李小明".encode() in listed.stdout  # UTF-8, not \u escapes
    by_name = {s["name"]: s for s in json.loads(listed.stdout.decode("utf-8"))}
    assert by_name["李小明"]["class_name"] == "五(1)班"

    refused = _run([*jilu, "log", "add", "--date", "2026-12-01", "--kind", "talk", "--student", "1", "--place", "a"])
    assert refused.returncode == 2
    assert refused.stdout == b""
    assert refused.stderr.decode("utf-8") == "jilu: 错误：缺少参数 --content（详见 jilu log add --help）\n"

    future = [*jilu, "log", "add", "--date", "2026-12-05", "--kind", "talk", "--student", "1"]
    refused = _run([*future, "--place", "教室", "--content", "谈心"])
    assert refused.returncode == 2
    assert refused.stderr.decode("utf-8") == "jilu: 错误：日期 2026-12-05 还没有到，不能记录未来的日期\n"

    assert json.loads(_run([*jilu, "log", "list", "--json"]).stdout) == []


def test_console_script_environment_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_bytes(b"")
    result = _run([str(_console_script()), "--data-dir", str(not_a_folder), "progress"])
    assert result.returncode == 3
    assert result.stderr.decode("utf-8").startswith("无法打开数据文件夹")
    assert len(result.stderr.splitlines()) == 1


def test_python_dash_m_and_jilu_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run([sys.executable, "-m", "jilu_desktop", "progress", "--json"], JILU_DATA_DIR=str(data))
    assert (result.returncode, result.stdout) == (3, b"")  # no record book there: nothing made, none shown
    assert result.stderr.decode("utf-8").startswith(f"这个文件夹里没有记录本：{data}。")
    assert not data.exists()
    made = _run([sys.executable, "-m", "jilu_desktop", "profile", "set", "--name", "王丽华"], JILU_DATA_DIR=str(data))
    assert made.returncode == 0, made.stderr
    result = _run([sys.executable, "-m", "jilu_desktop", "progress", "--json"], JILU_DATA_DIR=str(data))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["month"] == "2026-12"
    assert (data / "jilu.sqlite3").is_file()
    result = _run([sys.executable, "-m", "jilu_desktop", "--lang", "en", "lgo"], JILU_DATA_DIR=str(data))
    assert result.returncode == 2
    assert result.stderr.startswith(b"jilu: error: there is no command")


def test_the_command_line_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from jilu_desktop.cli import main\n"
        f"assert main(['--data-dir', {str(tmp_path / 'data')!r}, 'profile', 'set', '--name', '王丽华']) == 0\n"
        f"assert main(['--data-dir', {str(tmp_path / 'data')!r}, 'progress']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'jilu_desktop.app', 'jilu_desktop.ui'))))\n"
    )
    result = _run([sys.executable, "-c", code])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == b"[]"
