"""One window per data folder.

A teacher who double-clicks the icon again while the program is starting (or already open) must not get a
second window on the same record book: each window would show what it read, and undoing in one could put
back what the other had changed. The first window holds a lock file in the data folder for as long as it
runs and listens on a local socket; a second start finds the lock, asks the first window to come to the
front, and ends. A lock left by a program that crashed is taken over: on this computer Qt sees that its
process is gone; a lock from another computer (a USB stick pulled out there without closing the program)
is taken over once it is older than STALE_AFTER_MS, which is why the holder touches it every REFRESH_MS.
When the holder cannot be reached (the data folder is on a stick or a share that another computer has
open), the second start says so instead of opening the data.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed: after the first paint, or by a second start
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "jilu.lock"
_SHOW = b"show\n"  # what a second start sends the first window
STALE_AFTER_MS = 60_000  # a lock file not touched for this long belongs to nobody any more
REFRESH_MS = 15_000  # how often the holder touches it
_CONNECT_MS = 1500  # how long a second start waits for the first window to take its message


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as the lock file says."""

    pid: int
    host: str


class InstanceGuard(QObject):
    """Holds the data folder for this program; `show_requested` fires when a second start asks for the window."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = data_dir / LOCK_FILE
        self._lock = QLockFile(str(self._path))
        self._lock.setStaleLockTime(STALE_AFTER_MS)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._touch)
        self._server_name = server_name(data_dir)
        self._server: QLocalServer | None = None
        self.holder: Holder | None = None

    def try_lock(self) -> bool:
        """True when this program may open the data folder: it holds the lock, or no lock file can be made
        there (a read-only folder: opening the data will tell the teacher why). Needs no QApplication."""
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no lock file in the data folder (%s); going on without one", self._lock.error())
            return True
        pid, host, _app = self._lock.getLockInfo()  # (0, "", "") when the lock file cannot be read
        self.holder = Holder(pid, host) if pid else None
        return False

    def ask_holder_to_show(self) -> bool:
        """Ask the window that holds the data folder to come to the front; False if it did not answer."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._server_name)
        if not socket.waitForConnected(_CONNECT_MS):
            log.warning("the data folder is held by %s and it did not answer", self.holder)
            return False
        socket.write(_SHOW)
        socket.flush()
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_CONNECT_MS)
        return True

    def listen(self) -> None:
        """Start answering second starts and keeping the lock fresh (once the QApplication exists)."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock.isLocked():
            self._refresh.start()
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._server_name):
            # A socket left by a crashed window: clear it and listen again.
            QLocalServer.removeServer(self._server_name)
            if not server.listen(self._server_name):
                log.warning("cannot listen for a second start: %s", server.errorString())
                return
        server.newConnection.connect(self._connected)
        self._server = server
        log.info("a second start on this data folder will bring this window forward")

    def release(self) -> None:
        self._refresh.stop()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _touch(self) -> None:
        try:
            os.utime(self._path)
        except OSError:  # the stick was pulled out: the data's own errors will say so
            log.warning("cannot refresh the lock file %s", self._path, exc_info=True)

    def _connected(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_SHOW.strip()):
            self.show_requested.emit()


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per data folder (and per user, as the folder usually is)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"jilu-desktop-{digest}"
