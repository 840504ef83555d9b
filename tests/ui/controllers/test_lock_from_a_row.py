"""Locking with the cursor in a goal's row leaves no deleted row behind to call
(issue 12, defect 7: "Internal C++ object (GoalRow) already deleted")."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import click, close_window, focus, key, open_window
from ui.canvas.goals import GoalRow, GoalsField


@pytest.mark.parametrize("where", ["text", "deadline"])
def test_ctrl_l_from_a_goal_row_raises_and_logs_nothing(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, caplog: pytest.LogCaptureFixture, where: str) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
        window.open_case(family.id)
        window.open_meeting(demo_store.list_meetings(family.id)[-1].id)
        view = window.meeting_page.view
        assert view is not None
        field = view.canvas.fields["kort_sikt"]
        assert isinstance(field, GoalsField)
        row = next(iter(field._rows.values()))
        assert isinstance(row, GoalRow)
        field._scroll.ensureWidgetVisible(row.text)
        click(row.text)
        if where == "deadline":
            key(Qt.Key.Key_Tab)
            assert focus() is row.deadline
        assert row.isAncestorOf(focus())
        with caplog.at_level(logging.DEBUG), qtbot.capture_exceptions() as exceptions:
            key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            assert window.store is None
            # Let every timer and deferred deletion of the lock run.
            for _ in range(5):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                qtbot.wait(20)
        assert exceptions == []
        assert not [r for r in caplog.records if "already deleted" in r.getMessage()
                    or r.exc_info is not None]
    finally:
        close_window(window, languages)
