"""One app per user: a second launch hands its files to the running app and ends.

A double click on a .briefing file starts `briefer FILE.briefing`; if briefer is running
already, the file opens there (its window comes to the front) instead of in a second app
with its own recovery prompt and its own hold on the library. The app listens on a local
socket named after the user's data folder, so each user (and each test's private folder)
has its own.

On macOS the Finder does not start a program with the file: it sends the running app (starting
it first if need be) a QFileOpenEvent. The same listener turns that into the same request, so a
file opened from the Finder opens in the one window like a second launch's file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from briefer import paths

_WAIT_MS = 1500  # for the running app to answer; it answers in milliseconds
_MAX_MESSAGE = 1 << 20


def server_name() -> str:
    """Return the name of the running app's socket: one per user data folder."""
    folder = str(paths.user_data_dir().resolve())
    return f"briefer-{hashlib.sha256(folder.encode()).hexdigest()[:16]}"


def hand_over(files: list[Path]) -> bool:
    """Send files to a running app (none: bring it to the front); return whether one took
    them. False when no app runs or it does not answer."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(_WAIT_MS):
        return False
    message = json.dumps({"open": [str(f.absolute()) for f in files]}) + "\n"
    socket.write(message.encode())
    socket.flush()
    answered = socket.waitForReadyRead(_WAIT_MS) and bytes(socket.readAll().data()) == b"ok\n"
    socket.disconnectFromServer()
    return answered


_MACOS = sys.platform == "darwin"


class Listener(QObject):
    """The running app's end: `requested` carries the files a second launch hands over
    (an empty list when it only asks to come to the front), or the file the Finder opens."""

    requested = Signal(list)

    def __init__(self, parent: QObject | None = None, finder: bool = _MACOS) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name()
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left by an app that crashed: no one answers
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)
        application = QCoreApplication.instance()
        if finder and application is not None:
            # a filter on the application sees every event of every object: only where the
            # Finder sends files, not on each mouse move elsewhere
            application.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take a file the Finder opens (macOS) as a request to open it."""
        if isinstance(event, QFileOpenEvent) and event.file():
            self.requested.emit([Path(event.file())])
            return True
        return super().eventFilter(watched, event)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_MESSAGE:
                socket.abort()  # not briefer talking
            return
        line = bytes(socket.readLine().data())
        try:
            files = [Path(name) for name in json.loads(line)["open"] if isinstance(name, str)]
        except (ValueError, KeyError, TypeError):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.requested.emit(files)
