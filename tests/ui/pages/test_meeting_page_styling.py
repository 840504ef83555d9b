"""Opening a meeting styles the duk about once, not once per move of its parts.

Under the app's style sheet (every widget is styled by it), a tree of widgets
moved to another parent is styled again, widget by widget: a `StyleChange` for
each, and a new polish for those already polished. The duk used to be built
apart and then moved (its fields into the canvas, the canvas into its scroll
area, the view into the page): ~8 style changes a widget, over half the time of
opening a meeting in the real window. Now each part is made where it stands.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import close_window, open_window
from ui.look.theme import apply_theme, current_theme


class _StyleChanges(QObject):
    """Counts the style changes each widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[int] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.StyleChange:
            self.seen[id(watched)] += 1
        return False


def test_opening_a_meeting_styles_each_widget_of_the_duk_about_once(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    theme = current_theme()
    apply_theme(qapp, theme)  # as the app starts: every widget under the theme's sheet
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
        latest = demo_store.list_meetings(family.id)[-1]
        window.open_case(family.id)
        changes = _StyleChanges()
        qapp.installEventFilter(changes)
        try:
            window.open_meeting(latest.id)
        finally:
            qapp.removeEventFilter(changes)
        view = window.meeting_page.view
        assert view is not None
        widgets = view.findChildren(QWidget)
        assert len(widgets) > 100  # the whole duk, not an empty page
        total = sum(changes.seen[id(w)] for w in widgets)
        # Setting the canvas's own sheet is one change for each; building in
        # place adds about one more. Built apart and moved, it was ~8 each.
        assert total <= 3 * len(widgets), (total, len(widgets))
    finally:
        close_window(window, languages)
        apply_theme(qapp, theme)
