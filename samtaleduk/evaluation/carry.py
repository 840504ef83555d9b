"""Starting a meeting: blank, or carried forward from the last duk.

"In the follow-up meeting the duk from last time is used as the evaluation tool."
Carrying forward copies what is still alive on the last duk into the new one and
keeps every item's id, so that the comparison can later tell a note that *moved*
from one that disappeared and came back.
"""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.model import OPEN_ACTION_STATUSES, Case, Meeting
from samtaleduk.evaluation.fieldmap import canonical_domain, canonical_field
from samtaleduk.fieldkinds import spec_of
from samtaleduk.templates.model import Template

__all__ = ["OPEN_ACTION_STATUSES", "blank_meeting", "carry_forward"]


def blank_meeting(case: Case, template: Template, *, number: int, date: dt.date) -> Meeting:
    """A new, empty duk for `case`. Only the date fields are filled in (with the
    meeting's date); participants are offered by the UI from the case, not copied."""
    meeting = Meeting(
        case_id=case.id,
        number=number,
        date=date,
        template_id=template.id,
        template_version=template.version,
    )
    _fill_date_fields(meeting, template, date)
    return meeting


def carry_forward(previous: Meeting, template: Template, *, number: int, date: dt.date) -> Meeting:
    """Meeting `number` started from `previous`, on `template` (which may be a
    newer version of the previous meeting's template).

    Comes along, with their ids: notes; open goals (reached and dropped ones stay
    behind); helpers; consents not withdrawn; open and partly done actions (done and
    dropped ones stay behind); the text of text fields (names); the date blanks of
    goal fields. Not carried: participants (offered by the UI from the case), the
    next-step date (it was the date of *this* meeting), the date fields (set to
    `date`). A field of the previous duk that `template` has no place for is not
    carried; `compare_meetings` reports what stood there. A note's life-domain tag
    follows a renamed domain (`former_ids`); a tag whose domain `template` no longer
    has stays behind with the old duk (the note comes along untagged, and the
    comparison names the removed domain with its old label).
    """
    meeting = Meeting(
        case_id=previous.case_id,
        number=number,
        date=date,
        template_id=template.id,
        template_version=template.version,
        continued_from=previous.id,
    )
    for old_id, old in previous.fields.items():
        new_id = canonical_field(template, old_id)
        if new_id is None:
            continue
        carry = spec_of(template.field(new_id).kind).carry
        if carry is None:
            continue
        carried = carry(old)
        for note in carried.notes:
            if note.domain is not None:
                note.domain = canonical_domain(template, note.domain)
        if carried.is_empty():
            continue
        target = meeting.field(new_id)
        # Two old fields can map to one new field (a merge via former_ids).
        target.text = target.text or carried.text
        target.date = target.date or carried.date
        target.notes += carried.notes
        target.goals += carried.goals
        target.actions += carried.actions
        target.helpers += carried.helpers
        target.consents += carried.consents
    _fill_date_fields(meeting, template, date)
    # Keep the fields in the template's order, so the stored duk reads like the paper.
    order = {f.id: n for n, f in enumerate(template.fields)}
    meeting.fields = dict(sorted(meeting.fields.items(), key=lambda kv: order[kv[0]]))
    return meeting


def _fill_date_fields(meeting: Meeting, template: Template, date: dt.date) -> None:
    """Give every field its content on a new meeting (`KindSpec.start`): the date
    fields hold the meeting's date. Those fields carry nothing, so they are empty
    until now."""
    for f in template.fields:
        start = spec_of(f.kind).start(date)
        if not start.is_empty():
            meeting.fields[f.id] = start
