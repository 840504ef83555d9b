"""Every field kind has every screen part (`ui.canvas.kinds`), and a duk with a
field of every kind opens on the canvas, in the presentation and in the mini duk."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Case
from samtaleduk.evaluation import blank_meeting
from samtaleduk.fieldkinds import spec_of
from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.samtaleduk.fieldkinds.every_kind import every_kind_template
from tests.ui.canvas_support import DAY
from ui.canvas.frame import FieldFrame
from ui.canvas.kinds import KIND_WIDGETS, KindWidgets, widgets_of
from ui.canvas.presentation_content import sheet_blocks
from ui.canvas.view import MeetingView
from ui.evaluation.mini_duk import MiniDuk
from ui.meeting.session import MeetingSession


@pytest.mark.parametrize("kind", list(FieldKind))
def test_every_kind_has_its_screen_parts(kind: FieldKind) -> None:
    assert kind in KIND_WIDGETS, f"{kind!r} has no entry in ui/canvas/kinds.py"
    assert issubclass(widgets_of(kind).widget, FieldFrame)


def test_no_entry_without_a_kind() -> None:
    assert set(KIND_WIDGETS) == set(FieldKind)


def test_every_part_is_required() -> None:
    for part in dataclasses.fields(KindWidgets):
        assert part.default is dataclasses.MISSING, part.name
        assert part.default_factory is dataclasses.MISSING, part.name


def test_a_field_of_every_kind_opens_everywhere(qtbot: QtBot, store: Store) -> None:
    """A kind left out of a registry fails here (a KeyError) before anyone meets it."""
    tpl = every_kind_template()
    case = Case(name="Testfamilien", template_id=tpl.id)
    store.save_case(case)
    meeting = blank_meeting(case, tpl, number=1, date=DAY)
    store.save_meeting(meeting, tpl)
    view = MeetingView(MeetingSession(store, case, meeting, tpl))
    qtbot.addWidget(view)
    assert {f.id: type(w) for f, w in zip(tpl.fields, view.canvas.fields.values(),
                                          strict=True)} == {
        f.id: widgets_of(f.kind).widget for f in tpl.fields}
    mini = MiniDuk(meeting, tpl, "nn", {})
    qtbot.addWidget(mini)
    assert set(mini.fields) == {f.id for f in tpl.fields}
    blocks = sheet_blocks(tpl, meeting, "nn")
    assert [b.blank for b in blocks] == [spec_of(f.kind).one_line for f in tpl.fields]
