"""MeetingSession: every edit through one object, undo/redo, autosave, retries."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from tests.ui.canvas_support import new_session, reopened

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""


def test_move_keeps_identity_and_undo_redo_cross_fields(store: Store) -> None:
    s = new_session(store)
    a = s.add_note("vanskeleg", "Emil kjem seg ikkje på skulen")
    b = s.add_note("vanskeleg", "Rekningar")
    s.add_goal("kort_sikt", "Mål")
    s.move_note(a, "fungerer")
    assert [n.id for n in s.meeting.field("fungerer").notes] == [a]
    assert [n.id for n in s.meeting.field("vanskeleg").notes] == [b]
    s.move_note(b, "fungerer", 0)
    assert [n.id for n in s.meeting.field("fungerer").notes] == [b, a]
    s.undo()
    s.undo()
    assert [n.id for n in s.meeting.field("vanskeleg").notes] == [a, b]
    s.undo()  # the goal, in another field
    assert s.meeting.field("kort_sikt").goals == []
    s.redo()
    s.redo()
    assert [n.id for n in s.meeting.field("fungerer").notes] == [a]
    assert s.meeting.field("kort_sikt").goals[0].text == "Mål"


def test_reorder_within_a_field(store: Store) -> None:
    s = new_session(store)
    ids = [s.add_note("viktig", t) for t in ("a", "b", "c")]
    s.move_note(ids[2], "viktig", 0)
    assert [n.text for n in s.meeting.field("viktig").notes] == ["c", "a", "b"]
    s.undo()
    assert [n.text for n in s.meeting.field("viktig").notes] == ["a", "b", "c"]


def test_typing_merges_into_one_undo_step_per_edit(store: Store) -> None:
    s = new_session(store)
    note = s.add_note("viktig", "T")
    for text in ("Tr", "Try", "Trygg"):
        s.set_note_text(note, text)
    assert s.undo_stack.count() == 2
    s.seal_typing()
    s.set_note_text(note, "Trygg økonomi")
    assert s.undo_stack.count() == 3
    s.undo()
    assert s.meeting.field("viktig").notes[0].text == "Trygg"
    s.undo()
    assert s.meeting.field("viktig").notes[0].text == "T"
    s.undo()
    assert s.meeting.field("viktig").notes == []


def test_typing_back_to_the_start_leaves_nothing_to_undo(store: Store) -> None:
    s = new_session(store)
    s.set_text("namn", "Sa")
    s.set_text("namn", "")
    assert s.undo_stack.count() == 0


def test_delete_and_undo_bring_the_same_note_back(store: Store) -> None:
    s = new_session(store)
    note = s.add_note("draumar", "Hus med hage")
    s.delete_note(note)
    assert s.meeting.field("draumar").notes == []
    s.undo()
    assert s.meeting.field("draumar").notes[0].id == note


def test_autosave_debounces_then_everything_is_in_the_store(
    qtbot: QtBot, store: Store, store_passphrase: str
) -> None:
    s = new_session(store)
    saves: list[int] = []
    original = store.save_meeting

    def counting(meeting, template=None, **kw):  # type: ignore[no-untyped-def]
        saves.append(1)
        return original(meeting, template, **kw)

    store.save_meeting = counting  # type: ignore[method-assign]
    with qtbot.waitSignal(s.saved, timeout=3000):
        note = s.add_note("fungerer", "Nora spelar fotball ŋ")
        for text in ("Nora spelar fotball ŋá", "Nora spelar fotball ŋáš"):
            s.set_note_text(note, text)
        s.add_participant("Kari Lund", "helsesjukepleiar")
        assert saves == []  # nothing written while typing goes on
    assert len(saves) == 1
    assert not s.dirty
    assert s.last_saved is not None
    saved = reopened(store, store_passphrase, s.meeting)
    assert saved.field("fungerer").notes[0].text == "Nora spelar fotball ŋáš"
    assert saved.field("fungerer").notes[0].id == note
    assert saved.participants[0].name == "Kari Lund"
    assert [p.name for p in store.get_case(s.case.id).known_participants] == ["Kari Lund"]


def test_flush_writes_at_once(store: Store, store_passphrase: str) -> None:
    s = new_session(store)
    s.add_goal("lang_sikt", "Større bustad")
    assert s.dirty
    assert s.flush()
    assert not s.dirty
    assert reopened(store, store_passphrase, s.meeting).field("lang_sikt").goals[0].text == \
        "Større bustad"


def test_failed_save_keeps_the_data_reports_and_retries(
    qtbot: QtBot, store: Store, store_passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = new_session(store)
    original = store.save_meeting

    def broken(meeting, template=None, **_kw):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save_meeting", broken)
    with qtbot.waitSignal(s.save_failed, timeout=3000) as failed:
        s.add_note("vanskeleg", "Søv dårleg")
    assert "Søv" not in failed.args[0]  # no personal data in the message
    assert s.dirty and s.save_failing
    assert s.meeting.field("vanskeleg").notes[0].text == "Søv dårleg"
    monkeypatch.setattr(store, "save_meeting", original)
    with qtbot.waitSignal(s.saved, timeout=5000):
        pass  # the retry timer writes on its own
    assert not s.dirty and not s.save_failing
    assert reopened(store, store_passphrase, s.meeting).field("vanskeleg").notes[0].text == \
        "Søv dårleg"


def test_autosave_waits_while_a_background_job_uses_the_store(
    qtbot: QtBot, store: Store, store_passphrase: str
) -> None:
    """A case file being written on the job runner's store lane: the autosave pause
    ends, but the meeting is written only after the job, never from two threads."""
    import threading

    from ui.tools.jobs import jobs

    s = new_session(store)
    release = threading.Event()
    writers: list[str] = []
    original = store.save_meeting

    def recording(meeting, template=None, **kw):  # type: ignore[no-untyped-def]
        writers.append("job running" if not release.is_set() else "job done")
        return original(meeting, template, **kw)

    store.save_meeting = recording  # type: ignore[method-assign]
    jobs().run(lambda: release.wait(5), lambda _r: None, uses_store=True)
    s.add_note("fungerer", "Skulen ringjer oftare")
    from ui.meeting.autosave import STORE_BUSY_MS

    # The pause has ended with the job still running: the autosaver looks again soon.
    qtbot.waitUntil(lambda: s._autosave._debounce.interval() == STORE_BUSY_MS, timeout=3000)
    assert writers == [] and s.dirty
    release.set()
    with qtbot.waitSignal(s.saved, timeout=3000):
        pass
    assert writers == ["job done"]
    assert reopened(store, store_passphrase, s.meeting).field("fungerer").notes[0].text == \
        "Skulen ringjer oftare"


def test_a_pause_indexes_the_meeting_on_the_store_lane_and_closing_leaves_it(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save only marks the meeting's search entries as behind; a pause brings
    them up to date through the job runner's store lane (never on the GUI thread),
    and closing the session ends the burst of editing (the next save is a new
    revision) with the entries up to date."""
    import threading

    from ui.meeting import session as session_module
    from ui.tools.jobs import jobs

    monkeypatch.setattr(session_module, "SEARCH_IDLE_MS", 50)
    s = new_session(store)
    threads: list[bool] = []
    original = store.refresh_search

    def recording(meeting_id=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return original(meeting_id)

    store.refresh_search = recording  # type: ignore[method-assign]
    stale = "SELECT count(*) FROM search_stale"
    with qtbot.waitSignal(s.saved, timeout=3000):
        s.add_note("fungerer", "Sovnen er betre")
    assert store.conn.execute(stale).fetchone()[0] == 1
    qtbot.waitUntil(lambda: threads == [False], timeout=3000)
    jobs().wait_for_store()
    assert store.conn.execute(stale).fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH "
                              "'sovnen'").fetchone()[0] == 1
    with qtbot.waitSignal(s.saved, timeout=3000):
        s.add_note("fungerer", "Skulen ringde")
    revisions = len(store.revisions(s.meeting.id))
    assert s.close()
    assert store.conn.execute(stale).fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM revisions WHERE open_since IS NOT NULL "
                              "AND meeting_id = ?", (str(s.meeting.id),)).fetchone()[0] == 0
    s.meeting.field("fungerer").notes[0].text = "Søvnen er mykje betre"
    store.save_meeting(s.meeting, autosave=True)
    assert len(store.revisions(s.meeting.id)) == revisions + 1
