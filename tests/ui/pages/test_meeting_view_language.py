"""An open meeting follows a switch of the UI language: its toolbar, save status
and banner speak the new language (issue 12, defect 10)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import close_window, open_window

WORDS = {
    "nn": ("Angra", "Gjer om att", "Vis for alle", "Angra (Ctrl+Z)", "Prøv igjen no"),
    "nb": ("Angre", "Gjør om igjen", "Vis for alle", "Angre (Ctrl+Z)", "Prøv igjen nå"),
    "en": ("Undo", "Redo", "Present", "Undo (Ctrl+Z)", "Try again now"),
}


def test_the_meeting_toolbar_follows_the_language_menu(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates,
                                    lang="nn")
    try:
        family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
        window.open_case(family.id)
        window.open_meeting(demo_store.list_meetings(family.id)[-1].id)
        view = window.meeting_page.view
        assert view is not None
        for lang in ("nn", "nb", "en"):
            # What a click on the language in the Language menu does.
            window.menus.language_actions[lang].trigger()
            undo, redo, present, undo_tip, retry = WORDS[lang]
            assert view.undo_button.text() == undo
            assert view.redo_button.text() == redo
            assert view.present_button.text() == present
            assert view.undo_button.toolTip() == undo_tip
            assert view.banner.button.text() == retry
    finally:
        close_window(window, languages)
