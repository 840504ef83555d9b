"""The case journey: counts per meeting and every item's path, from the demo case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.demo import demo_cases, demo_id
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from ui.evaluation.journey import JourneyDialog, JourneyView


def journey(qtbot: QtBot, store: Store) -> JourneyView:
    case, meetings = demo_cases()[0]
    templates = load_all()
    store.save_case(case)
    for m in meetings:
        store.save_meeting(m, templates.get(m.template_id))
    view = JourneyView(store.get_case(case.id), store.list_meetings(case.id),
                       lambda tid, _version: templates.get(tid))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_moved_note_has_its_path(qtbot: QtBot, store: Store, english: None) -> None:
    view = journey(qtbot, store)
    row = view.row_of(demo_id("haugland/n/emil-morgon"))
    assert row is not None
    assert row.text(0) == "Emil er på skulen fire av fem dagar"
    assert row.text(1) == "Meeting 1 · «Det som er vanskeleg for oss»"
    assert row.text(3) == "Meeting 3 · «Det som fungerer for oss»"
    steps = [row.child(i).text(0) for i in range(row.childCount())]
    assert steps[0] == "+ Meeting 1: First written in «Det som er vanskeleg for oss»"
    assert ("➜ Meeting 2: Moved from «Det som er vanskeleg for oss» to "
            "«Det som fungerer for oss»") in steps
    assert any(s.startswith("✎ Meeting 2: New words: «Emil kjem seg ikkje på skulen om "
                            "morgonen» → «Emil er på skulen tre av fem dagar»") for s in steps)
    assert "✎ Meeting 2: Whose voice: forelder → barnet" in steps
    assert any("fire av fem dagar" in s and s.startswith("✎ Meeting 3") for s in steps)
    description = row.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Moved from" in description and "Meeting 3" in description


def test_how_goals_and_actions_ended(qtbot: QtBot, store: Store, english: None) -> None:
    view = journey(qtbot, store)
    reached = view.row_of(demo_id("haugland/g/nora-fotball"))
    assert reached is not None and reached.text(3).startswith("✓ Meeting 2")
    assert reached.text(3).endswith("nådd")
    removed = view.row_of(demo_id("haugland/n/nora-fotball-rad"))
    assert removed is not None and removed.text(3) == "− Removed at meeting 2"
    bustad = view.row_of(demo_id("haugland/a/bustad"))
    assert bustad is not None
    steps = [bustad.child(i).text(0) for i in range(bustad.childCount())]
    assert "✎ Meeting 2: Who does it: Sara → Sara, med hjelp frå Ingrid Fjeld" in steps
    assert "↻ Meeting 2: Deadline: 31.01.2026 → 31.03.2026" in steps
    assert "● Meeting 3: Status: ikkje gjort → gjort" in steps


def test_counts_per_field_and_life_domain(qtbot: QtBot, store: Store, english: None) -> None:
    view = journey(qtbot, store)
    table = view.counts
    assert table.columnCount() == 3
    names = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]

    def row(name: str) -> list[str]:
        r = names.index(name)
        return [table.item(r, c).text() for c in range(3)]

    assert row("Det som fungerer for oss") == ["3", "6", "7"]
    assert row("Det som er vanskeleg for oss") == ["5", "3", "3"]
    assert row("Fritid") == ["2", "2", "2"]
    assert row("Jobb") == ["–", "–", "1"]
    assert "Life domains (notes)" in names and "No life domain" in names


def test_only_what_changed_hides_what_stood_still(qtbot: QtBot, store: Store) -> None:
    view = journey(qtbot, store)
    still = view.row_of(demo_id("haugland/n/middag"))
    moved = view.row_of(demo_id("haugland/n/emil-morgon"))
    assert still is not None and moved is not None
    assert not still.isHidden()
    qtbot.mouseClick(view.only_changed, Qt.MouseButton.LeftButton)
    assert view.only_changed.isChecked()
    assert still.isHidden() and not moved.isHidden()


def test_one_meeting_and_the_dialog(qtbot: QtBot) -> None:
    case, meetings = demo_cases()[1]
    templates = load_all()
    dialog = JourneyDialog(case, meetings, lambda tid, _v: templates.get(tid))
    qtbot.addWidget(dialog)
    assert case.name in dialog.windowTitle()
    view = dialog.view
    assert view.counts.columnCount() == 1
    lego = view.row_of(demo_id("jonas/n/lego"))
    assert lego is not None and lego.text(2) == "–"


def test_a_removed_domain_is_named_by_its_stored_label(qtbot: QtBot, store: Store,
                                                       english: None) -> None:
    """Issue 14: version 2 of the duk drops "bolig"; the journey names the old tag
    with the label of the meetings that used it, never the bare id."""
    import datetime as dt

    from samtaleduk.evaluation import carry_forward
    from samtaleduk.templates.model import Template

    case, meetings = demo_cases()[0]
    templates = load_all()
    familie = templates.get("familie")
    data = familie.model_dump()
    data["life_domains"] = [d for d in data["life_domains"] if d["id"] != "bolig"]
    newer = Template.model_validate({**data, "version": data["version"] + 1})
    m4 = carry_forward(meetings[2], newer, number=4, date=dt.date(2026, 6, 17))
    view = JourneyView(case, [*meetings[:3], m4],
                       lambda tid, version: newer if version == newer.version else templates.get(tid))
    qtbot.addWidget(view)
    row = view.row_of(demo_id("haugland/n/leilegheit"))
    assert row is not None
    steps = [row.child(i).text(0) for i in range(row.childCount())]
    assert "✎ Meeting 4: Life domain: Bustadsituasjon → —" in steps
    assert not any("bolig" in s for s in steps)
