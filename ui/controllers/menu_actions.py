"""The base of the controllers that put actions in the main window's menus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class MenuActions(QObject):
    """Actions whose texts follow the window's language: `retranslate` runs on every
    LanguageChange of the window (and once by the subclass when its actions exist);
    `update` enables them for what is shown."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Set the actions' texts in the current language."""
        raise NotImplementedError

    def update(self) -> None:
        """Enable the actions for what the window shows now."""
        raise NotImplementedError
