"""A tour of every window and dialog of the app, for checks that must hold on
all of them (accessible names, focus, text at 200 %): each stop leaves the view
on screen and yields its name and its top-level widget."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from ui.shell.main_window import MainWindow


def settle() -> None:
    """Let queued layout, polish and retranslate events run."""
    for _ in range(3):
        QApplication.processEvents()


def forget_windows(window: QWidget) -> None:
    """Delete the window and every top-level widget left behind now, so that a
    later theme or font change does not restyle thousands of dead widgets."""
    for w in QApplication.topLevelWidgets():
        w.close()
        w.deleteLater()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _dialog(window: MainWindow) -> QDialog:
    dialog = window.active_dialog
    assert dialog is not None
    return dialog


def tour(qtbot: QtBot, window: MainWindow, store: Store) -> Iterator[tuple[str, QWidget]]:
    """Open each view in turn; the caller checks it while it is shown."""
    from ui.dialogs.invitation import InvitationDialog
    from ui.dialogs.new_meeting import NewMeetingDialog
    from ui.dialogs.print_dialog import PrintDialog
    from ui.evaluation.review import ReviewDialog

    settle()
    yield "case list", window
    overview = window.overview_actions.show_overview()
    assert overview is not None
    qtbot.waitUntil(lambda: overview.overview is not None and not overview.reading)
    settle()
    yield "my cases now", overview
    overview.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    cases = {s.name: s for s in store.list_cases()}
    family = cases["Familien Haugland"]
    window.open_case(family.id)
    settle()
    yield "case page", window
    for kind in ("compare", "journey"):
        side = window.open_side_window(kind)
        assert side is not None
        settle()
        yield f"{kind} window", side
    window.close_side_windows()
    window.new_case()
    settle()
    yield "new case dialog", _dialog(window)
    _dialog(window).reject()
    window.trust_actions.delete_case()
    settle()
    delete = window.trust_actions.dialog
    assert delete is not None
    yield "delete case dialog", delete
    delete.reject()
    window.new_meeting()
    assert isinstance(window.active_dialog, NewMeetingDialog)
    settle()
    yield "new meeting dialog", _dialog(window)
    _dialog(window).accept()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ReviewDialog))
    settle()
    yield "review dialog", _dialog(window)
    _dialog(window).reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    settle()
    yield "family duk", window
    window.print_meeting()
    assert isinstance(window.active_dialog, PrintDialog)
    settle()
    yield "print dialog", _dialog(window)
    _dialog(window).reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    invitation = window.letter_actions.invitation()
    assert isinstance(invitation, InvitationDialog)
    qtbot.waitUntil(lambda: not invitation.is_building())
    settle()
    yield "invitation dialog", invitation
    invitation.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    window.letter_actions.minutes()
    settle()
    yield "minutes dialog", _dialog(window)
    _dialog(window).reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    pilot = window.pilot_actions.show_report()
    assert pilot is not None and window.active_dialog is pilot
    settle()
    yield "pilot figures dialog", pilot
    pilot.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    window.start_presentation()
    presentation = window.meeting_page.presentation()
    assert presentation is not None
    presentation.showNormal()
    presentation.resize(1366, 768)
    settle()
    yield "presentation", presentation
    window.meeting_page.close_presentation()
    individual = next(s for s in cases.values() if s.id != family.id)
    meetings = store.list_meetings(individual.id)
    window.open_meeting(meetings[-1].id)
    settle()
    yield "individual duk", window
    window.lock()
    settle()
    yield "unlock page", window
