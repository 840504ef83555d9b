"""The case list's first screen, read on the unlock's worker as soon as the open is
recorded in the audit log (`Store.open`'s `on_open`), and drawn before the worker
finishes the open.

What is left of the open then (the audit chain's head file and its check, a few
milliseconds, much of it Python) waits until the window has drawn that screen, at
most `FIRST_SCREEN_WAIT_S`: run beside the paint, it took the interpreter from it
and the list was drawn no sooner (issue 16). The store is handed over after.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from samtaleduk.store.faults import is_store_damage

if TYPE_CHECKING:
    from samtaleduk.store.store import Store

log = logging.getLogger(__name__)

FIRST_SCREEN_WAIT_S = 0.25
"""The longest the worker waits for the first screen's paint (a window that is not
on screen may never paint)."""


class FirstScreenAhead:
    """One unlock's read-ahead: `on_open` (on the worker) reads with `reader`, hands
    what it read to `hand_over` (a signal's emit, queued to the GUI thread) and
    waits for `drawn` (on the GUI thread)."""

    def __init__(self, reader: Callable[[Store], object],
                 hand_over: Callable[[object], None]) -> None:
        self._reader, self._hand_over = reader, hand_over
        self._drawn = threading.Event()

    def on_open(self, store: Store) -> None:
        """Read the first screen and hand it over, then wait for its paint."""
        try:
            read = self._reader(store)
        except Exception as exc:
            if is_store_damage(exc):
                raise  # the connection is lost to it: the unlock page proves the file
            # Another failure: the window reads the list again, its own way.
            log.warning("reading the first screen ahead failed: %s", type(exc).__name__)
            return
        self._hand_over(read)
        self._drawn.wait(FIRST_SCREEN_WAIT_S)

    def drawn(self) -> None:
        """The window has drawn the first screen, or will not show it: the open
        goes on."""
        self._drawn.set()
