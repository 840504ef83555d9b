"""Opening the store the way the app and the command line should: damage is put
aside and a backup offered, failed unlocks reach the audit log, and an automatic
backup follows.

- A damaged, empty or missing store file raises `StoreDamaged` with the file put
  aside (never deleted, never replaced by an empty store) and the verified backups
  to restore from. The passphrase is checked first, so a wrong passphrase moves
  nothing.
- A wrong passphrase cannot write to the encrypted audit log (it cannot open it), so
  its time goes to a small file of timestamps in the data folder (no names, nothing
  else); the next successful open moves them into the audit log as `unlock_failed`.
- Damage is found by the store's checks on open (cheap ones every time, every
  page on the first open of a day: `store_db.check_on_open`, `full_check`).
- After opening, `backup.auto_backup` runs; its failure (a full disk) does not stop
  the user from working, it is reported beside the store.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samtaleduk import backup, rekey, store_db, store_proof
from samtaleduk.backup import BACKUP_DIR, list_backups
from samtaleduk.durable import fsync_dir
from samtaleduk.restore import data_key_for, set_aside, verified_backups
from samtaleduk.store import Store, key_file, store_file
from samtaleduk.store_errors import StoreDamaged, StoreError, WrongPassphrase
from samtaleduk.store_faults import DAMAGE_CODES, SuspectedDamage, sqlite_code
from samtaleduk.store_index import write_audit

log = logging.getLogger(__name__)

FAILED_UNLOCKS = "unlock-failures.txt"
OFFERED_BACKUPS = 3
MAX_RECORDED_FAILURES = 1000
"""The file cannot grow without bound under a guessing attack; the count still shows."""


@dataclass
class Opened:
    store: Store
    backup_problem: str | None = None
    """Why the automatic backup could not be made (to show, not to stop work)."""
    notices: list[str] = field(default_factory=list)
    """What else the user must be told (read-only on a full disk, a WAL kept aside)."""


def record_failed_unlock(data_dir: Path, now: dt.datetime | None = None) -> None:
    """Note the time of a wrong passphrase (one ISO timestamp per line)."""
    path = Path(data_dir) / FAILED_UNLOCKS
    when = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    try:
        if path.exists() and path.stat().st_size > MAX_RECORDED_FAILURES * 32:
            return
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="ascii") as fh:
            fh.write(when + "\n")
    except OSError:
        pass  # a read-only folder must not turn a wrong passphrase into a crash


def move_failed_unlocks(store: Store) -> int:
    """Put the recorded failed unlocks into the audit log and remove the file."""
    path = store.data_dir / FAILED_UNLOCKS
    try:
        lines = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return 0
    stamps = []
    for line in lines[:MAX_RECORDED_FAILURES]:
        try:
            stamps.append(dt.datetime.fromisoformat(line).isoformat(timespec="seconds"))
        except ValueError:
            continue
    with store_db.transaction(store.conn) as c:
        for stamp in stamps:
            write_audit(c, "unlock_failed", None, at=stamp)
    path.unlink(missing_ok=True)
    fsync_dir(store.data_dir)
    return len(stamps)


def _backups_offer(data_dir: Path, data_key: bytes, store_id: str) -> tuple[str, list[Any]]:
    # Checking a backup reads all of it (about a second per 60 MB): the newest few
    # good ones are enough to offer; any other can still be chosen and is checked then.
    candidates = verified_backups(data_dir, data_key, store_id, limit=OFFERED_BACKUPS)
    if candidates:
        todo = (f" Den nyaste gode tryggingskopien er frå "
                f"{candidates[0].made_at.astimezone().strftime('%d.%m.%Y kl. %H:%M')}; "
                "hent han fram med «samtaleduk restore».")
    else:
        todo = (" Fann ingen tryggingskopi som opnar med denne nøkkelfila; ta kontakt med "
                "IT før du gjer noko meir.")
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
            return StoreError(
                f"{reason} Lagerfila er kontrollert og er ikkje påvist skadd, så ho er "
                "ikkje flytt. Ingenting er endra eller sletta.")
        log.warning("store proved damaged: %s", proof.reason)
    aside = set_aside(data_dir, "damaged")
    where = f" Den skadde fila er flytt til {aside.parent.name}/{aside.name}." if aside else ""
    todo, candidates = _backups_offer(data_dir, data_key, store_id)
    return StoreDamaged(f"{reason}{where}{todo} Ingenting er sletta.", aside, candidates)


def _key_mismatch(data_dir: Path, data_key: bytes, store_id: str) -> str:
    count = len(list_backups(data_dir))
    fitting = len(verified_backups(data_dir, data_key, store_id, limit=1))
    if count and not fitting:
        backups = (f" Dei {count} tryggingskopiane i {BACKUP_DIR}/ opnar heller ikkje med "
                   "denne nøkkelfila; dei er ikkje endra.")
    else:
        backups = ""
    return ("Nøkkelfila (samtaleduk.key) passar ikkje til lagerfila: ho høyrer truleg til eit "
            "anna lager. Lagerfila er ikkje skadd og er ikkje flytt; ingenting er endra."
            f"{backups} Legg tilbake den rette nøkkelfila (frå ein kopi av datamappa), "
            "eller spør IT.")


class KeyMismatch(StoreError):
    """The key file opens with the passphrase but belongs to another store: not
    damage; nothing is moved."""


def open_store(data_dir: Path, passphrase: str, auto_backup: bool = True,
               prove_first: bool = False) -> Opened:
    """Open (unlock) the store in `data_dir`; see the module docstring.
    `prove_first`: the store failed while in use, so every page and b-tree is
    checked (`store_proof.prove`) before it is opened again."""
    data_dir = Path(data_dir)
    try:
        # A re-key cut off between renaming the store and rewriting the key file.
        rekey.finish_interrupted(data_dir, passphrase)
        if not store_file(data_dir).exists() and key_file(data_dir).exists():
            raise _damaged(data_dir, passphrase, StoreError("Lagerfila manglar."))
        if prove_first:
            data_key, _store_id = data_key_for(data_dir, passphrase)
            proof = store_proof.prove(store_file(data_dir), data_key)
            if proof.verdict is store_proof.Verdict.DAMAGED:
                raise damage_in_use(data_dir, passphrase)
        try:
            store = Store.open(data_dir, passphrase)
        except StoreDamaged as exc:
            raise _damaged(data_dir, passphrase, exc) from None
    except WrongPassphrase:
        record_failed_unlock(data_dir)
        raise
    if store.read_only is not None:
        # Nothing can be written: no audit lines, no backup (the notice says why).
        return Opened(store, None, list(store.notices))
    try:
        problem = _after_open(store, auto_backup)
    except (SuspectedDamage, store_db.DbError) as exc:
        store.close()
        if isinstance(exc, store_db.DbError) and sqlite_code(exc) not in DAMAGE_CODES:
            raise store_db.save_failed(exc) from None
        # Reading every page for the backup met one SQLite calls malformed: prove it.
        raise damage_in_use(data_dir, passphrase) from None
    return Opened(store, problem, list(store.notices))


def _after_open(store: Store, auto_backup: bool) -> str | None:
    try:
        move_failed_unlocks(store)
    except StoreError:
        pass  # kept in the file; moved on a later open
    if auto_backup:
        try:
            backup.auto_backup(store)
        except SuspectedDamage:
            raise
        except StoreError as exc:
            return str(exc)
    return None


def damage_in_use(data_dir: Path, passphrase: str) -> StoreError:
    """The store said it was malformed while in use (and is now closed): prove it,
    and if proved put it aside and offer backups like at unlock (`StoreDamaged`);
    otherwise a true message with nothing moved."""
    return _damaged(data_dir, passphrase, StoreError(
        "Lageret svarte med ein lesefeil medan det var i bruk."))
