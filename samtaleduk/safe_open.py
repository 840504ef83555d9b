"""Opening the store the way the app and the command line should: damage is put
aside and a backup offered, failed unlocks reach the audit log, and an automatic
backup follows.

- A damaged, empty or missing store file raises `StoreDamaged` with the file put
  aside (never deleted, never replaced by an empty store) and the verified backups
  to restore from. The passphrase is checked first, so a wrong passphrase moves
  nothing.
- A wrong passphrase cannot write to the encrypted audit log (it cannot open it), so
  its time goes to a small file of timestamps in the data folder (no names, nothing
  else); the next successful open moves them into the audit log as `unlock_failed`
  and notices a deleted or reset file (`unlock_failures`).
- Then the audit chain is verified (`audit_chain`); a broken one is reported
  beside the store (`Opened.audit_problem`), it does not stop work.
- Damage is found by the store's checks on open (cheap ones every time, every
  page on the first open of a day: `store_db.check_on_open`, `full_check`).
- After opening, `backup.auto_backup` runs; its failure (a full disk) does not stop
  the user from working, it is reported beside the store. Then rotation removes
  expired backups and aside/ copies (`expiry`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from samtaleduk import audit, backup
from samtaleduk.restore import data_key_for, set_aside, verified_backups
from samtaleduk.store import Store, key_file, store_file
from samtaleduk.store_errors import StoreDamaged, StoreError, WrongPassphrase
from samtaleduk.unlock_failures import FAILED_UNLOCKS as FAILED_UNLOCKS
from samtaleduk.unlock_failures import MAX_RECORDED_FAILURES as MAX_RECORDED_FAILURES
from samtaleduk.unlock_failures import move_failed_unlocks, record_failed_unlock

OFFERED_BACKUPS = 3


@dataclass
class Opened:
    store: Store
    backup_problem: str | None = None
    """Why the automatic backup could not be made (to show, not to stop work)."""
    audit_problem: str | None = None
    """The audit log or the failed-unlock file was changed outside the program
    (`audit_chain`, `unlock_failures`): to show, not to stop work."""


def _damaged(data_dir: Path, passphrase: str, reason: StoreError) -> StoreDamaged:
    # A wrong passphrase must not move anything: check it before touching files.
    data_key, store_id = data_key_for(data_dir, passphrase)
    aside = set_aside(data_dir, "damaged")
    # Checking a backup reads all of it (about a second per 60 MB): the newest few
    # good ones are enough to offer; any other can still be chosen and is checked then.
    candidates = verified_backups(data_dir, data_key, store_id, limit=OFFERED_BACKUPS)
    where = f" Den skadde fila er flytt til {aside.parent.name}/{aside.name}." if aside else ""
    if candidates:
        todo = (f" Den nyaste gode tryggingskopien er frå "
                f"{candidates[0].made_at.astimezone().strftime('%d.%m.%Y kl. %H:%M')}; "
                "hent han fram med «samtaleduk restore».")
    else:
        todo = (" Fann ingen tryggingskopi som opnar med denne nøkkelfila; ta kontakt med "
                "IT før du gjer noko meir.")
    return StoreDamaged(f"{reason}{where}{todo} Ingenting er sletta.", aside, candidates)


def open_store(data_dir: Path, passphrase: str, auto_backup: bool = True,
               now: dt.datetime | None = None) -> Opened:
    """Open (unlock) the store in `data_dir`; see the module docstring. `now` is
    for tests of the automatic backup and of expiry."""
    data_dir = Path(data_dir)
    try:
        if not store_file(data_dir).exists() and key_file(data_dir).exists():
            raise _damaged(data_dir, passphrase, StoreError("Lagerfila manglar."))
        try:
            store = Store.open(data_dir, passphrase)
        except StoreDamaged as exc:
            raise _damaged(data_dir, passphrase, exc) from None
    except WrongPassphrase:
        record_failed_unlock(data_dir)
        raise
    audit_problem = _audit_problems(store)
    problem = None
    if auto_backup:
        try:
            backup.auto_backup(store, now)
        except StoreError as exc:
            problem = str(exc)
    # Expired backups and aside/ copies go even when no backup was due (`expiry`).
    backup.rotate(data_dir, now)
    return Opened(store, problem, audit_problem)


def _audit_problems(store: Store) -> str | None:
    # Failed unlocks first (their move seals them into the chain), then the chain.
    _, unlock_problem = move_failed_unlocks(store)
    verdict = audit.verify_on_open(store)
    found = [p for p in (unlock_problem, verdict.message()) if p]
    return " ".join(found) or None
