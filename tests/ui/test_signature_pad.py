"""The signature pad: drawn with the mouse or a pen, cleared, imported from a picture, exported as a PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QPainter, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.pledge import PNG_MAGIC, check_signature
from jilu_desktop.signature_picture import MARGIN, MAX_EXPORT, ink_rect, signature_png_from_file
from jilu_desktop.ui.widgets import signature_pad
from jilu_desktop.ui.widgets.signature_pad import Background, ImportFailed, SignatureField, SignaturePad


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(540, 180)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def draw(qtbot: QtBot, widget: SignaturePad, points: list[tuple[int, int]]) -> None:
    """One stroke with the left mouse button held down, through the real mouse events."""
    first, *rest = [QPoint(x, y) for x, y in points]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=first)
    for point in rest:
        QTest.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=rest[-1] if rest else first)


def zigzag(x0: int = 60, y0: int = 60, n: int = 12) -> list[tuple[int, int]]:
    return [(x0 + 30 * i, y0 + (25 if i % 2 else 0)) for i in range(n)]


def image_of(png: bytes) -> QImage:
    image = QImage.fromData(png)
    assert not image.isNull()
    return image


def test_an_empty_pad_exports_nothing(pad: SignaturePad) -> None:
    assert pad.is_empty()
    assert pad.to_png() is None
    assert pad.to_image() is None
    assert not pad.is_modified()


def test_drawing_with_the_mouse_makes_a_cropped_transparent_png(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignal(pad.edited):
        draw(qtbot, pad, zigzag())

    assert pad.stroke_count() == 1
    assert pad.is_modified()
    png = pad.to_png()
    assert png is not None and png.startswith(PNG_MAGIC)
    assert check_signature(png) == png  # the pledge's own rule accepts it
    image = image_of(png)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # a transparent corner
    # Cropped to the ink (with a small margin), not the whole pad.
    rect = ink_rect(image)
    assert rect is not None
    assert rect.left() <= MARGIN + 1 and rect.top() <= MARGIN + 1
    assert image.width() - rect.right() <= MARGIN + 2
    assert image.width() < signature_pad.CANVAS.width()
    assert image.height() < signature_pad.CANVAS.height() / 2


def test_white_background(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(qtbot, pad, zigzag())
    png = pad.to_png(Background.WHITE)
    assert png is not None
    image = image_of(png)
    assert not image.hasAlphaChannel()
    assert image.pixelColor(0, 0) == QColor("white")
    transparent = image_of(pad.to_png() or b"")
    assert image.size() == transparent.size()


def test_strokes_stay_put_when_the_pad_is_resized(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(qtbot, pad, zigzag())
    before = pad.to_png()
    pad.resize(360, 120)
    qtbot.waitUntil(lambda: pad.width() == 360)
    assert pad.to_png() == before


def test_undo_a_stroke_and_clear(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(qtbot, pad, zigzag())
    one = pad.to_png()
    draw(qtbot, pad, zigzag(y0=120, n=6))
    assert pad.stroke_count() == 2
    assert pad.to_png() != one

    pad.undo_stroke()
    assert pad.stroke_count() == 1
    assert pad.to_png() == one
    with qtbot.waitSignal(pad.edited):
        pad.clear()
    assert pad.is_empty()
    assert pad.to_png() is None


def test_a_dot_is_ink_too(qtbot: QtBot, pad: SignaturePad) -> None:
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 80))
    assert pad.stroke_count() == 1
    assert pad.to_png() is not None


def test_the_right_button_does_not_draw(qtbot: QtBot, pad: SignaturePad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.RightButton, pos=QPoint(100, 80))
    QTest.mouseMove(pad, QPoint(200, 90))
    qtbot.mouseRelease(pad, Qt.MouseButton.RightButton, pos=QPoint(200, 90))
    assert pad.is_empty()


def _pen() -> QPointingDevice:
    return QPointingDevice(
        "test pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )


def _tablet(pad: SignaturePad, device: QPointingDevice, kind: QEvent.Type, x: float, y: float, pressure: float) -> bool:
    pos = QPointF(x, y)
    down = kind != QEvent.Type.TabletRelease
    event = QTabletEvent(
        kind, device, pos, pad.mapToGlobal(pos), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
        Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if down else Qt.MouseButton.NoButton,
    )  # fmt: skip
    QApplication.sendEvent(pad, event)
    return event.isAccepted()


def test_a_pen_draws_with_its_pressure(pad: SignaturePad) -> None:
    pen = _pen()
    assert _tablet(pad, pen, QEvent.Type.TabletPress, 60, 60, 0.1)
    for i in range(1, 12):
        assert _tablet(pad, pen, QEvent.Type.TabletMove, 60 + 30 * i, 60 + (i % 2) * 20, i / 11)
    assert _tablet(pad, pen, QEvent.Type.TabletRelease, 390, 80, 0.0)

    assert pad.stroke_count() == 1
    light_then_heavy = pad.to_png()
    assert light_then_heavy is not None
    # The same path pressed hard all along leaves more ink.
    pad.clear()
    _tablet(pad, pen, QEvent.Type.TabletPress, 60, 60, 1.0)
    for i in range(1, 12):
        _tablet(pad, pen, QEvent.Type.TabletMove, 60 + 30 * i, 60 + (i % 2) * 20, 1.0)
    _tablet(pad, pen, QEvent.Type.TabletRelease, 390, 80, 0.0)
    heavy = pad.to_png()
    assert heavy is not None
    assert _ink_amount(image_of(heavy)) > _ink_amount(image_of(light_then_heavy))


def test_the_eraser_end_of_a_pen_does_not_draw(pad: SignaturePad) -> None:
    eraser = QPointingDevice(
        "test eraser", 4243, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Eraser,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2,
    )  # fmt: skip
    _tablet(pad, eraser, QEvent.Type.TabletPress, 60, 60, 0.5)
    _tablet(pad, eraser, QEvent.Type.TabletMove, 200, 60, 0.5)
    _tablet(pad, eraser, QEvent.Type.TabletRelease, 200, 60, 0.0)
    assert pad.is_empty()


def _ink_amount(image: QImage) -> int:
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    return sum(1 for byte in bytes(alpha.constBits()) if byte > 128)


def photo_of_a_signature(path: Path, size: tuple[int, int] = (1600, 1200), ink: str = "#1a237e") -> Path:
    """A picture like a phone photo of a signature: off-white paper, dark-blue strokes in the middle."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(246, 244, 238))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(QColor(ink))
    pen.setWidth(size[0] // 100)
    painter.setPen(pen)
    w, h = size
    for i in range(8):
        painter.drawLine(w // 4 + i * w // 16, h // 2, w // 4 + i * w // 16 + w // 24, h // 2 + (h // 8) * (-1) ** i)
    painter.end()
    assert image.save(str(path))
    return path


def test_import_makes_the_paper_transparent_and_crops_and_scales(
    qtbot: QtBot, pad: SignaturePad, tmp_path: Path
) -> None:
    photo = photo_of_a_signature(tmp_path / "签名照片.jpg", size=(3000, 2000))
    with qtbot.waitSignal(pad.edited):
        pad.import_file(photo)

    png = pad.to_png()
    assert png is not None and png.startswith(PNG_MAGIC)
    image = image_of(png)
    assert image.width() <= MAX_EXPORT.width() and image.height() <= MAX_EXPORT.height()
    assert image.pixelColor(0, 0).alpha() == 0  # the paper is gone
    rect = ink_rect(image)
    assert rect is not None and rect.width() > image.width() * 0.9  # cropped to the strokes
    # The ink keeps its colour: the most opaque pixel is dark blue.
    centre = _most_opaque_pixel(image)
    assert centre.blue() > centre.red() and centre.alpha() == 255
    assert len(png) < 200_000
    assert pad.is_modified()


def _most_opaque_pixel(image: QImage) -> QColor:
    best = QColor(0, 0, 0, 0)
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            color = image.pixelColor(x, y)
            if color.alpha() > best.alpha():
                best = color
                if best.alpha() == 255:
                    return best
    return best


def test_an_import_can_be_drawn_over(qtbot: QtBot, pad: SignaturePad, tmp_path: Path) -> None:
    pad.import_file(photo_of_a_signature(tmp_path / "sig.png"))
    imported = pad.to_png()
    draw(qtbot, pad, [(20, 160), (520, 165)])  # a flourish underneath
    assert pad.to_png() != imported
    pad.undo_stroke()
    assert pad.to_png() == imported  # the imported picture is given back unchanged while nothing is drawn


def test_importing_a_file_that_is_not_a_picture(pad: SignaturePad, tmp_path: Path) -> None:
    bogus = tmp_path / "签名.png"
    bogus.write_text("not a picture", encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        pad.import_file(bogus)
    assert "签名.png" in str(caught.value)
    assert "不是可以打开的图片" in str(caught.value)
    assert pad.is_empty()


def test_importing_a_blank_page(pad: SignaturePad, tmp_path: Path) -> None:
    blank = QImage(400, 300, QImage.Format.Format_RGB32)
    blank.fill(QColor(250, 250, 250))
    blank.save(str(tmp_path / "blank.png"))
    with pytest.raises(ImportFailed) as caught:
        pad.import_file(tmp_path / "blank.png")
    assert "没有找到签名笔迹" in str(caught.value)


def test_set_png_shows_a_stored_signature_without_counting_as_an_edit(
    qtbot: QtBot, pad: SignaturePad, tmp_path: Path
) -> None:
    pad.import_file(photo_of_a_signature(tmp_path / "sig.png"))
    stored = pad.to_png()
    other = SignaturePad()
    qtbot.addWidget(other)
    with qtbot.assertNotEmitted(other.edited):
        assert other.set_png(stored)
    assert not other.is_modified()
    assert other.to_png() == stored
    assert not other.set_png(PNG_MAGIC + b"broken")
    assert other.is_empty()


@pytest.fixture
def field(qtbot: QtBot) -> SignatureField:
    field = SignatureField()
    qtbot.addWidget(field)
    field.resize(560, 240)
    field.show()
    qtbot.waitExposed(field)
    return field


def test_the_buttons_follow_the_pad(qtbot: QtBot, field: SignatureField) -> None:
    assert not field.undo_button.isEnabled()
    assert not field.clear_button.isEnabled()
    draw(qtbot, field.pad, zigzag())
    assert field.undo_button.isEnabled() and field.clear_button.isEnabled()
    qtbot.mouseClick(field.undo_button, Qt.MouseButton.LeftButton)
    assert field.pad.is_empty()
    draw(qtbot, field.pad, zigzag())
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.pad.is_empty()
    assert not field.clear_button.isEnabled()


def test_the_import_button_asks_for_a_file(
    qtbot: QtBot, field: SignatureField, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = photo_of_a_signature(tmp_path / "sig.jpg")
    asked: list[str] = []

    def choose(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(caption)
        return str(photo), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    with qtbot.waitSignal(field.edited):
        qtbot.mouseClick(field.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["导入签名图片"]
    assert not field.pad.is_empty()
    assert field.clear_button.isEnabled()


def test_cancelling_the_file_dialog_changes_nothing(
    qtbot: QtBot, field: SignatureField, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    with qtbot.assertNotEmitted(field.edited), qtbot.assertNotEmitted(field.import_failed):
        qtbot.mouseClick(field.import_button, Qt.MouseButton.LeftButton)
    assert field.pad.is_empty()


def test_a_failed_import_is_told(
    qtbot: QtBot, field: SignatureField, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "scan.jpg"
    bogus.write_bytes(b"\x00" * 64)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bogus), ""))
    with qtbot.waitSignal(field.import_failed) as told:
        qtbot.mouseClick(field.import_button, Qt.MouseButton.LeftButton)
    assert "scan.jpg" in told.args[0]
    assert field.pad.is_empty()


def test_the_pad_is_named_for_screen_readers(pad: SignaturePad) -> None:
    assert pad.accessibleName() == "签名板"
    assert pad.focusPolicy() == Qt.FocusPolicy.StrongFocus


@pytest.mark.parametrize("paper", [246, 190, 150])
def test_grey_paper_of_a_dim_photo_becomes_transparent_too(tmp_path: Path, paper: int) -> None:
    """A phone photo taken indoors shows the paper grey; it must go as white paper does, and be cropped."""
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor(paper, paper, paper - 4))
    painter = QPainter(image)
    pen = painter.pen()
    pen.setColor(QColor(paper - 140, paper - 140, paper - 100))  # ink, darker than the paper
    pen.setWidth(14)
    painter.setPen(pen)
    painter.drawLine(500, 600, 1100, 700)
    painter.end()
    path = tmp_path / "dim.jpg"
    assert image.save(str(path))

    png = signature_png_from_file(path)
    stored = QImage.fromData(png)
    assert stored.width() < 800 and stored.height() < 200  # cropped to the stroke, not the grey page
    assert stored.pixelColor(0, 0).alpha() == 0  # the paper is transparent
    assert ink_rect(stored) is not None
