"""`jilu pledge set|show`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import resolve_paths
from jilu_desktop.signature_picture import MAX_EXPORT

from .conftest import Book
from .test_export import pdf_text


def test_set_and_show_json(book: Book) -> None:
    jilu = book.jilu
    out = jilu.ok(
        "pledge",
        "set",
        "--school-year",
        "2026",
        "--mentee",
        str(book.xiaoming),
        "--difficulty-detail",
        "数学基础薄弱",
        "--measures",
        "每周两次午休辅导数学",
        "--commitments",
        "不让一名学生掉队",
        "--signed-on",
        "2026-09-08",
    )
    assert out == "已保存2026学年志愿书，重点帮扶学生：李小明\n"
    expected = {
        "school_year": 2026,
        "mentee": {"id": book.xiaoming, "name": "李小明", "class_name": "五(1)班"},
        "difficulty_detail": "数学基础薄弱",
        "measures": "每周两次午休辅导数学",
        "commitments": "不让一名学生掉队",
        "signed_on": "2026-09-08",
        "has_signature": False,
    }
    shown = jilu.json("pledge", "show", "--school-year", "2026")
    assert shown == expected
    assert list(shown) == list(expected)
    # Without --school-year: the current one (today is in 2026学年).
    assert jilu.json("pledge", "show") == expected


def test_set_again_keeps_text_not_given_and_changes_the_mentee(book: Book) -> None:
    jilu = book.jilu
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--measures", "午休辅导")
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.wangfang))
    shown = jilu.json("pledge", "show", "--school-year", "2026")
    assert shown["mentee"]["name"] == "王芳"
    assert shown["measures"] == "午休辅导"
    assert shown["signed_on"] == "2026-09-08"


def test_a_new_mentee_does_not_keep_the_previous_ones_difficulty(book: Book, tmp_path: Path) -> None:
    """困难情况 was written about the previous mentee: changing the mentee without --difficulty-detail
    clears it, and the form prints the new mentee's own."""
    jilu = book.jilu
    jilu.ok("student", "edit", str(book.wangfang), "--difficulty-detail", "父亲长期生病")
    jilu.ok(
        "pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming),
        "--difficulty-detail", "李小明父母离异，跟奶奶住", "--measures", "午休辅导",
    )  # fmt: skip
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--commitments", "多家访")
    assert jilu.json("pledge", "show", "--school-year", "2026")["difficulty_detail"] == "李小明父母离异，跟奶奶住"

    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.wangfang))
    shown = jilu.json("pledge", "show", "--school-year", "2026")
    assert shown["mentee"]["name"] == "王芳"
    assert shown["difficulty_detail"] == ""
    assert (shown["measures"], shown["commitments"]) == ("午休辅导", "多家访")  # the rest is kept
    # Shown as the form prints it: the new mentee's own.
    assert "困难情况：父亲长期生病" in jilu.ok("pledge", "show", "--school-year", "2026").splitlines()
    jilu.ok("export", "pledge", "--school-year", "2026", "--out", str(tmp_path / "p.pdf"))
    printed = pdf_text(tmp_path / "p.pdf")
    assert "父亲长期生病" in printed
    assert "父母离异" not in printed

    # Given together with the new mentee, it is stored as given.
    jilu.ok(
        "pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--difficulty-detail", "数学跟不上"
    )
    assert jilu.json("pledge", "show", "--school-year", "2026")["difficulty_detail"] == "数学跟不上"


def test_show_human(book: Book) -> None:
    book.jilu.ok("student", "edit", str(book.xiaoming), "--birth-year", "2015")
    lines = book.jilu.ok("pledge", "show", "--school-year", "2026").splitlines()
    assert lines[0] == "2026学年（2026.9—2027.8）志愿书"
    assert f"重点帮扶学生：李小明（#{book.xiaoming}，五(1)班，11 岁）" in lines
    assert "签名日期：2026-09-08" in lines
    assert lines[-1] == "手写签名：无"


def test_show_a_year_without_pledge(book: Book) -> None:
    assert book.jilu.json("pledge", "show", "--school-year", "2025") is None
    assert book.jilu.ok("pledge", "show", "--school-year", "2025") == "2025学年还没有志愿书。\n"


def test_unknown_mentee_is_refused(book: Book) -> None:
    before = book.jilu.snapshot()
    line = book.jilu.bad("pledge", "set", "--school-year", "2026", "--mentee", "99")
    assert line == "jilu: 错误：没有编号为 99 的学生"
    assert book.jilu.snapshot() == before


