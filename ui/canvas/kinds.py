"""The field kinds on screen: one entry per `FieldKind` with its editor and how the
sheet and the mini duk show it. The UI looks a kind up here instead of branching
on its name (`tests/ui/canvas/test_kinds.py` checks every kind has every part);
what the engine does with a kind is in `samtaleduk.fieldkinds`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from samtaleduk.domain.model import FieldContent, Meeting
from samtaleduk.domain.vocab import format_date
from samtaleduk.fieldkinds.spec import the_day
from samtaleduk.templates.model import FieldKind
from ui.canvas.actions import ActionsField
from ui.canvas.consents import ConsentsField
from ui.canvas.frame import FieldFrame
from ui.canvas.goals import GoalsField
from ui.canvas.helpers import HelpersField
from ui.canvas.notes import NotesField
from ui.canvas.participants import ParticipantsField
from ui.canvas.textdate import DateField, NextStepField, TextField

MiniLine = Callable[[Meeting, FieldContent], str | None]


@dataclass(frozen=True, kw_only=True)
class KindWidgets:
    """What the screen does differently for one field kind. Every part is required."""

    widget: type[FieldFrame]
    """The editor on the duk canvas, made as `widget(session, field, style)`."""
    list_rows: bool
    """A list of one-line rows: it shows `duk.VISIBLE_ROWS` of them at once, and a
    grid row holding only it takes more of a tall screen's spare height."""
    least_rows: tuple[int, int] | None
    """Otherwise, the rows it shows at least, and the lines of each; None: no rows."""
    mini_line: MiniLine
    """The line the mini duk (comparison, journey) shows above the field's items;
    None: nothing."""
    date_in_label: bool
    """The mini duk writes the field's date into its label's blank ("innan ____")."""


def _names(meeting: Meeting, content: FieldContent) -> str | None:
    """Today's participants, names only: the mini duk is small."""
    return ", ".join(p.name for p in meeting.participants) or None


def _text(meeting: Meeting, content: FieldContent) -> str | None:
    """The field's text, with the date in its blank after it when there is text."""
    return _text_and_date(content) if content.text else None


def _text_or_date(meeting: Meeting, content: FieldContent) -> str | None:
    """The text and the date, either alone: "Nytt møte — 01.03.2026"."""
    return _text_and_date(content) if content.text or content.date else None


def _text_and_date(content: FieldContent) -> str:
    bits = [content.text] if content.text else []
    if content.date:
        bits.append(format_date(content.date))
    return " — ".join(bits)


KIND_WIDGETS: dict[FieldKind, KindWidgets] = {
    FieldKind.TEXT: KindWidgets(widget=TextField, list_rows=False, least_rows=None,
                                mini_line=_text_or_date, date_in_label=True),
    FieldKind.DATE: KindWidgets(widget=DateField, list_rows=False, least_rows=None,
                                mini_line=the_day, date_in_label=True),
    FieldKind.PARTICIPANTS: KindWidgets(widget=ParticipantsField, list_rows=False,
                                        least_rows=None, mini_line=_names, date_in_label=True),
    FieldKind.NOTES: KindWidgets(widget=NotesField, list_rows=False, least_rows=None,
                                 mini_line=_text, date_in_label=True),
    FieldKind.GOALS: KindWidgets(widget=GoalsField, list_rows=True, least_rows=None,
                                 mini_line=_text, date_in_label=True),
    FieldKind.ACTIONS: KindWidgets(widget=ActionsField, list_rows=True, least_rows=None,
                                   mini_line=_text, date_in_label=True),
    # One helper (two lines) at least; the rows share what is left.
    FieldKind.HELPERS: KindWidgets(widget=HelpersField, list_rows=False, least_rows=(1, 2),
                                   mini_line=_text, date_in_label=True),
    FieldKind.CONSENTS: KindWidgets(widget=ConsentsField, list_rows=False, least_rows=None,
                                    mini_line=_text, date_in_label=True),
    # The next step's "Dato ____" is the next meeting's: the mini duk says it after
    # the words, not in the label.
    FieldKind.NEXT_STEP: KindWidgets(widget=NextStepField, list_rows=True, least_rows=None,
                                     mini_line=_text_or_date, date_in_label=False),
}
"""Every kind's screen parts; the only place a kind picks a widget."""


def widgets_of(kind: FieldKind) -> KindWidgets:
    """The screen parts of `kind`."""
    return KIND_WIDGETS[kind]
