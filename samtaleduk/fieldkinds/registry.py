"""The field kinds' specs: one entry per `FieldKind`, and the questions the engine
asks of a template through them. To add a kind, add its spec here (see
ARCHITECTURE.md, "Adding a field kind")."""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.model import Meeting
from samtaleduk.fieldkinds.spec import (
    ItemSort,
    KindSpec,
    carry_items,
    carry_items_and_date,
    compare_text,
    compare_text_and_date,
    the_day,
    who_is_here,
)
from samtaleduk.templates.model import FieldKind, Template, TemplateField

SPECS: dict[FieldKind, KindSpec] = {spec.kind: spec for spec in (
    KindSpec(kind=FieldKind.TEXT, holds=frozenset(), carry=carry_items, is_meeting_date=False,
             compared=compare_text_and_date, names_next_meeting=False, one_line=True,
             value=None),
    KindSpec(kind=FieldKind.DATE, holds=frozenset(), carry=None, is_meeting_date=True,
             compared=None, names_next_meeting=False, one_line=True, value=the_day),
    KindSpec(kind=FieldKind.PARTICIPANTS, holds=frozenset(), carry=None,
             is_meeting_date=False, compared=compare_text_and_date,
             names_next_meeting=False, one_line=True, value=who_is_here),
    KindSpec(kind=FieldKind.NOTES, holds=frozenset({"notes"}), carry=carry_items,
             is_meeting_date=False, compared=compare_text_and_date,
             names_next_meeting=False, one_line=False, value=None),
    KindSpec(kind=FieldKind.GOALS, holds=frozenset({"goals"}), carry=carry_items_and_date,
             is_meeting_date=False, compared=compare_text_and_date,
             names_next_meeting=False, one_line=False, value=None),
    KindSpec(kind=FieldKind.ACTIONS, holds=frozenset({"actions"}), carry=carry_items,
             is_meeting_date=False, compared=compare_text_and_date,
             names_next_meeting=False, one_line=False, value=None),
    KindSpec(kind=FieldKind.HELPERS, holds=frozenset({"helpers"}), carry=carry_items,
             is_meeting_date=False, compared=compare_text_and_date,
             names_next_meeting=False, one_line=False, value=None),
    KindSpec(kind=FieldKind.CONSENTS, holds=frozenset({"consents"}), carry=carry_items,
             is_meeting_date=False, compared=compare_text_and_date,
             names_next_meeting=False, one_line=False, value=None),
    KindSpec(kind=FieldKind.NEXT_STEP, holds=frozenset({"actions"}), carry=carry_items,
             is_meeting_date=False, compared=compare_text, names_next_meeting=True,
             one_line=False, value=None),
)}
"""Every kind's spec. A kind missing here is a KeyError in `spec_of`, and a failing
test before that."""


def spec_of(kind: FieldKind) -> KindSpec:
    """The spec of `kind`."""
    return SPECS[kind]


def holding(template: Template, sort: ItemSort) -> list[TemplateField]:
    """The template's fields whose editor writes items of `sort`, in template order."""
    return [f for f in template.fields if sort in SPECS[f.kind].holds]


def meeting_date_fields(template: Template) -> list[TemplateField]:
    """The fields that hold the meeting's own date, in template order."""
    return [f for f in template.fields if SPECS[f.kind].is_meeting_date]


def next_meeting_date(meeting: Meeting, template: Template | None) -> dt.date | None:
    """The date written in the meeting's next-step field (the next meeting), found
    through the template's field kinds. None without a template or a date."""
    if template is None:
        return None
    for tf in template.fields:
        if not SPECS[tf.kind].names_next_meeting:
            continue
        content = meeting.fields.get(tf.id)
        if content is not None and content.date is not None:
            return content.date
    return None
