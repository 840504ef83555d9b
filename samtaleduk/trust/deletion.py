"""Deleting a case for good, and finding closed cases that are due for deletion.

`Store.delete_case` removes every row of the case (meetings, revisions, search
entries, merged FTS index, template snapshots nobody else uses; its audit entries
stay, without the case id, under a keyed hash: `audit_chain`) and then checkpoints the WAL and VACUUMs with secure_delete on, so no page of
the store file holds it. What this module adds:

- a fresh backup right after the deletion, so the newest backup (the one rotation
  always keeps) no longer holds the case either;
- the time of the deletion (only the time) in the data folder, so that every older
  copy (backups, stores in aside/) is removed `expiry.MAX_AGE_DAYS` days after it
  (`expiry`, run by backup rotation), and the deletion dialog says so
  (`deletion_text`);
- the retention rule: closed cases whose closing (or last activity) is more than
  `retention_days(store)` days ago are offered for deletion, never deleted without
  the user saying so.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from samtaleduk.domain.model import CaseStatus
from samtaleduk.errors import UserError
from samtaleduk.messages import msg, os_reason
from samtaleduk.store import backup
from samtaleduk.store.backup import BackupInfo
from samtaleduk.store.db import DbError
from samtaleduk.store.store import Store, StoreError
from samtaleduk.trust import expiry

DEFAULT_RETENTION_DAYS = 365
"""How long a closed case stays before it is offered for deletion (the municipality
sets its own rule with `samtaleduk retention --days N`)."""
RETENTION_SETTING = "retention_days"

_WHAT_GOES = {
    "nn": "Saka, alle møta, alle revisjonane og søkjeoppføringane vert sletta for godt frå "
          "lageret. Tilgangsloggen (når saka vart opna, skriven ut og sletta, og av kven) "
          "vert ståande utan innhald og utan noko som peikar på saka.",
    "nb": "Saken, alle møtene, alle revisjonene og søkeoppføringene slettes for godt fra "
          "lageret. Tilgangsloggen (når saken ble åpnet, skrevet ut og slettet, og av hvem) "
          "blir stående uten innhold og uten noe som peker på saken.",
    "en": "The case, all its meetings, all revisions and search entries are deleted from "
          "the store for good. The access log (when it was opened, printed and deleted, "
          "and by whom) stays, without content and without anything that points to the case.",
}


def deletion_text(lang: str = "nn") -> str:
    """What deletion does, including what happens in older backups: the text of
    the deletion dialog and the command line's confirmation."""
    return f"{_WHAT_GOES.get(lang, _WHAT_GOES['nn'])} {backup.expiry_text(lang)}"


@dataclass(frozen=True)
class Deleted:
    case_id: uuid.UUID
    backup: BackupInfo | None
    """The backup made right after, without the case (None if it could not be made)."""
    backup_problem: str | None = None


def delete_case_completely(store: Store, case_id: uuid.UUID,
                           now: dt.datetime | None = None) -> Deleted:
    """Delete the case from the store (see the module docstring), note when, and
    make a backup without it. A backup failure (full disk) does not undo the
    deletion; it is reported so the user can make a backup later."""
    store.delete_case(case_id, compact=False)
    when = now or dt.datetime.now(dt.UTC)
    problems = []
    try:
        store.compact()
    except DbError:
        # The case is gone (committed); only the file's rebuild failed (the
        # connection was busy): said so, never "nothing was changed".
        problems.append(str(msg("deletion.not_compacted")))
    try:
        # Recorded after the deletion: a deletion that failed must not shorten the
        # life of backups for nothing.
        expiry.record_deletion(store.data_dir, when)
    except OSError as exc:
        problems.append(str(msg("deletion.time_not_written", reason=os_reason(exc),
                                days=backup.MAX_AGE_DAYS)))
    made = None
    try:
        made = backup.make_backup(store, "after-delete", when)
    except StoreError as exc:
        problems.append(str(exc))
    return Deleted(case_id, made, " ".join(problems) or None)


def retention_days(store: Store) -> int:
    """The store's retention time in days (a setting; default 365)."""
    raw = store.setting(RETENTION_SETTING)
    try:
        days = int(raw) if raw is not None else DEFAULT_RETENTION_DAYS
    except ValueError:
        return DEFAULT_RETENTION_DAYS
    return days if days > 0 else DEFAULT_RETENTION_DAYS


def set_retention_days(store: Store, days: int) -> None:
    """Keep closed cases this many days (1 to 36,500) before they are due for deletion."""
    if not 1 <= days <= 36_500:
        raise UserError("retention.out_of_range")
    store.set_setting(RETENTION_SETTING, str(int(days)))


@dataclass(frozen=True)
class DueCase:
    case_id: uuid.UUID
    closed_since: dt.date
    """When it was closed (or, without a closing date, its last activity)."""


def cases_past_retention(store: Store, today: dt.date, days: int | None = None) -> list[DueCase]:
    """Closed cases closed more than `days` (default: the store's setting) days
    before `today`, oldest first. Only offered; nothing is deleted here."""
    limit = today - dt.timedelta(days=retention_days(store) if days is None else days)
    due = []
    for summary in store.list_cases(CaseStatus.CLOSED):
        since = store.get_case(summary.id).closed_on or summary.last_meeting_date
        if since is None:
            row = store.conn.execute("SELECT updated_at FROM cases WHERE id = ?",
                                     (str(summary.id),)).fetchone()
            since = dt.datetime.fromisoformat(row[0]).date()
        if since < limit:
            due.append(DueCase(summary.id, since))
    due.sort(key=lambda d: d.closed_since)
    return due
