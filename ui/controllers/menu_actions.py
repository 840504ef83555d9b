"""The base of the controllers that put actions in the main window's menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class MenuActions(QObject):
    """Actions whose texts follow the window's language: `retranslate` (the
    subclass's, which also runs once when its actions exist) is called on every
    LanguageChange of the window."""

    def __init__(self, window: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self._retranslate = retranslate
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
