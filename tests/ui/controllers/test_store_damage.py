"""An engine error a person can act on, escaping a slot, is shown, not swallowed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.errors import StoreError
from ui.controllers.store_damage import DamageGuard


class _Nav:
    unlock_page = None

    def lock(self) -> None:  # not reached: this is no damage
        raise AssertionError("locked for an error that is not damage")


@pytest.mark.qt_no_exception_capture
def test_an_engine_message_from_a_slot_is_shown(qtbot: QtBot, qapp: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    guard = DamageGuard(window, SimpleNamespace(store=object()), _Nav())  # type: ignore[arg-type]
    text = "Ei oppføring i lageret kan ikkje lesast av denne versjonen av Samtaleduk."

    def slot() -> None:
        raise StoreError(text)

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: guard.message_box is not None and guard.message_box.isVisible())
    assert guard.message_box is not None and guard.message_box.text() == text
    guard.message_box.accept()
