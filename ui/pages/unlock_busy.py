"""What the unlock page shows while the store opens: greyed fields and the busy
cursor at once, the words "Opening the encrypted store …" once the open has taken
a moment, and a moving bar once it has taken a while.

An unlock is mostly Argon2id on two cores, about a tenth of a second, and the list
replaces the page as soon as it is done. The words shown at once relaid and
repainted the whole card while the key was being derived, and moved it for a moment
just before the list came; the bar moving from the start took 10–20 ms of a 0.15 s
derivation (issue 16). So each waits until it would be read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

WORDS_DELAY_MS = 150
"""The words show when an open has taken this long; most unlocks are over by then."""
BAR_DELAY_MS = 400
"""The moving bar joins the words when an open has taken this long (a slow machine,
a migration)."""


class OpeningIndicator(QObject):
    """Shows that `page` is opening the store: `words` and `bar` (both hidden
    until their delays pass) and the busy cursor over `page`."""

    def __init__(self, page: QWidget, words: QLabel, bar: QProgressBar) -> None:
        super().__init__(page)
        self._page, self.words, self.bar = page, words, bar
        self._on = False
        self.words_timer = self._timer(WORDS_DELAY_MS, self._show_words)
        self.bar_timer = self._timer(BAR_DELAY_MS, lambda: self.bar.setVisible(self._on))
        words.hide()
        bar.hide()

    def _timer(self, delay_ms: int, show: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay_ms)
        timer.timeout.connect(show)
        return timer

    def start(self) -> None:
        """The open has begun: the busy cursor now, the words and the bar later."""
        self._on = True
        self.words_timer.start()
        self.bar_timer.start()
        self._page.setCursor(Qt.CursorShape.BusyCursor)

    def stop(self) -> None:
        """The open has ended: nothing of it is left on the page."""
        self._on = False
        self.words_timer.stop()
        self.bar_timer.stop()
        self._keep_bar_place(False)
        self.bar.hide()
        self.words.hide()
        self._page.unsetCursor()

    def _show_words(self) -> None:
        if self._on:
            # The bar's place is kept from now, so the card does not move when it shows.
            self._keep_bar_place(True)
            self.words.show()

    def _keep_bar_place(self, keep: bool) -> None:
        policy = self.bar.sizePolicy()
        policy.setRetainSizeWhenHidden(keep)
        self.bar.setSizePolicy(policy)
