"""Operations on cases: create, close or reopen, the people of a case, complete
deletion and the import of a case file (see `samtaleduk.ops`)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from samtaleduk.domain.model import Case, CaseStatus
from samtaleduk.errors import UserError
from samtaleduk.handover import case_file
from samtaleduk.ops.changes import Changes, Done
from samtaleduk.ops.transaction import one_transaction
from samtaleduk.store.errors import NotFound
from samtaleduk.store.store import Store
from samtaleduk.templates.model import Template
from samtaleduk.trust import deletion


def create_case(store: Store, case: Case, template: Template | None = None) -> Changes:
    """Store a new case (its `case_created` audit line is the store's); with
    `template`, also the snapshot of the duk it starts on, in the same transaction.
    A case whose id is already stored is refused."""
    try:
        store.get_case(case.id)
    except NotFound:
        pass
    else:
        raise UserError("ops.case_exists")
    with one_transaction(store):
        if template is not None:
            store.remember_template(template)
        store.save_case(case)
    templates = frozenset({template.id}) if template is not None else frozenset()
    return Changes(cases=frozenset({case.id}), templates=templates)


def set_case_closed(store: Store, case_id: uuid.UUID, closed: bool,
                    today: dt.date | None = None) -> Done[Case]:
    """Close the case (today's date as its closing day) or open it again; returns
    the case as stored."""
    with one_transaction(store):
        case = store.get_case(case_id)
        if closed:
            case.status, case.closed_on = CaseStatus.CLOSED, today or dt.date.today()
        else:
            case.status, case.closed_on = CaseStatus.OPEN, None
        store.save_case(case)
    return Done(case, Changes(cases=frozenset({case_id})))


def toggle_case_closed(store: Store, case_id: uuid.UUID,
                       today: dt.date | None = None) -> Done[Case]:
    """Close an open case, or open a closed one again (the case page's button)."""
    closed = store.get_case(case_id).status is CaseStatus.OPEN
    return set_case_closed(store, case_id, closed, today)


def save_people(store: Store, case: Case) -> Changes:
    """Store the members and known participants of an existing case as edited
    outside a meeting (`samtaleduk.domain.people.with_people` has checked them)."""
    with one_transaction(store):
        store.get_case(case.id)  # NotFound: a case that is gone is not made again
        store.save_case(case)
    ids = frozenset({case.id})
    return Changes(cases=ids, people=ids)


def delete_case(store: Store, case_id: uuid.UUID) -> Done[deletion.Deleted]:
    """Delete the case for good, note when and make a backup without it
    (`samtaleduk.trust.deletion.delete_case_completely`; audited by the store)."""
    deleted = deletion.delete_case_completely(store, case_id)
    return Done(deleted, Changes(cases=frozenset({case_id})))


def import_case(store: Store, path: Path, passphrase: str,
                on_conflict: case_file.OnConflict = None) -> Done[case_file.Imported]:
    """Import a case file (`samtaleduk.handover.case_file.import_case`: checked in
    full before one transaction writes it)."""
    imported = case_file.import_case(store, path, passphrase, on_conflict)
    ids = frozenset({imported.case_id})
    meetings = frozenset(m.id for m in store.meeting_summaries(imported.case_id))
    return Done(imported, Changes(cases=ids, people=ids, meetings=meetings))
