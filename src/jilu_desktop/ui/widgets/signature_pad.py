"""The teacher's handwritten signature: drawn with a mouse, a pen or a tablet, or imported from a picture.

Strokes are kept in a fixed 3:1 canvas, whatever size the widget has, so a resize never moves them. What
leaves the pad is a PNG: ink on a transparent (or white) background, cropped to the ink and no larger than
MAX_EXPORT, a few dozen KB. An imported photo of a signature on paper is turned into the same: the paper
becomes transparent, the ink keeps its colour.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from jilu_desktop.signature_picture import (
    MAX_EXPORT,
    PictureError,
    PictureProblem,
    crop_to_ink,
    fit_within,
    png_bytes,
    read_picture,
    signature_from_picture,
)

CANVAS = QSize(900, 300)  # the drawing's own coordinates; the widget shows them scaled to fit
INK = QColor("#10246b")  # dark blue, like a ballpoint pen
MOUSE_PRESSURE = 0.5  # a mouse has no pressure: draw the middle width
BASE_WIDTH = 6.0  # pen width in canvas units at middle pressure


class Background(enum.Enum):
    TRANSPARENT = "transparent"
    WHITE = "white"


class ImportFailed(Exception):
    """A picture could not be used as a signature; the message says why, in the interface's language."""


@dataclass
class _Stroke:
    points: list[QPointF] = field(default_factory=list)
    pressures: list[float] = field(default_factory=list)

    def add(self, point: QPointF, pressure: float) -> None:
        self.points.append(point)
        self.pressures.append(pressure)


def _pen_width(pressure: float) -> float:
    return BASE_WIDTH * (0.4 + 1.2 * max(0.0, min(pressure, 1.0)))


