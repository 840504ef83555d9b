"""The comparison view: the demo case's meetings, changes marked by symbol and word."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.demo import demo_cases, demo_id
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from ui.evaluation.change_marks import MarkKind
from ui.evaluation.comparison import ComparisonDialog, ComparisonView
from ui.evaluation.mini_duk import ItemLabel, MiniDuk, marked


def h(label: str) -> uuid.UUID:
    return demo_id(f"haugland/{label}")


def view_of(qtbot: QtBot, store: Store) -> ComparisonView:
    """The family demo case, saved and read back from the store, in the view."""
    case, meetings = demo_cases()[0]
    templates = load_all()
    store.save_case(case)
    for m in meetings:
        store.save_meeting(m, templates.get(m.template_id))
    view = ComparisonView(store.get_case(case.id), store.list_meetings(case.id),
                          lambda tid, _version: templates.get(tid))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def label(duk: MiniDuk, item_id: uuid.UUID) -> ItemLabel:
    found = duk.label_of(item_id)
    assert found is not None
    return found


def test_meeting_2_against_1_marks_the_move_additions_and_removal(
        qtbot: QtBot, store: Store, english: None) -> None:
    view = view_of(qtbot, store)
    view.pick(1, 2)
    old, new = view.duker
    assert (old.meeting.number, new.meeting.number) == (1, 2)
    # The move from "vanskeleg" to "fungerer": the same note, with the symbol and a word.
    moved = label(new, h("n/emil-morgon"))
    assert [m.kind for m in moved.marks] == [MarkKind.MOVED, MarkKind.CHANGED]
    assert "➜" in moved.text() and "✎" in moved.text()
    assert "Det som er vanskeleg for oss" in moved.toolTip()
    assert moved.accessibleName().startswith("Moved from")
    assert "Emil er på skulen tre av fem dagar" in moved.accessibleName()
    assert new.fields["fungerer"].isAncestorOf(moved)
    gone_from = label(old, h("n/emil-morgon"))
    assert gone_from.marks[0].kind is MarkKind.MOVED and "➜" in gone_from.text()
    assert old.fields["vanskeleg"].isAncestorOf(gone_from)
    # Added notes on the newer duk, the removed one on the older.
    added = {x.item_id for x in marked(new.item_labels(), MarkKind.ADDED)}
    assert {h("n/nora-spelar"), h("n/budsjett"), h("g/sara-arbeidstrening"),
            h("a/arbeidstrening")} <= added
    assert "+" in label(new, h("n/nora-spelar")).text()
    removed = marked(old.item_labels(), MarkKind.REMOVED)
    assert [x.item_id for x in removed] == [h("n/nora-fotball-rad")]
    assert "−" in removed[0].text() and removed[0].toolTip() == "Removed"
    assert label(new, h("n/rekningar")).marks[0].kind is MarkKind.CHANGED
    assert label(new, h("a/jobbtiltak")).marks[0].kind is MarkKind.DONE
    assert label(new, h("g/nora-fotball")).marks[0].kind is MarkKind.DONE
    # The summary, in the case's language, under the paper's three headings.
    cols = view.columns
    assert cols["done"].heading.text().endswith("Kva er gjort")
    assert cols["remains"].heading.text().endswith("Kva står att")
    assert cols["changed"].heading.text().endswith("Kva har endra seg")
    assert "Gjort: Kartleggje jobbtiltak for Sara (Tor Aas)." in cols["done"].lines
    assert "Målet er nådd: Nora byrjar på fotball." in cols["done"].lines
    assert any(line.startswith("Flytta frå «Det som er vanskeleg for oss» til «Det som "
                               "fungerer for oss»") for line in cols["changed"].lines)
    assert any("Nora har ikkje råd til fotballtreninga" in line and line.startswith("Teke bort")
               for line in cols["changed"].lines)
    assert "Flytta frå" in cols["changed"].body.text()


def test_picking_meetings_1_and_3_updates_everything(qtbot: QtBot, store: Store) -> None:
    view = view_of(qtbot, store)
    # By default the last two meetings.
    assert [d.meeting.number for d in view.duker] == [2, 3]
    with qtbot.waitSignal(view.compared):
        view.old_combo.setCurrentIndex(view.old_combo.findData(1))
    assert [d.meeting.number for d in view.duker] == [1, 3]
    assert view.comparison is not None
    assert (view.comparison.old_number, view.comparison.new_number) == (1, 3)
    old, new = view.duker
    assert label(new, h("n/emil-morgon")).marks[0].kind is MarkKind.MOVED
    added = {x.item_id for x in marked(new.item_labels(), MarkKind.ADDED)}
    assert h("n/sara-trivst") in added and h("g/fast-jobb") in added
    assert any("Søkje om kommunal bustad" in line for line in view.columns["done"].lines)
    # Chosen the other way round, the older meeting is still on the left.
    view.pick(3, 1)
    assert [d.meeting.number for d in view.duker] == [1, 3]


def test_one_duk_inline_shows_removed_items_struck_through(qtbot: QtBot, store: Store) -> None:
    view = view_of(qtbot, store)
    view.pick(1, 2)
    view.inline_toggle.setChecked(True)
    assert len(view.duker) == 1
    duk = view.duker[0]
    assert duk.meeting.number == 2
    ghost = label(duk, h("n/nora-fotball-rad"))
    assert duk.fields["vanskeleg"].isAncestorOf(ghost)
    assert "<s>" in ghost.text() and "−" in ghost.text()
    changed = label(duk, h("n/rekningar"))
    assert "Rekningar hopar seg opp" in changed.text()  # the old words, struck through
    assert label(duk, h("n/emil-morgon")).marks[0].kind is MarkKind.MOVED
    view.inline_toggle.setChecked(False)
    assert len(view.duker) == 2


def test_one_meeting_only_and_the_dialog(qtbot: QtBot, store: Store) -> None:
    case, meetings = demo_cases()[1]
    templates = load_all()
    dialog = ComparisonDialog(case, meetings, lambda tid, _v: templates.get(tid))
    qtbot.addWidget(dialog)
    view = dialog.view
    assert [d.meeting.number for d in view.duker] == [1, 1]
    assert view.comparison is not None and not view.comparison.has_changes()
    assert all(not x.marks for d in view.duker for x in d.item_labels())
    assert case.name in dialog.windowTitle()


def test_keyboard_reaches_the_choices_and_the_duker(qtbot: QtBot, store: Store) -> None:
    view = view_of(qtbot, store)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.old_combo.setFocus()
    seen = []
    for _ in range(6):
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
        seen.append(view.focusWidget())
    assert view.new_combo in seen and view.inline_toggle in seen
    assert view.duk_scroll in seen
    # The old meeting chosen by keyboard: Down in the "from" box.
    view.old_combo.setFocus()
    view.pick(2, 3)
    with qtbot.waitSignal(view.compared):
        qtbot.keyClick(view.old_combo, Qt.Key.Key_Up)
    assert [d.meeting.number for d in view.duker] == [1, 3]
