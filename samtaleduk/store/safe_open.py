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
- Damage is found by the store's checks on open (page 1 and the file's length:
  `store_db.check_on_open`), by every page's HMAC after each unlock and the day's
  full check (`upkeep`), and by SQLite as it reads a page.
- The upkeep (every page's HMAC, first, before the open writes anything; the
  day's full check; a due automatic backup) runs here before returning when
  `upkeep_now` (tests, callers that want it done); the app and the command line
  pass False and run it after the cases are shown or the answer printed
  (`upkeep.after_unlock`, issue 16). A backup's failure (a full disk) does not stop the
  user from working, it is reported beside the store. Rotation removes expired
  backups and aside/ copies (`expiry`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samtaleduk.messages import Hint, Message, msg
from samtaleduk.store import backup, upkeep
from samtaleduk.store import db as store_db
from samtaleduk.store import proof as store_proof
from samtaleduk.store.backup import BACKUP_DIR, list_backups
from samtaleduk.store.errors import StoreDamaged, StoreError, WrongPassphrase
from samtaleduk.store.faults import DAMAGE_CODES, SuspectedDamage, sqlite_code
from samtaleduk.store.restore import data_key_for, set_aside, verified_backups
from samtaleduk.store.store import Store, key_file, store_file
from samtaleduk.trust import audit, rekey
from samtaleduk.trust.unlock_failures import FAILED_UNLOCKS as FAILED_UNLOCKS
from samtaleduk.trust.unlock_failures import MAX_RECORDED_FAILURES as MAX_RECORDED_FAILURES
from samtaleduk.trust.unlock_failures import move_failed_unlocks, record_failed_unlock

log = logging.getLogger(__name__)
OFFERED_BACKUPS = 3


@dataclass
class Opened:
    store: Store
    backup_problem: str | None = None
    """Why the automatic backup could not be made (to show, not to stop work)."""
    notices: list[str] = field(default_factory=list)
    """What else the user must be told (read-only on a full disk, a WAL kept aside)."""
    audit_problem: str | None = None
    """The audit log or the failed-unlock file was changed outside the program
    (`audit_chain`, `unlock_failures`): to show, not to stop work."""


def _backups_offer(data_dir: Path, data_key: bytes,
                   store_id: str) -> tuple[Message, list[Any]]:
    # Checking a backup reads all of it (about a second per 60 MB): the newest few
    # good ones are enough to offer; any other can still be chosen and is checked then.
    candidates = verified_backups(data_dir, data_key, store_id, limit=OFFERED_BACKUPS)
    if candidates:
        made = candidates[0].made_at.astimezone()
        todo = msg("store.backup_offer", date=made.strftime("%d.%m.%Y"),
                   time=made.strftime("%H:%M"), how=Hint("restore_it"))
    else:
        todo = msg("store.no_backup_offer")
    return todo, candidates


def _damaged(data_dir: Path, passphrase: str, reason: StoreError) -> StoreError:
    """What to do when the store would not open: put it aside and offer backups
    only when damage is proved (`store_proof`); otherwise say what is true and
    move nothing."""
    # A wrong passphrase must not move anything: check it before touching files.
    data_key, store_id = data_key_for(data_dir, passphrase)
    db = store_file(data_dir)
    if db.exists():
        proof = store_proof.prove(db, data_key)
        if proof.verdict is store_proof.Verdict.FOREIGN_KEY:
            return KeyMismatch(_key_mismatch(data_dir, data_key, store_id))
        if proof.verdict is not store_proof.Verdict.DAMAGED:
            log.warning("store did not open but is not proved damaged: %s", proof.reason)
            return StoreError("store.not_proved_damaged", reason=reason.as_param)
        log.warning("store proved damaged: %s", proof.reason)
    aside = set_aside(data_dir, "damaged")
    where = (msg("store.moved_aside", where=f"{aside.parent.name}/{aside.name}")
             if aside else "")
    todo, candidates = _backups_offer(data_dir, data_key, store_id)
    # The offer below says what to do: the reason need not say it too. "Damaged
    # or another store's key" is decided by now: the proof found it damaged.
    proved = reason.message_id in ("store.damaged", "store.wrong_key_or_damaged")
    said = msg("store.damaged_short") if proved else reason.as_param
    return StoreDamaged(msg("store.damaged_put_aside", reason=said, where=where, todo=todo),
                        aside, candidates)


def _key_mismatch(data_dir: Path, data_key: bytes, store_id: str) -> Message:
    count = len(list_backups(data_dir))
    fitting = len(verified_backups(data_dir, data_key, store_id, limit=1))
    if count and not fitting:
        backups: Message | str = msg("store.key_mismatch_backups", count=count,
                                     folder=BACKUP_DIR)
    else:
        backups = ""
    return msg("store.key_mismatch", backups=backups)


class KeyMismatch(StoreError):
    """The key file opens with the passphrase but belongs to another store: not
    damage; nothing is moved."""


def open_store(data_dir: Path, passphrase: str, auto_backup: bool = True,
               prove_first: bool = False, now: dt.datetime | None = None,
               upkeep_now: bool = True,
               on_open: Callable[[Store], None] | None = None) -> Opened:
    """Open (unlock) the store in `data_dir`; see the module docstring.
    `prove_first`: the store failed while in use, so every page and b-tree is
    checked (`store_proof.prove`) before it is opened again. `now` is for tests of
    the automatic backup and of expiry. `upkeep_now=False` leaves the page check,
    the day's check and the backup to the caller (`upkeep.after_unlock`).
    `on_open`: see `Store.open` (the window reads its first screen there)."""
    data_dir = Path(data_dir)
    try:
        # A re-key cut off between renaming the store and rewriting the key file.
        rekey.finish_interrupted(data_dir, passphrase)
        if not store_file(data_dir).exists() and key_file(data_dir).exists():
            raise _damaged(data_dir, passphrase, StoreError("store.file_missing_short"))
        if prove_first:
            data_key, _store_id = data_key_for(data_dir, passphrase)
            proof = store_proof.prove(store_file(data_dir), data_key)
            if proof.verdict is store_proof.Verdict.DAMAGED:
                raise damage_in_use(data_dir, passphrase)
        try:
            # With the upkeep now, every page is checked before the open writes a
            # byte (the command line after its answer); else after the unlock.
            store = Store.open(data_dir, passphrase, every_page=upkeep_now, on_open=on_open)
        except StoreDamaged as exc:
            raise _damaged(data_dir, passphrase, exc) from None
    except WrongPassphrase:
        record_failed_unlock(data_dir)
        raise
    if store.read_only is not None:
        # Nothing can be written: no audit lines, no backup (the notice says why).
        return Opened(store, None, list(store.notices))
    try:
        problem, audit_problem = _after_open(store, auto_backup and upkeep_now,
                                             upkeep_now, now)
    except (SuspectedDamage, store_db.DbError) as exc:
        store.close()
        if isinstance(exc, store_db.DbError) and sqlite_code(exc) not in DAMAGE_CODES:
            raise store_db.save_failed(exc) from None
        # Reading every page for the backup met one SQLite calls malformed: prove it.
        raise damage_in_use(data_dir, passphrase) from None
    return Opened(store, problem, list(store.notices), audit_problem)


def _after_open(store: Store, auto_backup: bool, check: bool,
                now: dt.datetime | None) -> tuple[str | None, str | None]:
    """(backup problem, audit problem) after a writable open."""
    audit_problem = _audit_problems(store)
    problem = None
    if check and upkeep.Step.CHECK in upkeep.due(store, now):
        if not store_db.full_check(store.conn):
            raise SuspectedDamage(store_db.DAMAGED)
        upkeep.record_check(store)
    if auto_backup:
        try:
            backup.auto_backup(store, now)
        except SuspectedDamage:
            raise
        except StoreError as exc:
            problem = str(exc)
    # Expired backups and aside/ copies go even when no backup was due (`expiry`).
    backup.rotate(store.data_dir, now)
    return problem, audit_problem


def _audit_problems(store: Store) -> str | None:
    # Failed unlocks first (their move seals them into the chain), then the chain.
    _, unlock_problem = move_failed_unlocks(store)
    verdict = audit.verify_on_open(store)
    found = [p for p in (unlock_problem, verdict.message()) if p]
    return " ".join(found) or None


def damage_in_use(data_dir: Path, passphrase: str) -> StoreError:
    """The store said it was malformed while in use (and is now closed): prove it,
    and if proved put it aside and offer backups like at unlock (`StoreDamaged`);
    otherwise a true message with nothing moved."""
    return _damaged(data_dir, passphrase, StoreError("store.read_error_in_use"))