class SignaturePad(QWidget):
    """The drawing surface. `edited` is emitted for every change the teacher makes (not for set_png)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[_Stroke] = []
        self._current: _Stroke | None = None
        self._base: QImage | None = None  # a stored or imported signature, ink on transparent
        self._base_png: bytes | None = None  # its bytes as given, returned unchanged while nothing is drawn
        self._modified = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(360, 120)
        self.setMaximumSize(540, 180)  # about the size of a handwritten signature on paper, enlarged
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("签名板"))
        self.setAccessibleDescription(self.tr("用鼠标或手写笔在此处签名"))
        self.setToolTip(self.tr("按住鼠标左键（或用手写笔）在此处写下您的签名"))

    # --- size ---
    def sizeHint(self) -> QSize:
        return QSize(450, 150)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), width * CANVAS.height() // CANVAS.width())

    # --- state ---
    def is_empty(self) -> bool:
        return self._base is None and not self._strokes

    def is_modified(self) -> bool:
        """Changed by the teacher since set_png() (or since mark_saved())."""
        return self._modified

    def mark_saved(self) -> None:
        self._modified = False

    def stroke_count(self) -> int:
        return len(self._strokes)

    def set_png(self, png: bytes | None) -> bool:
        """Show a stored signature (None: an empty pad); not an edit. False if the bytes are not a picture."""
        self._strokes.clear()
        self._current = None
        self._base = None
        self._base_png = None
        self._modified = False
        ok = True
        if png:
            image = QImage.fromData(png)
            if image.isNull():
                ok = False
            else:
                self._base = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
                self._base_png = bytes(png)
        self.update()
        return ok

    def clear(self) -> None:
        if self.is_empty():
            return
        self._strokes.clear()
        self._current = None
        self._base = None
        self._base_png = None
        self._changed()

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._changed()

    def _changed(self) -> None:
        self._modified = True
        self.update()
        self.edited.emit()

    # --- import ---
    def choose_and_import(self) -> bool:
        """Ask for a picture and import it; False if the teacher cancelled. Raises ImportFailed."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("导入签名图片"),
            "",
            self.tr("图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)"),
        )
        if not path:
            return False
        self.import_file(path)
        return True

    def import_file(self, path: str | Path) -> None:
        """Replace the pad's content with the signature in the picture at `path`. Raises ImportFailed."""
        name = Path(path).name
        try:
            cropped = signature_from_picture(read_picture(path), Path(path))
        except PictureError as error:
            if error.problem is PictureProblem.UNREADABLE:
                text = self.tr(
                    "无法读取“{name}”：它不是可以打开的图片。请选择 PNG、JPG 或 BMP 格式的签名照片或扫描件。"
                )
            else:
                text = self.tr("“{name}”中没有找到签名笔迹（图片几乎是空白的）。请选择写有签名的图片。")
            raise ImportFailed(text.format(name=name)) from error
        self._strokes.clear()
        self._current = None
        self._base = cropped
        self._base_png = png_bytes(cropped)
        self._changed()

    # --- export ---
    def to_png(self, background: Background = Background.TRANSPARENT) -> bytes | None:
        """The signature as PNG bytes (cropped, at most MAX_EXPORT), or None when nothing is signed."""
        if self.is_empty():
            return None
        if not self._strokes and self._base_png is not None and background is Background.TRANSPARENT:
            return self._base_png  # untouched: no second round of scaling
        image = self.to_image(background)
        return None if image is None else png_bytes(image)

    def to_image(self, background: Background = Background.TRANSPARENT) -> QImage | None:
        if self.is_empty():
            return None
        if not self._strokes and self._base is not None:
            cropped: QImage | None = self._base  # already cropped and scaled when it came in
        else:
            canvas = QImage(CANVAS, QImage.Format.Format_ARGB32_Premultiplied)
            canvas.fill(Qt.GlobalColor.transparent)
            painter = QPainter(canvas)
            try:
                self._draw(painter, QRectF(0, 0, CANVAS.width(), CANVAS.height()))
            finally:
                painter.end()
            cropped = crop_to_ink(canvas)
        if cropped is None:
            return None
        cropped = fit_within(cropped, MAX_EXPORT)
        if background is Background.TRANSPARENT:
            return cropped
        flat = QImage(cropped.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, cropped)
        painter.end()
        return flat

    # --- drawing ---
    def _canvas_rect(self) -> QRectF:
        """Where the canvas is shown in the widget: as large as fits, centred, 3:1."""
        scale = min(self.width() / CANVAS.width(), self.height() / CANVAS.height())
        w, h = CANVAS.width() * scale, CANVAS.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _to_canvas(self, pos: QPointF) -> QPointF:
        rect = self._canvas_rect()
        scale = rect.width() / CANVAS.width()
        x = (pos.x() - rect.x()) / scale
        y = (pos.y() - rect.y()) / scale
        return QPointF(min(max(x, 0.0), CANVAS.width()), min(max(y, 0.0), CANVAS.height()))

    def _draw(self, painter: QPainter, target: QRectF) -> None:
        """The signature (picture, then strokes) drawn into `target`, which shows the whole canvas."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale = target.width() / CANVAS.width()
        if self._base is not None:
            painter.drawImage(_fitted(self._base.size(), target, scale), self._base)
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        for stroke in [*self._strokes, *([self._current] if self._current else [])]:
            _draw_stroke(painter, stroke)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        rect = self._canvas_rect()
        # The line to sign on, as on paper.
        guide = QPen(QColor("#b0b0b0"), 1, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        y = rect.top() + rect.height() * 0.78
        painter.drawLine(QPointF(rect.left() + 16, y), QPointF(rect.right() - 16, y))
        if self.is_empty() and self._current is None:
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("请在此处签名"))
        self._draw(painter, rect)
        frame = self.palette().color(QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid)
        painter.setPen(QPen(frame, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    # --- input: mouse (and touch, which Qt turns into mouse events) ---
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_PRESSURE)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_PRESSURE)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._extend(event.position(), MOUSE_PRESSURE)
            self._finish()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    # --- input: pen and tablet, with pressure ---
    def tabletEvent(self, event: QTabletEvent) -> None:
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            event.ignore()
            return
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QTabletEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), event.pressure())
        elif kind == QTabletEvent.Type.TabletRelease and self._current is not None:
            self._finish()
        # Accepted, so Qt does not also send the same movement as mouse events.
        event.accept()

    def _begin(self, pos: QPointF, pressure: float) -> None:
        self._current = _Stroke()
        self._current.add(self._to_canvas(pos), pressure)
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        assert self._current is not None
        point = self._to_canvas(pos)
        if self._current.points and self._current.points[-1] == point:
            return
        self._current.add(point, pressure)
        self.update()

    def _finish(self) -> None:
        stroke, self._current = self._current, None
        if stroke is not None and stroke.points:
            self._strokes.append(stroke)
            self._changed()


def _draw_stroke(painter: QPainter, stroke: _Stroke) -> None:
    pen = QPen(INK)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if len(stroke.points) == 1:  # a dot
        pen.setWidthF(_pen_width(stroke.pressures[0]))
        painter.setPen(pen)
        painter.drawPoint(stroke.points[0])
        return
    for i in range(1, len(stroke.points)):
        pen.setWidthF(_pen_width((stroke.pressures[i - 1] + stroke.pressures[i]) / 2))
        painter.setPen(pen)
        painter.drawLine(stroke.points[i - 1], stroke.points[i])


def _fitted(size: QSize, target: QRectF, scale: float) -> QRectF:
    """A picture of `size` fitted into `target` (with a margin), centred, keeping its proportions."""
    margin = 12 * scale
    room = target.adjusted(margin, margin, -margin, -margin)
    factor = min(room.width() / max(size.width(), 1), room.height() / max(size.height(), 1))
    w, h = size.width() * factor, size.height() * factor
    return QRectF(room.center().x() - w / 2, room.center().y() - h / 2, w, h)


class SignatureField(QWidget):
    """The pad with its buttons (撤销一笔, 清除, 导入图片…), as the pledge form shows it.

    `edited` mirrors the pad's; `import_failed` carries the message to show beside the field.
    """

    edited = Signal()
    import_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad(self)
        self.undo_button = QPushButton(self.tr("撤销一笔"), self)
        self.undo_button.setToolTip(self.tr("去掉最后写的一笔"))
        self.clear_button = QPushButton(self.tr("清除签名"), self)
        self.import_button = QPushButton(self.tr("从图片导入…"), self)
        self.import_button.setToolTip(self.tr("选择一张签名的照片或扫描件；白纸部分会自动变为透明"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.pad)
        layout.addLayout(buttons)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        self.import_button.clicked.connect(self._import)
        self.pad.edited.connect(self._update_buttons)
        self.pad.edited.connect(self.edited)
        self._update_buttons()

    def set_png(self, png: bytes | None) -> bool:
        ok = self.pad.set_png(png)
        self._update_buttons()
        return ok

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.pad.stroke_count() > 0)
        self.clear_button.setEnabled(not self.pad.is_empty())

    def _import(self) -> None:
        try:
            self.pad.choose_and_import()
        except ImportFailed as error:
            self.import_failed.emit(str(error))
