"""Fonts for the PDFs: the bundled CJK font, fallbacks for rare characters, and a coverage check.

WenQuanYi Micro Hei covers the common characters (the CJK Unified Ideographs block) but almost none of
Extension A and none of Extension B and later, where rare characters in names (生僻字) live. The Hanazono
Mincho fonts cover those: HanaMinA the BMP with Extension A, HanaMinB Extensions B to F. Every run of
text is drawn in the first font of the chain that has all its characters; a character that no font has
is reported before anything is written, never printed as an empty box.

Fallbacks are loaded only when some text needs them: they are large and most books never do.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.export.data import TextItem
from jilu_desktop.paths import resources_dir

MAIN_FONT = "JiluSans"


@dataclass(frozen=True)
class FontSpec:
    name: str  # the name registered with reportlab
    file: str  # in resources/fonts
    subfont_index: int = 0  # within a TrueType collection


MAIN_SPEC = FontSpec(MAIN_FONT, "wqy-microhei.ttc", 0)
FALLBACK_SPECS = (
    FontSpec("JiluHanaMinA", "HanaMinA.ttf"),
    FontSpec("JiluHanaMinB", "HanaMinB.ttf"),
)

# Characters that draw nothing and need no glyph: variation selectors (an ideographic variation sequence
# in a name falls back to the base character) and zero-width joiners and marks.
_IGNORABLE = frozenset(
    [chr(c) for c in range(0xFE00, 0xFE10)]
    + [chr(c) for c in range(0xE0100, 0xE01F0)]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
)
# Whitespace is laid out, not drawn.
_LAYOUT = frozenset("\n\t\r")


def printable(text: str) -> str:
    """The text as it will be drawn: ignorable marks removed, tabs as spaces."""
    if any(ch in _IGNORABLE or ch in "\t\r" for ch in text):
        text = "".join(ch for ch in text if ch not in _IGNORABLE).replace("\r", "").replace("\t", " ")
    return text


def _utf16_hex(codepoint: int) -> str:
    return "".join(f"{unit:04X}" for unit in _utf16_units(codepoint))


def _utf16_units(codepoint: int) -> tuple[int, ...]:
    if codepoint < 0x10000:
        return (codepoint,)
    offset = codepoint - 0x10000
    return (0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF))


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, but writing characters beyond the BMP as UTF-16 surrogate pairs.

    reportlab writes U+2003E as <2003E>, which is not valid UTF-16: viewers then cannot copy or search
    a rare-character name and text extraction drops it.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class FontChain:
    """The main font and its fallbacks, registered with reportlab under stable names."""

    def __init__(self, fonts_dir: Path, main: FontSpec = MAIN_SPEC, fallbacks: Sequence[FontSpec] = FALLBACK_SPECS):
        self._dir = fonts_dir
        self._lock = threading.Lock()
        self.main = main.name
        self._fonts: list[tuple[str, dict[int, int]]] = [(main.name, _register(fonts_dir, main))]
        self._pending = list(fallbacks)
        self._choice: dict[str, str | None] = {}
        self._runs: dict[str, list[tuple[str, str]]] = {}  # short texts repeat: labels, places, names

    def font_for(self, ch: str) -> str | None:
        """The first font that has `ch`, or None when none has it."""
        try:
            return self._choice[ch]
        except KeyError:
            pass
        with self._lock:
            found = self._find(ord(ch))
            self._choice[ch] = found
            return found

    def _find(self, codepoint: int) -> str | None:
        for name, cmap in self._fonts:
            if codepoint in cmap:
                return name
        while self._pending:
            spec = self._pending.pop(0)
            cmap = _register(self._dir, spec)
            self._fonts.append((spec.name, cmap))
            if codepoint in cmap:
                return spec.name
        return None

    def missing(self, text: str) -> list[tuple[int, str]]:
        """(1-based position, character) of each character no font can draw."""
        return [
            (i, ch)
            for i, ch in enumerate(text, 1)
            if ch not in _IGNORABLE and ch not in _LAYOUT and self.font_for(ch) is None
        ]

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split printable text into (font name, run); raises ValueError on a character no font has."""
        cached = self._runs.get(text)
        if cached is not None:
            return cached
        out = self._split(text)
        if len(text) <= 40:
            if len(self._runs) > 20_000:
                self._runs.clear()
            self._runs[text] = out
        return out

    def _split(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for ch in printable(text):
            font = self.main if ch == "\n" else self.font_for(ch)
            if font is None:
                raise ValueError(f"no font has U+{ord(ch):04X}")
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + ch)
            else:
                out.append((font, ch))
        return out

    def markup(self, text: str) -> str:
        """Paragraph markup for plain text: escaped, line breaks kept, rare characters in a fallback font."""
        text = printable(text)
        if all(self._choice.get(ch) == self.main or ch == "\n" for ch in text):
            return escape(text).replace("\n", "<br/>")
        parts = []
        for font, run in self.runs(text):
            body = escape(run).replace("\n", "<br/>")
            parts.append(body if font == self.main else f'<font name="{font}">{body}</font>')
        return "".join(parts)

    def width(self, text: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(run, font, size) for font, run in self.runs(text))

    def draw(self, canvas: Canvas, x: float, y: float, text: str, size: float, anchor: str = "left") -> None:
        """Draw one line of text at a baseline, switching fonts per run."""
        runs = self.runs(text)
        widths = [pdfmetrics.stringWidth(run, font, size) for font, run in runs]
        if anchor == "center":
            x -= sum(widths) / 2
        elif anchor == "right":
            x -= sum(widths)
        for (font, run), w in zip(runs, widths, strict=True):
            canvas.setFont(font, size)
            canvas.drawString(x, y, run)
            x += w
        canvas.setFont(self.main, size)


def _register(fonts_dir: Path, spec: FontSpec) -> dict[int, int]:
    font: Any
    if spec.name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(spec.name)
    else:
        font = TTFont(spec.name, str(fonts_dir / spec.file), subfontIndex=spec.subfont_index)
        pdfmetrics.registerFont(font)
        # One face only: <b> and <i> in markup must not look for a bold file that does not exist.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(spec.name, bold, italic, spec.name)
    cmap: dict[int, int] = font.face.charToGlyph
    return cmap


@functools.cache
def default_fonts() -> FontChain:
    """The chain over the shipped fonts, shared by every export in the process."""
    return FontChain(resources_dir() / "fonts")


@dataclass(frozen=True)
class Unprintable:
    where_zh: str
    where_en: str
    position: int  # 1-based, in characters
    char: str

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.char):04X}"


def find_unprintable(fonts: FontChain, items: Iterable[TextItem]) -> list[Unprintable]:
    found = []
    for item in items:
        for position, ch in fonts.missing(item.text):
            found.append(Unprintable(item.where_zh, item.where_en, position, ch))
    return found


def unprintable_error(found: Sequence[Unprintable], limit: int = 10) -> DomainError:
    """One message naming each character no font has, where it is and at which position."""
    shown = found[:limit]
    items_zh = "；".join(f"{u.where_zh}第{u.position}个字“{u.char}”（{u.codepoint}）" for u in shown)
    items_en = "; ".join(f"{u.where_en}, character {u.position} “{u.char}” ({u.codepoint})" for u in shown)
    if len(found) > limit:
        items_zh += f"；另有 {len(found) - limit} 处"
        items_en += f"; and {len(found) - limit} more"
    return DomainError("export_unprintable", "", items=items_zh, items_en=items_en, count=len(found))
