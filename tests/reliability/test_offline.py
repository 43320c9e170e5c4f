"""The whole suite runs offline: the guard installed by tests/conftest.py refuses any
connection that leaves the machine, in the test process and in every Python process a test
starts; connections to this machine still work."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

OUTSIDE = ("192.0.2.1", 80)  # TEST-NET-1: never routed; refused before it is tried


def test_connections_leaving_the_machine_are_refused() -> None:
    with pytest.raises(ConnectionRefusedError, match="run offline"):
        socket.create_connection(OUTSIDE, timeout=1)
    with pytest.raises(urllib.error.URLError, match="run offline"):
        urllib.request.urlopen("https://pypi.org/simple/", timeout=1)
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp,
        pytest.raises(ConnectionRefusedError),
    ):
        udp.sendto(b"query", ("8.8.8.8", 53))


def test_connections_within_the_machine_work() -> None:
    with (
        socket.create_server(("127.0.0.1", 0)) as server,
        socket.create_connection(server.getsockname(), timeout=1),
    ):
        pass


def test_processes_the_tests_start_are_offline_too() -> None:
    probe = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=1)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode != 0
    assert "run offline" in result.stderr
