"""AppState: the open store, the shown case, and the change bus."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication

from samtaleduk.domain.model import Case
from samtaleduk.ops import NOTHING, Changes, Done
from samtaleduk.store.store import Store
from ui.shell.prefs import Prefs
from ui.shell.state import AppState
from ui.tools.i18n import LanguageManager


def test_the_bus_carries_only_real_changes_and_closing_forgets_the_case(
        qapp: QApplication, _isolated_data_dir: Path, store: Store) -> None:
    state = AppState(_isolated_data_dir, Prefs(_isolated_data_dir), LanguageManager())
    heard: list[object] = []
    closed: list[bool] = []
    state.changed.connect(heard.append)
    state.store_closed.connect(lambda: closed.append(True))
    state.publish(NOTHING)
    assert heard == []
    one = Changes(cases=frozenset({uuid.uuid4()}))
    assert state.apply(Done("value", one)) == "value"
    assert heard == [one]
    state.open_store(store)
    state.case = Case(name="Familien Test", template_id="familie")
    state.close_store()
    assert state.store is None and state.case is None and closed == [True]
    assert not store.is_open
    state.close_store()  # nothing open: nothing said
    assert closed == [True]
