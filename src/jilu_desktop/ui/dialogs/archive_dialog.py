"""导入数据包: asked before a data archive replaces a record book that holds something.

The two books side by side (the archive's, with when it was exported, and the one on this computer now), what
replacing means (everything, with a backup first, not undone with Ctrl+Z), and an explicit button. Cancel is the
default and the escape button, so that a stray Enter or Esc replaces nothing. Opened with open(): window-modal,
not blocking; `accepted` means replace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services.archive import last_change
from jilu_desktop.storage.archive import ArchiveInfo, BookSummary
from jilu_desktop.ui.archive_files import archive_text, book_text

MIN_WIDTH = 640


def _text_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and schools as typed: never read as HTML
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _top(box: QGroupBox, label: QLabel) -> None:
    """The label at the top of its box, so that the two books' first lines stand level."""
    layout = QVBoxLayout(box)
    layout.addWidget(label)
    layout.addStretch(1)


class ImportConfirmDialog(QDialog):
    def __init__(self, archive: ArchiveInfo, current: BookSummary, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入数据包"))
        self.heading = _text_label(self.tr("用数据包中的记录本替换这台电脑上的记录本？"), self)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.archive_box = QGroupBox(self.tr("数据包中的记录本（导入后使用这个）"), self)
        self.archive_label = _text_label(archive_text(archive, lang), self.archive_box)
        _top(self.archive_box, self.archive_label)
        self.current_box = QGroupBox(self.tr("这台电脑上现在的记录本（将被替换）"), self)
        self.current_label = _text_label(book_text(current, lang), self.current_box)
        _top(self.current_box, self.current_label)
        books = self._books = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        books.addWidget(self.archive_box, 1)
        books.addWidget(self.current_box, 1)

        self.warning = _text_label(
            self.tr(
                "导入会把这台电脑上现在的记录本整个替换掉：个人信息、学生、志愿书、活动记录和设置，"
                "都换成数据包中的内容。替换前，现在的记录本会先备份下来，导入完成后会告诉您备份的位置。"
                "导入不能用“撤销”撤回。"
            ),
            self,
        )

        # Work done here after the archive was made elsewhere would be left only in the backup: said plainly.
        self.newer_warning: QLabel | None = None
        if current.changed_after(archive.book):
            self.newer_warning = _text_label(
                self.tr(
                    "注意：这台电脑上的记录本比数据包中的更新（这里最近一次修改在 {here}，数据包中是 {there}）。"
                    "替换后，这些较新的修改只留在备份中。如果不确定，请先点“取消”，看看哪一台电脑上的记录本是最新的。"
                ).format(here=last_change(current), there=last_change(archive.book)),
                self,
            )
            warning_font = QFont(self.newer_warning.font())
            warning_font.setBold(True)
            self.newer_warning.setFont(warning_font)

        self.buttons = QDialogButtonBox(self)
        self.replace_button = self.buttons.addButton(
            self.tr("替换为数据包中的记录本"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)  # Esc too, as for every dialog

        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addLayout(books)
        if self.newer_warning is not None:
            layout.addWidget(self.newer_warning)
        layout.addWidget(self.warning)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self._fit()
        self.cancel_button.setFocus()

    def _fit(self) -> None:
        """As wide as the two boxes' titles need (at least MIN_WIDTH) and as tall as the wrapped text then needs:
        with a large font (设置 → 界面字号) every line is still read before the book is replaced. Where the two boxes
        side by side would be wider than the screen, one stands above the other."""
        layout = self._layout
        layout.activate()
        width = max(MIN_WIDTH, layout.totalMinimumSize().width())
        screen = self.screen()
        room = screen.availableGeometry().width() if screen is not None else width
        if width > room:
            self._books.setDirection(QBoxLayout.Direction.TopToBottom)
            layout.activate()
            width = min(room, max(MIN_WIDTH, layout.totalMinimumSize().width()))
        height = max(layout.totalMinimumSize().height(), layout.totalHeightForWidth(width))
        self.setMinimumSize(width, height)
        self.resize(width, height)
