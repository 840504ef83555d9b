"""A save of one case (an autosave names its case) redraws that case's row, read
alone, not the whole list: at 10,000 cases a re-read and reset cost 100 ms or more
on the GUI thread at every pause in typing (issue 16). Driven through the window's
change bus, as the meeting's autosave and the case menu publish."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Action, ActionStatus, Case
from samtaleduk.ops import cases as case_ops
from samtaleduk.ops import meetings as meeting_ops
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case
from tests.ui.dialogs.window_support import open_window, type_passphrase_and_unlock
from ui.pages.case_list_model import CaseListModel
from ui.shell.main_window import MainWindow

WAIT_MS = 10_000


@pytest.fixture
def window(qtbot: QtBot, _isolated_data_dir: Path, templates: TemplateSet) -> MainWindow:
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        for name in ("Aas", "Berg", "Dahl"):
            marked_case(store, name, meetings=1)
    win = open_window(qtbot, _isolated_data_dir, templates)
    type_passphrase_and_unlock(win)
    qtbot.waitUntil(lambda: win.cases_page.proxy.rowCount() == 3, timeout=WAIT_MS)
    # The first screen is shown while the worker finishes the open; then the store.
    qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)
    return win


def _resets(window: MainWindow) -> list[int]:
    counted: list[int] = []
    window.cases_page.model.modelAboutToBeReset.connect(lambda: counted.append(1))
    return counted


def _row_text(window: MainWindow, name: str, column: int) -> str:
    model = window.cases_page.model
    (row,) = [r for r, s in enumerate(model.rows()) if s.name == name]
    return str(model.index(row, column).data())


def _case(window: MainWindow, name: str) -> uuid.UUID:
    return next(s.id for s in window.cases_page.model.rows() if s.name == name)


def test_an_autosave_redraws_its_cases_row_without_reading_every_case(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    assert store is not None
    page = window.cases_page
    berg = _case(window, "Familien Berg")
    page.select_case(berg)
    resets = _resets(window)
    before = _row_text(window, "Familien Berg", CaseListModel.ACTIONS)
    meeting = store.list_meetings(berg)[0]
    next_step = next(fid for fid, c in meeting.fields.items() if c.actions)
    meeting.field(next_step).actions.append(
        Action(text="Ringja skulen", owner="Mor", status=ActionStatus.OPEN,
               due=dt.date(2026, 12, 20)))

    window.state.publish(meeting_ops.save_meeting(store, meeting))

    assert resets == []
    assert _row_text(window, "Familien Berg", CaseListModel.ACTIONS) == str(int(before) + 1)
    assert page.selected_case() == berg


def test_a_closed_case_leaves_the_open_list_and_a_longer_name_widens_its_column(
        qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    assert store is not None
    page = window.cases_page
    resets = _resets(window)
    window.state.publish(case_ops.set_case_closed(store, _case(window, "Familien Aas"),
                                                  True).changes)
    assert resets == []
    assert sorted(page.visible_case_names()) == ["Familien Berg", "Familien Dahl"]

    dahl = store.get_case(_case(window, "Familien Dahl"))
    dahl.name = "Familien Dahl-Kristoffersen Øvrebø-Haugen"
    width = page.table.horizontalHeader().sectionSize(CaseListModel.NAME)
    window.state.publish(case_ops.save_people(store, dahl))
    assert resets == []
    assert page.table.horizontalHeader().sectionSize(CaseListModel.NAME) > width
    assert dahl.name in page.visible_case_names()


def test_a_new_case_reads_the_whole_list_again(qtbot: QtBot, window: MainWindow) -> None:
    store = window.store
    assert store is not None
    resets = _resets(window)
    window.state.publish(case_ops.create_case(
        store, Case(name="Familien Ny", template_id="familie")))
    assert resets == [1]
    assert "Familien Ny" in window.cases_page.visible_case_names()
