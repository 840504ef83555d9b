"""Presentation mode: full screen, large type, still editable, Esc leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store import Store
from tests.ui.canvas_support import demo_session
from tests.ui.test_canvas import open_view, texts, type_text
from ui.canvas.presentation import PresentationWindow
from ui.canvas.style import PRESENTATION_ZOOM

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""


def test_f5_presents_and_notes_typed_there_reach_the_meeting(qtbot: QtBot,
                                                             store: Store) -> None:
    session = demo_session(store, "familie")
    view = open_view(qtbot, session)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    window = view.presentation
    assert isinstance(window, PresentationWindow)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.isFullScreen()
    # Large type, as large as lets the whole sheet fit the screen.
    assert window.style_.presentation
    assert 1.0 < window.style_.zoom <= PRESENTATION_ZOOM
    big = window.canvas.fields["fungerer"].title.font().pointSizeF()
    assert big >= view.canvas.fields["fungerer"].title.font().pointSizeF() * 1.1
    assert window.style_.contrast
    # No menus, no case list: only the sheet.
    assert not window.findChildren(type(view))
    # The facilitator can still add notes; the main view follows.
    entry = window.canvas.fields["draumar"].entry_widget()
    entry.setFocus()
    type_text(entry, "Å reise til Sápmi ŋ")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert session.meeting.field("draumar").notes[-1].text == "Å reise til Sápmi ŋ"
    assert "Å reise til Sápmi ŋ" in texts(view, "draumar")
    # Esc leaves presentation mode.
    with qtbot.waitSignal(window.closed, timeout=2000):
        QTest.keyClick(entry, Qt.Key.Key_Escape)
    assert view.presentation is None
    # F5 again opens a fresh one.
    view.present()
    again = view.presentation
    assert isinstance(again, PresentationWindow) and again.isVisible()
    again.close()


def test_presentation_type_is_as_large_as_the_screen_allows(qtbot: QtBot,
                                                            store: Store) -> None:
    session = demo_session(store, "familie")
    window = PresentationWindow(session)
    window.show()
    small = window.fit_to(QSize(1366, 768))
    large = window.fit_to(QSize(3840, 2160))
    assert large == PRESENTATION_ZOOM
    assert small < large
    need = window.canvas.minimumSizeHint()
    assert need.width() <= 3840 and need.height() <= 2160
    # Resizing the window re-fits the type.
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.style_.zoom == small)
    window.close()


def test_presentation_on_a_chosen_screen_in_the_case_language(qtbot: QtBot,
                                                              store: Store) -> None:
    session = demo_session(store, "individuell")
    window = PresentationWindow(session, lang="nb")
    screen = QApplication.primaryScreen()
    window.show_on(screen)
    qtbot.waitUntil(window.isVisible)
    assert window.screen() is screen
    assert window.canvas.fields["vanskeleg"].title.text() == "Det som er vanskelig..."
    assert window.canvas.styleSheet().count("#FFFFFF") >= 1  # white paper, high contrast
    window.close()
