"""Writing to the terminal: UTF-8 everywhere, JSON as the teacher's text (not \\u escapes), one-line errors."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from typing import Any

from jilu_desktop.domain.messages import Lang


def ensure_utf8_streams() -> None:
    """Chinese must survive a Windows console or a pipe, whose default encoding may be GBK or cp1252."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        if (stream.encoding or "").lower().replace("-", "") == "utf8":
            continue
        # ValueError: already written to; UnsupportedOperation: a stream that cannot change its encoding.
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            stream.reconfigure(encoding="utf-8", errors="replace")


def emit(text: str = "") -> None:
    print(text, file=sys.stdout)


def emit_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2), file=sys.stdout)


def one_line(text: str) -> str:
    """Scripts and the tests rely on an error being exactly one line, even if it quotes a value with newlines."""
    return " ".join(text.splitlines()).strip()


def error(text: str, lang: Lang, prefix: bool = True) -> None:
    """An error on stderr: “jilu: 错误：…” for bad input, or the bare text for environment problems."""
    line = one_line(text)
    if prefix:
        line = ("jilu: 错误：" if lang == "zh" else "jilu: error: ") + line
    print(line, file=sys.stderr)


def notice(text: str) -> None:
    """Something to know beside the output (“a new record book was made”), on stderr: stdout stays for data."""
    print(one_line(text), file=sys.stderr)
