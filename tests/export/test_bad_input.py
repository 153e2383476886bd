"""Bad input and a hostile disk: told plainly, and never a half-written file."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
from PIL import Image

from jilu_desktop import fileio
from jilu_desktop.domain.errors import DomainError, ValidationError
from jilu_desktop.services import AppServices
from jilu_desktop.services.export import ExportService
from tests.export.conftest import PAGE_NUMBER, Pdf


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 100), (0, 0, 0, 0)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_missing_profile_is_told_with_what_to_fill_in(export: ExportService, tmp_path: Path) -> None:
    out = tmp_path / "out" / "book.pdf"
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out)
    assert caught.value.code == "export_no_profile"
    assert "个人信息" in caught.value.message("zh") and "姓名" in caught.value.message("zh")
    assert "profile" in caught.value.message("en")
    with pytest.raises(DomainError, match="个人信息"):
        export.export_pledge(2026, out)
    assert not out.parent.exists()


def test_empty_school_year_exports_a_book_that_says_so(
    export: ExportService, services: AppServices, tmp_path: Path
) -> None:
    services.profile.update(name="王丽华", school="武进区湖塘实验小学")
    result = export.export_record_book(2026, tmp_path / "book.pdf")
    pdf = Pdf(result.path)
    assert "本学年还没有活动记录。" in pdf.flat
    assert "合计0000" in pdf.flat
    for index, text in enumerate(pdf.pages, 1):
        assert PAGE_NUMBER.findall(text) == [(str(index), str(len(pdf.pages)))]
    codes = [n.code for n in result.notices]
    assert codes == ["export_book_without_pledge", "export_profile_incomplete"]
    told = result.notices[0].message("zh")
    assert "还没有志愿书" in told and "重点帮扶学生" in told and "帮扶措施" in told
    incomplete = result.notices[1].message("zh")
    assert "性别" in incomplete and "职称" in incomplete and "学校" not in incomplete
    assert "gender" in result.notices[1].message("en")


def test_book_without_pledge_has_a_blank_pledge_form_and_a_note(
    export: ExportService, services: AppServices, tmp_path: Path
) -> None:
    services.profile.update(name="王丽华")
    pdf = Pdf(export.export_record_book(2026, tmp_path / "book.pdf").path)
    pledge = pdf.flat_page(2)
    assert "本学年还没有填写志愿书" in pledge
    assert "我重点帮扶的一位学生是：" in pledge and "帮扶措施" in pledge


def test_pledge_form_needs_a_pledge(export: ExportService, services: AppServices, tmp_path: Path) -> None:
    services.profile.update(name="王丽华")
    with pytest.raises(DomainError) as caught:
        export.export_pledge(2026, tmp_path / "p.pdf")
    assert caught.value.code == "export_no_pledge"
    assert "空白志愿书" in caught.value.message("zh")
    assert not (tmp_path / "p.pdf").exists()


def test_school_year_out_of_range(export: ExportService, services: AppServices, tmp_path: Path) -> None:
    services.profile.update(name="王丽华")
    with pytest.raises(ValidationError):
        export.export_record_book(2030, tmp_path / "b.pdf")


def test_bad_signature_image(export: ExportService, services: AppServices, tmp_path: Path) -> None:
    services.demo.fill([2026])
    for bad in (b"not a picture", b"\x89PNG\r\n\x1a\n" + b"\0" * 20):
        with pytest.raises(DomainError) as caught:
            export.export_record_book(2026, tmp_path / "b.pdf", signature_png=bad)
        assert caught.value.code == "export_bad_signature"


def test_signature_image_and_date_on_the_closing_page(
    export: ExportService, services: AppServices, tmp_path: Path
) -> None:
    services.demo.fill([2026])
    pdf = Pdf(export.export_record_book(2026, tmp_path / "b.pdf", signature_png=_png()).path)
    last = pdf.reader.pages[-1]
    assert last.images, "the signature image is on the closing page"
    assert "日期：2026年12月4日" in pdf.flat_page(len(pdf.pages) - 1)
    assert pdf.reader.pages[2].images, "and on the pledge"


def test_the_signature_stored_with_the_pledge_is_printed(
    export: ExportService, services: AppServices, tmp_path: Path
) -> None:
    services.demo.fill([2026])
    view = services.pledges.get(2026)
    assert view is not None
    unsigned = Pdf(export.export_pledge(2026, tmp_path / "unsigned.pdf").path)
    assert not unsigned.reader.pages[0].images
    services.pledges.set(2026, view.pledge.mentee_id, signature_png=_png())
    signed = Pdf(export.export_pledge(2026, tmp_path / "signed.pdf").path)
    assert signed.reader.pages[0].images, "the stored signature is on the pledge form"
    book = Pdf(export.export_record_book(2026, tmp_path / "b.pdf").path)
    assert book.reader.pages[-1].images and book.reader.pages[2].images


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the output (tmp_path also holds the test's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def ready(services: AppServices) -> AppServices:
    services.demo.fill([2026])
    return services


def test_target_folder_that_is_a_file(export: ExportService, ready: AppServices, out_dir: Path) -> None:
    (out_dir / "not-a-folder").write_text("x")
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out_dir / "not-a-folder" / "book.pdf")
    assert caught.value.code == "export_bad_folder"
    assert "not-a-folder" in caught.value.message("zh")
    assert _leftovers(out_dir) == ["not-a-folder"]


def test_target_folder_that_does_not_exist_is_not_made(
    export: ExportService, ready: AppServices, out_dir: Path
) -> None:
    # A mistyped folder (or a USB stick not plugged in) is told, not quietly made somewhere unexpected.
    for export_one in (
        lambda out: export.export_record_book(2026, out),
        lambda out: export.export_pledge(2026, out),
        export.export_blank_pledge,
    ):
        with pytest.raises(DomainError) as caught:
            export_one(out_dir / "missing" / "deeper" / "book.pdf")
        assert caught.value.code == "export_bad_folder"
        assert caught.value.message("zh") == (
            f"无法在“{out_dir / 'missing' / 'deeper'}”中保存：这个位置不存在或不是文件夹。请换一个文件夹保存"
        )
    assert _leftovers(out_dir) == []


def test_target_that_is_a_folder(export: ExportService, ready: AppServices, out_dir: Path) -> None:
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out_dir)
    assert caught.value.code == "export_target_is_folder"


def test_disk_full_leaves_no_partial_file_and_keeps_the_old_one(
    export: ExportService, ready: AppServices, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = out_dir / "book.pdf"
    out.write_bytes(b"the previous export")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out)
    assert caught.value.code == "export_disk_full"
    assert "已满" in caught.value.message("zh") and "没有留下不完整的文件" in caught.value.message("zh")
    assert _leftovers(out_dir) == ["book.pdf"]
    assert out.read_bytes() == b"the previous export"


def test_disk_full_while_writing(
    export: ExportService, ready: AppServices, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase import pdfdoc

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdfdoc.PDFDocument, "SaveToFile", full)
    with pytest.raises(DomainError) as caught:
        export.export_pledge(2026, out_dir / "pledge.pdf")
    assert caught.value.code == "export_disk_full"
    assert _leftovers(out_dir) == []


def test_read_only_folder(
    export: ExportService, ready: AppServices, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    # The temporary file beside the target is the first thing a read-only folder refuses.
    monkeypatch.setattr(fileio, "_create_temporary", denied)
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out_dir / "book.pdf")
    assert caught.value.code == "export_read_only"
    assert str(out_dir) in caught.value.message("zh")
    assert _leftovers(out_dir) == []


def test_other_os_error(
    export: ExportService, ready: AppServices, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out_dir / "book.pdf")
    assert caught.value.code == "export_write_failed"
    assert "Input/output error" in caught.value.message("en")
    assert _leftovers(out_dir) == []


def test_a_file_open_in_another_program_is_told_and_kept(
    export: ExportService, ready: AppServices, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a PDF that a reader has open (access denied / sharing violation)."""
    out = out_dir / "book.pdf"
    out.write_bytes(b"the copy the PDF reader shows")

    def in_use(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used")

    monkeypatch.setattr(os, "replace", in_use)
    with pytest.raises(DomainError) as caught:
        export.export_record_book(2026, out)
    assert caught.value.code == "export_target_in_use"
    assert caught.value.message("zh") == (
        f"无法替换“{out}”：它可能正在其他程序中打开（例如 PDF 阅读器或打印预览），或被设为只读。"
        "原来的文件没有改动；请关闭那个程序后再试，或换一个文件名保存"
    )
    assert "open in another program" in caught.value.message("en")
    assert _leftovers(out_dir) == ["book.pdf"]
    assert out.read_bytes() == b"the copy the PDF reader shows"
