"""Refuse every network connection that leaves this machine, so tests prove briefer offline.

Installed by tests/conftest.py for the test process, and through sitecustomize.py (this
folder is put on PYTHONPATH) for every Python process a test starts.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

MESSAGE = "briefer's tests run offline: a connection to {} was refused"
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def _is_address(host: object) -> bool:
    try:
        ipaddress.ip_address(str(host).split("%")[0])
    except ValueError:
        return False
    return True


def _is_local(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(family: int, address: Any) -> None:
    if family == getattr(socket, "AF_UNIX", None):
        return
    host = address[0] if isinstance(address, tuple) else address
    if not _is_local(host):
        raise ConnectionRefusedError(MESSAGE.format(address))


def install() -> None:
    """Patch the socket module; idempotent."""
    if getattr(socket, "_briefer_offline", False):
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        _check(self.family, address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _check(self.family, address)
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        _check(self.family, args[-1])
        return real_sendto(self, data, *args)  # type: ignore[call-overload, no-any-return]

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_local(host) and not _is_address(host):  # a lookup
            raise socket.gaierror(socket.EAI_NONAME, MESSAGE.format(host))
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = sendto  # type: ignore[method-assign, assignment]
    socket.getaddrinfo = getaddrinfo
    socket._briefer_offline = True  # type: ignore[attr-defined]
