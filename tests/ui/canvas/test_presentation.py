"""Presentation mode: the duk for the family to read. Full screen without
scrolling, read-only (no editing controls at all), large type, consents drawn as
ticks; F5 opens it, Esc or F5 leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas_support import demo_session
from ui.canvas.presentation import PresentationWindow
from ui.canvas.presentation_sheet import PresentationSheet
from ui.meeting.session import MeetingSession
from ui.tools.snapshot import fill_demo_store, fill_laptop_meeting

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""

SCREENS = {(1920, 1080): 24.0, (1366, 768): 17.0}
"""Screen size → the smallest type the room must get there, in points."""


def full_session(store: Store) -> MeetingSession:
    """Meeting 1 of the family demo with 6 actions and 5 goals, opened."""
    fill_demo_store(store)
    meeting = store.get_meeting(fill_laptop_meeting(store))
    case = store.get_case(meeting.case_id)
    return MeetingSession(store, case, meeting, load_all().get("familie"))


def editable(widget: QWidget) -> bool:
    """True for a control someone could type into, tick, pick or press."""
    if not widget.isEnabled():
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox | QAbstractButton)


def words_on_pages(sheet: PresentationSheet) -> list[str]:
    """Every line of words placed on any page."""
    seen: list[str] = []
    for page in range(len(sheet.pages)):
        sheet.show_page(page)
        seen += [line.text for b in sheet.blocks if not b.rect.isEmpty() for line in b.lines]
    sheet.show_page(0)
    return seen


def test_f5_presents_read_only_and_esc_or_f5_leaves(qtbot: QtBot, store: Store) -> None:
    session = demo_session(store, "familie")
    view = open_view(qtbot, session)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    window = view.presentation
    assert isinstance(window, PresentationWindow)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.isFullScreen()
    # On the screen the main window is on.
    assert window.screen() is view.screen()
    # No menus, no editors, no buttons, nothing to scroll: a drawing of the duk.
    children = window.findChildren(QWidget)
    assert not [w for w in children if editable(w)]
    assert not [w for w in children if isinstance(w, QAbstractScrollArea)]
    assert not window.findChildren(type(view))
    # Esc leaves (a real key press, to whatever has the focus).
    with qtbot.waitSignal(window.closed, timeout=2000):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert view.presentation is None
    # F5 opens it again, and F5 leaves it too.
    qtbot.waitUntil(lambda: view.isActiveWindow())
    QTest.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_F5)
    again = view.presentation
    assert isinstance(again, PresentationWindow)
    qtbot.waitUntil(again.isActiveWindow)
    with qtbot.waitSignal(again.closed, timeout=2000):
        QTest.keyClick(QApplication.focusWidget() or again, Qt.Key.Key_F5)
    assert view.presentation is None


@pytest.mark.parametrize("size", list(SCREENS))
def test_the_duk_fills_the_screen_in_large_type_without_scrolling(
        qtbot: QtBot, store: Store, size: tuple[int, int]) -> None:
    session = full_session(store)
    sheet = PresentationSheet(session.template, session.meeting, "nn")
    qtbot.addWidget(sheet)
    sheet.resize(*size)
    sheet.show()
    qtbot.waitExposed(sheet)
    pt = sheet.lay_out(QSize(*size))
    assert sheet.fits
    assert pt == sheet.smallest_pt() >= SCREENS[size]
    screen = sheet.rect()
    for page in range(len(sheet.pages)):
        sheet.show_page(page)
        placed = [b for b in sheet.blocks if not b.rect.isEmpty()]
        assert placed and all(screen.contains(b.rect) for b in placed)
        assert not sheet.overlaps()
        # No cell is cut: each is as tall as its words at its width.
        for b in placed:
            assert sheet.metrics.need(b, b.rect.width()) <= b.rect.height(), b.title
    # Every word the meeting holds is on a page: nothing is left out to fit.
    words = " ".join(words_on_pages(sheet))
    meeting = session.meeting
    for content in meeting.fields.values():
        for item in [*content.notes, *content.goals, *content.actions]:
            assert item.text in words
        for helper in content.helpers:
            assert helper.name in words
    assert len(meeting.field("neste_steg").actions) == 6


@pytest.mark.parametrize("size", list(SCREENS))
def test_the_individual_duk_is_one_page(qtbot: QtBot, store: Store,
                                        size: tuple[int, int]) -> None:
    session = demo_session(store, "individuell")
    sheet = PresentationSheet(session.template, session.meeting, "nn")
    qtbot.addWidget(sheet)
    sheet.resize(*size)
    assert sheet.lay_out(QSize(*size)) >= SCREENS[size]
    assert sheet.fits and len(sheet.pages) == 1
    for b in sheet.blocks:
        assert sheet.metrics.need(b, b.rect.width()) <= b.rect.height(), b.title


def test_pages_turn_with_the_arrow_keys(qtbot: QtBot, store: Store) -> None:
    session = full_session(store)
    window = PresentationWindow(session, lang="nn")
    qtbot.addWidget(window)
    window.show_on(QApplication.primaryScreen(), full_screen=False)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.sheet.size() == QSize(1366, 768))
    sheet = window.sheet
    assert len(sheet.pages) >= 2, "the full meeting needs pages at 17 pt"
    assert sheet.page == 0 and "1" in sheet.page_label()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right)
    assert sheet.page == 1
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp)
    assert sheet.page == 0
    window.close()


def test_consents_are_drawn_as_ticks_not_black_squares(qtbot: QtBot, store: Store) -> None:
    session = demo_session(store, "individuell")  # one consent given, one not
    sheet = PresentationSheet(session.template, session.meeting, "nn")
    qtbot.addWidget(sheet)
    sheet.resize(1366, 768)
    sheet.show()
    qtbot.waitExposed(sheet)
    assert [ticked for _w, ticked in sheet.ticks()].count(True) >= 1
    assert [ticked for _w, ticked in sheet.ticks()].count(False) >= 1
    image = sheet.grab().toImage()
    assert sheet.tick_boxes
    for box, ticked in sheet.tick_boxes:
        dark = _dark_share(image, box.adjusted(3, 3, -3, -3))
        if ticked:
            assert 0.05 < dark < 0.5, "a tick inside a white box"
        else:
            assert dark < 0.02, "an empty white box"


def _dark_share(image: QImage, box: object) -> float:
    from PySide6.QtCore import QRect

    assert isinstance(box, QRect)
    dark = total = 0
    for x in range(box.left(), box.right() + 1):
        for y in range(box.top(), box.bottom() + 1):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / max(1, total)


def test_what_is_written_in_the_main_window_shows_at_once(qtbot: QtBot, store: Store) -> None:
    session = demo_session(store, "familie")
    view = open_view(qtbot, session)
    view.present()
    window = view.presentation
    assert isinstance(window, PresentationWindow)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    entry = view.canvas.fields["draumar"].entry_widget()
    assert entry is not None
    entry.setFocus()
    type_text(entry, "Å reise til Sápmi")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert "Å reise til Sápmi" in " ".join(words_on_pages(window.sheet))
    window.close()


def test_presentation_on_a_chosen_screen_in_the_case_language(qtbot: QtBot,
                                                              store: Store) -> None:
    session = demo_session(store, "individuell")
    window = PresentationWindow(session, lang="nb")
    screen = QApplication.primaryScreen()
    window.show_on(screen)
    qtbot.waitUntil(window.isVisible)
    assert window.screen() is screen
    titles = [b.title for b in window.sheet.blocks]
    assert "Det som er vanskelig..." in titles
    window.close()


def test_presentation_follows_the_high_contrast_theme(qtbot: QtBot, qapp: QApplication,
                                                      store: Store) -> None:
    from ui.look.theme import apply_theme

    session = demo_session(store, "familie")
    apply_theme(qapp, "high_contrast")
    try:
        sheet = PresentationSheet(session.template, session.meeting, "nn")
        qtbot.addWidget(sheet)
        sheet.resize(1366, 768)
        sheet.show()
        qtbot.waitExposed(sheet)
        image = sheet.grab().toImage()
        field = next(b for b in sheet.blocks if b.cell.id == "fungerer")
        inside = field.rect.adjusted(4, 4, -4, -4).bottomRight()
        assert image.pixelColor(inside).name() == "#ffffff"  # not the template's green
    finally:
        apply_theme(qapp, "paper")
    paper = PresentationSheet(session.template, session.meeting, "nn")
    qtbot.addWidget(paper)
    paper.resize(1366, 768)
    paper.show()
    qtbot.waitExposed(paper)
    field = next(b for b in paper.blocks if b.cell.id == "fungerer")
    colour = paper.grab().toImage().pixelColor(field.rect.adjusted(4, 4, -4, -4).bottomRight())
    assert colour.name() == "#e7f1e6"