def test_signing_date_in_the_future_or_outside_the_year_is_refused(book: Book) -> None:
    jilu = book.jilu
    before = jilu.snapshot()
    args = ["pledge", "set", "--school-year", "2026", "--mentee", str(book.wangfang)]
    assert "还没有到" in jilu.bad(*args, "--signed-on", "2026-12-05")
    assert "不在2026学年" in jilu.bad(*args, "--signed-on", "2025-09-01")
    assert jilu.snapshot() == before


def test_school_year_too_far_ahead_is_refused(book: Book) -> None:
    line = book.jilu.bad("pledge", "set", "--school-year", "2030", "--mentee", str(book.xiaoming))
    assert "学年应在 2008 至 2027 之间" in line


def test_show_in_english(book: Book) -> None:
    lines = book.jilu.ok("--lang", "en", "pledge", "show", "--school-year", "2026").splitlines()
    assert lines[0] == "Pledge for school year 2026 (2026-09 to 2027-08)"
    assert f"key mentee: 李小明 (#{book.xiaoming}, 五(1)班)" in lines


def _photo(path: Path, ink: bool = True) -> Path:
    """A photo of a signature on slightly grey paper: a dark scribble in a big light picture."""
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#f2f2ee"))
    if ink:
        painter = QPainter(image)
        painter.setPen(QPen(QColor("#1a237e"), 14))
        for i in range(8):
            painter.drawLine(400 + i * 90, 420, 445 + i * 90, 520)
        painter.end()
    assert image.save(str(path))
    return path


def test_a_signature_from_a_photo_is_stored_cropped_and_transparent(book: Book, tmp_path: Path) -> None:
    jilu = book.jilu
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming))
    photo = _photo(tmp_path / "签名照片.jpg")
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--signature", str(photo))
    assert jilu.json("pledge", "show")["has_signature"] is True
    assert jilu.ok("pledge", "show").splitlines()[-1] == "手写签名：有"
    services = open_services(resolve_paths(jilu.data_dir))
    try:
        view = services.pledges.get(2026)
    finally:
        services.close()
    assert view is not None and view.pledge.signature_png is not None
    png = view.pledge.signature_png
    stored = QImage.fromData(png)
    assert stored.width() <= MAX_EXPORT.width() and stored.height() <= MAX_EXPORT.height()
    assert stored.width() < 900  # cropped to the ink, not the whole 1600 px photo
    assert stored.hasAlphaChannel() and stored.pixelColor(0, 0).alpha() == 0  # the paper is transparent
    # Setting the text again keeps the signature; --no-signature takes it away.
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--measures", "午休辅导")
    assert jilu.json("pledge", "show")["has_signature"] is True
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--no-signature")
    assert jilu.json("pledge", "show")["has_signature"] is False


@pytest.mark.parametrize(
    ("make", "zh", "en"),
    [
        (
            lambda d: d / "missing.png",
            "jilu: 错误：找不到签名图片“{path}”。",
            "jilu: error: The signature picture “{path}” does not exist.",
        ),
        (
            lambda d: _text_file(d / "签名.png"),
            "jilu: 错误：无法读取“签名.png”：它不是可以打开的图片。请给出 PNG、JPG 或 BMP 格式的签名照片或扫描件。",
            "jilu: error: Cannot read “签名.png”: it is not a picture that can be opened. "
            "Give a photo or scan of the signature as PNG, JPG or BMP.",
        ),
        (
            lambda d: _photo(d / "blank.png", ink=False),
            "jilu: 错误：“blank.png”中没有找到签名笔迹（图片几乎是空白的）。",
            "jilu: error: No signature was found in “blank.png” (the picture is almost blank).",
        ),
    ],
)
def test_a_picture_that_cannot_serve_is_refused_and_nothing_changes(
    book: Book, tmp_path: Path, make: Callable[[Path], Path], zh: str, en: str
) -> None:
    jilu = book.jilu
    good = _photo(tmp_path / "good.png")
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--signature", str(good))
    path = make(tmp_path)
    before = jilu.snapshot()
    args = ("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--signature", str(path))
    assert jilu.bad(*args) == zh.format(path=path)
    assert jilu.bad("--lang", "en", *args) == en.format(path=path)
    assert jilu.snapshot() == before
    assert before["pledge"]["has_signature"] is True  # the stored signature is kept


def test_signature_and_no_signature_together_are_refused(book: Book, tmp_path: Path) -> None:
    result = book.jilu(
        "pledge", "set", "--school-year", "2026", "--mentee", "1", "--signature", "a.png", "--no-signature"
    )
    assert result.code == 2


def _text_file(path: Path) -> Path:
    path.write_text("不是图片", encoding="utf-8")
    return path
