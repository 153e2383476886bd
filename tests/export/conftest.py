"""Fixtures for the PDF export tests: services with demo data, an export service, and PDF readers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pypdf
import pytest

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.services.export import ExportService

TODAY = dt.date(2026, 12, 4)
PAGE_NUMBER = re.compile(r"第 (\d+) 页 / 共\s*(\d+) 页")


@dataclass
class Pdf:
    """A generated PDF, read back the way a person or a search tool would see it."""

    path: Path

    @cached_property
    def reader(self) -> pypdf.PdfReader:
        return pypdf.PdfReader(self.path)

    @cached_property
    def pages(self) -> list[str]:
        return [page.extract_text() for page in self.reader.pages]

    @cached_property
    def flat(self) -> str:
        """All text with whitespace removed: line breaks fall anywhere in wrapped CJK text."""
        return flat("".join(self.pages))

    def flat_page(self, index: int) -> str:
        return flat(self.pages[index])

    def page_with(self, needle: str) -> int:
        for i, text in enumerate(self.pages):
            if needle in flat(text):
                return i
        raise AssertionError(f"no page contains {needle!r}")

    @cached_property
    def outline(self) -> list[tuple[int, str, int]]:
        """(level, title, page index) of every outline entry, in order."""
        out: list[tuple[int, str, int]] = []

        def walk(items: list[object], level: int) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                else:
                    out.append((level, item.title, self.reader.get_destination_page_number(item)))  # type: ignore[attr-defined]

        walk(self.reader.outline, 0)
        return out

    @cached_property
    def fonts(self) -> dict[str, pypdf.generic.DictionaryObject]:
        found = {}
        for page in self.reader.pages:
            resources = page["/Resources"]
            for ref in resources.get("/Font", {}).values():
                font = ref.get_object()
                found[str(font["/BaseFont"])] = font
        return found

    @cached_property
    def streams(self) -> list[bytes]:
        """Every stream in the file, decoded (page contents, forms, fonts, CMaps, images)."""
        out = []
        for number in range(1, int(self.reader.trailer["/Size"])):
            try:
                obj = self.reader.get_object(number)
            except Exception:  # free entries of the cross-reference table
                continue
            if isinstance(obj, pypdf.generic.StreamObject):
                out.append(obj.get_data())
        return out


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def export(services: AppServices) -> ExportService:
    return ExportService(services.db, services.clock)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServices]:
    """Two school years of realistic records, shared by the read-only tests of a module."""
    svc = open_services(AppPaths(tmp_path_factory.mktemp("demo")), FixedClock(TODAY, dt.datetime(2026, 12, 4, 8, 30)))
    svc.demo.fill([2025, 2026])
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def demo_export(demo: AppServices) -> ExportService:
    return ExportService(demo.db, demo.clock)
