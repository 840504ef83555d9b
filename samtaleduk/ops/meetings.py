"""Operations on meetings: a new one (carried forward from the last, or blank),
the CLI's `meeting new` and the app's new-meeting dialog alike; the write of an
open meeting (the app's autosave); its search entries brought up to date at a pause;
and leaving it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from samtaleduk.domain.model import Case, Meeting, Participant
from samtaleduk.errors import UserError
from samtaleduk.evaluation import blank_meeting, carry_forward
from samtaleduk.ops.changes import NOTHING, Changes, Done
from samtaleduk.ops.transaction import one_transaction
from samtaleduk.store.store import Store
from samtaleduk.templates.model import Template


def build_meeting(case: Case, template: Template, previous: Meeting | None,
                  date: dt.date, *, carry: bool = True,
                  participants: Sequence[Participant] | None = None) -> Meeting:
    """The next meeting of `case`, not yet stored: carried forward from `previous`
    (the case's last meeting) unless `carry` is off or there is none, else blank.
    `participants`, when given, are those at the table today (copied)."""
    number = previous.number + 1 if previous is not None else 1
    if previous is not None and carry:
        meeting = carry_forward(previous, template, number=number, date=date)
    else:
        meeting = blank_meeting(case, template, number=number, date=date)
    if participants is not None:
        meeting.participants = [p.model_copy() for p in participants]
    return meeting


def add_meeting(store: Store, meeting: Meeting, template: Template) -> Changes:
    """Store a new meeting with the snapshot of its duk, in one transaction. It must
    belong to a stored case, be written on `template`, and come after the case's
    last meeting."""
    if (meeting.template_id, meeting.template_version) != (template.id, template.version):
        raise ValueError("the meeting is not written on this template")
    with one_transaction(store):
        store.get_case(meeting.case_id)  # NotFound names the missing case
        last = max((m.number for m in store.meeting_summaries(meeting.case_id)), default=0)
        if meeting.number <= last:
            raise UserError("ops.meeting_number_taken", number=meeting.number)
        store.save_meeting(meeting, template)
    return Changes(cases=frozenset({meeting.case_id}), meetings=frozenset({meeting.id}),
                   templates=frozenset({template.id}))


def new_meeting(store: Store, case: Case, template: Template, previous: Meeting | None,
                date: dt.date, *, carry: bool = True,
                participants: Sequence[Participant] | None = None) -> Done[Meeting]:
    """Build (`build_meeting`) and store (`add_meeting`) the case's next meeting."""
    meeting = build_meeting(case, template, previous, date, carry=carry,
                            participants=participants)
    return Done(meeting, add_meeting(store, meeting, template))


def save_meeting(store: Store, meeting: Meeting, template: Template | None = None,
                 case: Case | None = None, *, at: dt.datetime | None = None) -> Changes:
    """Write an open meeting (the autosave: its current revision is extended while
    the burst of editing lasts, `store.history`) and, with `case`, the case it
    changed too (participants remembered), in one transaction. `template`, on the
    first write, keeps the snapshot of the meeting's duk. `at`, when given, is the
    time of the edit (a scripted meeting's clock), else now."""
    if template is None and case is None:
        # The autosave of the meeting alone: one writer, whose own transaction is
        # the operation's (a savepoint inside another cost two statements a save).
        store.save_meeting(meeting, None, autosave=True, at=at)
    else:
        with one_transaction(store):
            store.save_meeting(meeting, template, autosave=True, at=at)
            if case is not None:
                store.save_case(case)
    ids = frozenset({meeting.case_id})
    return Changes(cases=ids, meetings=frozenset({meeting.id}),
                   people=ids if case is not None else frozenset(),
                   templates=frozenset({template.id}) if template is not None else frozenset())


def bring_search_up_to_date(store: Store) -> Changes:
    """Index what was saved since the search index was last brought up to date (the
    app calls it when typing pauses, off the GUI thread). Search itself does this
    first too, so this only takes the work off the next search. Nothing a view
    shows changes."""
    if store.read_only is None:
        store.refresh_search()
    return NOTHING


def leave_meeting(store: Store, meeting_id: uuid.UUID) -> Changes:
    """The open meeting is left (closed, another opened, lock, quit): its burst of
    editing ends, so the next save starts a new revision, and its search entries
    are brought up to date, in one transaction."""
    if store.read_only is not None:
        return NOTHING
    with one_transaction(store):
        store.close_burst(meeting_id)
        store.refresh_search(meeting_id)
    return NOTHING
