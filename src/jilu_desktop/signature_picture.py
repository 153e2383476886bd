"""A signature picture as it is stored: ink on a transparent background, cropped to the ink, at most MAX_EXPORT.

Pure functions of QImage (QtGui, no widgets and no QApplication), shared by the signature pad and by
`jilu pledge set --signature`. A photo or scan of a signature on paper becomes the same as a drawn one: the
paper turns transparent and the ink keeps its colour.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

MAX_EXPORT = QSize(800, 300)  # the signature prints about 42 x 14 mm: this is over 400 dpi
MAX_IMPORT_SIDE = 3000  # larger photos are scaled down as they are read (a phone photo is 4000 px and more)
PAPER_THRESHOLD = 48  # pixels less than this much darker than the paper are paper, not ink
MARGIN = 8  # px kept around the ink when cropping


class PictureProblem(enum.Enum):
    UNREADABLE = "unreadable"  # not a picture Qt can open
    BLANK = "blank"  # a picture with no ink on it


class PictureError(Exception):
    """A file could not be used as a signature; `problem` says why (the caller words it for the reader)."""

    def __init__(self, problem: PictureProblem, path: Path) -> None:
        super().__init__(f"{path.name}: {problem.value}")
        self.problem = problem
        self.path = path


def read_picture(path: str | Path) -> QImage:
    """The picture at `path`, upright and no larger than MAX_IMPORT_SIDE. Raises PictureError."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo taken sideways says so in its EXIF data
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_IMPORT_SIDE:
        reader.setScaledSize(size.scaled(MAX_IMPORT_SIDE, MAX_IMPORT_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise PictureError(PictureProblem.UNREADABLE, Path(path))
    return image


def signature_from_picture(image: QImage, source: Path) -> QImage:
    """The signature in a photo or scan: paper made transparent, cropped and scaled. Raises PictureError."""
    cropped = crop_to_ink(ink_only(image))
    if cropped is None:
        raise PictureError(PictureProblem.BLANK, source)
    return fit_within(cropped, MAX_EXPORT)


def signature_png_from_file(path: str | Path) -> bytes:
    """The stored form (PNG bytes) of the signature in the picture at `path`. Raises PictureError."""
    return png_bytes(signature_from_picture(read_picture(path), Path(path)))


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes; the binding, str
        raise ValueError("the picture could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def _alpha_table(paper: int = 255) -> bytes:
    """Lightness (0 black .. 255 white) to opacity: `paper` and anything lighter or a little darker becomes
    transparent, ink opaque, smoothly between."""
    table = bytearray(256)
    for gray in range(256):
        darkness = paper - gray
        if darkness > PAPER_THRESHOLD:
            table[gray] = min(255, (darkness - PAPER_THRESHOLD) * 255 // (128 - PAPER_THRESHOLD // 2))
    return bytes(table)


def paper_lightness(gray: QImage) -> int:
    """How light the paper of a (grayscale) photo is: the median lightness. A signature covers a few per
    cent of a photo (under half even when cropped tight); the rest is paper, which a phone photo taken
    indoors shows grey (190 or so), not white."""
    sample = gray.scaled(
        min(gray.width(), 200), min(gray.height(), 200), Qt.AspectRatioMode.IgnoreAspectRatio
    ).convertToFormat(QImage.Format.Format_Grayscale8)
    stride, width = sample.bytesPerLine(), sample.width()
    data = bytes(sample.constBits())
    values = sorted(b for y in range(sample.height()) for b in data[y * stride : y * stride + width])
    if not values:
        return 255
    return values[len(values) // 2]


def ink_only(image: QImage) -> QImage:
    """The picture with its paper made transparent; a picture that is already transparent keeps its alpha.

    The paper's own lightness is measured (paper_lightness), so that grey paper in a dim photo goes too."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)  # a transparent picture's clear parts count as paper
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    gray = flat.convertToFormat(QImage.Format.Format_Grayscale8)
    alpha_data = bytes(gray.constBits()).translate(_alpha_table(paper_lightness(gray)))
    alpha = QImage(alpha_data, gray.width(), gray.height(), gray.bytesPerLine(), QImage.Format.Format_Alpha8).copy()
    out = flat.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, alpha)
    painter.end()
    return out


def ink_rect(image: QImage, threshold: int = 24) -> QRect | None:
    """The smallest rectangle holding every pixel at least `threshold` opaque; None if there is none."""
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    data = bytes(alpha.constBits())
    if threshold > 1:
        data = data.translate(bytes(0 if a < threshold else a for a in range(256)))
    stride, width = alpha.bytesPerLine(), alpha.width()
    top = bottom = -1
    left, right = width, -1
    for y in range(alpha.height()):
        row = data[y * stride : y * stride + width]
        inked = row.rstrip(b"\x00")
        if not inked:
            continue
        if top < 0:
            top = y
        bottom = y
        left = min(left, len(row) - len(row.lstrip(b"\x00")))
        right = max(right, len(inked) - 1)
    if top < 0:
        return None
    return QRect(left, top, right - left + 1, bottom - top + 1)


def crop_to_ink(image: QImage, margin: int = MARGIN) -> QImage | None:
    rect = ink_rect(image)
    if rect is None:
        return None
    return image.copy(rect.adjusted(-margin, -margin, margin, margin).intersected(image.rect()))


def fit_within(image: QImage, limit: QSize) -> QImage:
    """Scaled down (never up) to fit within `limit`, keeping its proportions."""
    if image.width() <= limit.width() and image.height() <= limit.height():
        return image
    return image.scaled(limit, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
