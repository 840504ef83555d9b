"""The encrypted local store: cases, meetings, every revision, search, audit.

This module opens and closes the store and writes cases and meetings; the queries
are in `store_reads`, templates, audit and settings in `store_meta` (both mixins of
`Store`), search rows and summaries in `store_index`.

One SQLCipher file (`samtaleduk.db`) and its key file (`samtaleduk.key`) in the data
folder; verified backups go to `backups/`. The database key is a random data key
kept wrapped in the key file (see `keyfile`); the passphrase only unwraps it.

Every `save_meeting` appends a revision in the same transaction as the update, so
nothing is overwritten without a trace. The case list reads summary columns kept
up to date on save, never the JSON of every case.

A `Store` may be opened on one thread and handed to another (the app opens it
on a worker thread); it must never be used by two threads at the same time.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from pydantic_core import PydanticSerializationError

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.store import db, instance_lock
from samtaleduk.store import opening as store_open
from samtaleduk.store.backup import BACKUP_DIR as BACKUP_DIR
from samtaleduk.store.backup import backup_dir
from samtaleduk.store.errors import (
    NotFound,
    SaveFailed,
    StoreError,
    StoreMissing,
    StoreTooNew,
    WrongPassphrase,
)
from samtaleduk.store.files import KEY_FILE as KEY_FILE
from samtaleduk.store.files import STORE_FILE as STORE_FILE
from samtaleduk.store.files import key_file, store_exists, store_file
from samtaleduk.store.index import (
    case_entries,
    meeting_entries,
    next_step_date,
    open_actions,
    participant_names,
    reindex,
    update_case_summary,
    write_audit,
)
from samtaleduk.store.meta import StoreMeta
from samtaleduk.store.reads import MIN_ID_PREFIX as MIN_ID_PREFIX
from samtaleduk.store.reads import StoreReads
from samtaleduk.store.summaries import (
    AuditEvent,
    CaseSummary,
    MeetingSummary,
    RevisionInfo,
    SearchHit,
)
from samtaleduk.templates.model import Template
from samtaleduk.trust import keyfile
from samtaleduk.trust.keyfile import DEFAULT_KDF, FAST_KDF, KdfParams

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "DEFAULT_KDF", "FAST_KDF", "KdfParams", "NotFound", "SaveFailed", "StoreError", "StoreMissing",
    "StoreTooNew", "WrongPassphrase", "Store", "CaseSummary", "MeetingSummary",
    "SearchHit", "RevisionInfo", "AuditEvent", "store_exists", "store_file", "key_file",
]


def _json(model: Case | Meeting) -> str:
    try:
        return model.model_dump_json()
    except (PydanticSerializationError, UnicodeError, ValueError) as exc:
        # Only reachable when validation was bypassed (lone surrogates and the like).
        raise StoreError(
            "Teksten inneheld ugyldige teikn og kan ikkje lagrast; skriv han på nytt."
        ) from exc


class Store(StoreReads, StoreMeta):
    """An open, unlocked store. Use `Store.create` or `Store.open`; close when done
    (it is also a context manager)."""

    def __init__(self, data_dir: Path, conn: Any, data_key: bytes) -> None:
        self.data_dir = Path(data_dir)
        self._conn: Any = conn
        self._key: bytes | None = data_key
        self._templates: dict[tuple[str, int], Template | None] = {}
        self._lock: Path | None = None
        self.notices: list[str] = []
        """What the user should be told once the store is open (a WAL kept aside,
        read-only because the disk is full …): plain sentences, never content."""
        self.read_only: str | None = None
        """Why nothing can be saved (opened read-only), or None."""

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, kdf: KdfParams | None = None) -> Store:
        """Make a new, empty store in `data_dir`. Refuses when one is already there."""
        if store_exists(data_dir):
            raise StoreError(f"Det finst alt eit lager i {data_dir}; det vert ikkje skrive over.")
        try:
            Path(data_dir).mkdir(mode=0o700, parents=True, exist_ok=True)
            lock = instance_lock.acquire(data_dir)
        except OSError as exc:
            raise _folder_error(data_dir, exc) from None
        return cls._start(data_dir, lock, "store_created", lambda: db.create_files(
            store_file(data_dir), key_file(data_dir), passphrase, kdf or DEFAULT_KDF))

    @classmethod
    def open(cls, data_dir: Path, passphrase: str) -> Store:
        """Unlock the store in `data_dir`. A damaged, empty or too new store is
        refused with a clear message and left exactly as it was."""
        db_path = store_file(data_dir)
        if not db_path.exists():
            if key_file(data_dir).exists():
                raise StoreError(
                    f"Nøkkelfila finst, men lagerfila {STORE_FILE} manglar i {data_dir}. "
                    "Hent fram ein tryggingskopi; ingenting er endra."
                )
            raise StoreMissing(f"Det finst ikkje noko lager i {data_dir} enno.")
        # One process at a time: taken before anything is read or migrated.
        lock = instance_lock.acquire_for_reading(data_dir)
        return cls._start(data_dir, lock, "store_opened", lambda: store_open.open_existing(
            db_path, key_file(data_dir), passphrase, backup_dir(data_dir),
            writable=lock is not None))

    @classmethod
    def _start(cls, data_dir: Path, lock: Path | None, event: str,
               open_files: Callable[[], Any]) -> Store:
        # The lock is held from before the files are touched until the store closes;
        # whatever fails on the way releases it.
        try:
            opened = open_files()
        except OSError as exc:
            instance_lock.release(lock)
            raise _folder_error(data_dir, exc) from None
        except BaseException:
            instance_lock.release(lock)
            raise
        if isinstance(opened, tuple):
            opened = store_open.OpenedFiles(*opened)
        store = cls(data_dir, opened.conn, opened.data_key)
        store._lock = lock
        store.notices = list(opened.notices)
        store.read_only = opened.read_only
        if store.read_only is not None:
            return store  # nothing can be recorded; the notice says why
        try:
            store.log_event(event)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Close the database and forget the key. Safe to call twice."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._key = None
        if self._lock is not None:
            instance_lock.release(self._lock)
            self._lock = None

    @property
    def is_open(self) -> bool:
        """False once the store is closed (locked)."""
        return self._conn is not None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def conn(self) -> Any:
        """The open connection (for the store's sibling modules: backup, export)."""
        if self._conn is None:
            raise StoreError("Lageret er låst; lås det opp først.")
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils view of the open connection, for introspection."""
        return db.wrap(self.conn)

    @property
    def data_key(self) -> bytes:
        """The SQLCipher key (for backups and restore checks); only while open."""
        if self._key is None:
            raise StoreError("Lageret er låst; lås det opp først.")
        return self._key

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key with a new passphrase; the database is not touched."""
        keyfile.rewrap(key_file(self.data_dir), old, new)
        self.log_event("passphrase_changed")

    def backup_to(self, target: Path) -> Path:
        """A verified, encrypted copy of the store (same data key) at `target`."""
        return db.verified_copy(self.conn, self.data_key, Path(target))

    def check_integrity(self) -> bool:
        """True when SQLite's integrity check finds nothing wrong."""
        return db.integrity_ok(self.conn)

    # -- cases -----------------------------------------------------------------

    def save_case(self, case: Case) -> None:
        """Insert or update a case; its search entries follow."""
        data = _json(case)
        now = db.now_utc()
        cid = str(case.id)
        members = json.dumps(list(case.members), ensure_ascii=False)
        with db.transaction(self.conn) as c:
            cur = c.execute(
                "UPDATE cases SET name=?, kind=?, status=?, template_id=?, members=?, data=?, "
                "updated_at=? WHERE id=?",
                (case.name, case.kind.value, case.status.value, case.template_id, members,
                 data, now, cid),
            )
            created = cur.rowcount == 0
            if created:
                c.execute(
                    "INSERT INTO cases(id, name, kind, status, template_id, members, data, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    (cid, case.name, case.kind.value, case.status.value, case.template_id,
                     members, data, now, now),
                )
                write_audit(c, "case_created", cid)
            reindex(c, cid, None, case_entries(case))

    def delete_case(self, case_id: uuid.UUID, compact: bool = True) -> None:
        """Delete a case completely: its meetings, every revision, its search entries
        (the FTS index is merged, so no old segment keeps its words), template
        snapshots no other case uses; its audit trail stays without the case id
        (only a keyed hash, so the access log outlives the case). Then checkpoint the WAL and
        VACUUM, so that with secure_delete no page of the file still holds it.
        `compact=False` inside a larger transaction (the caller compacts after)."""
        cid = str(case_id)
        if self.conn.execute("SELECT 1 FROM cases WHERE id = ?", (cid,)).fetchone() is None:
            raise NotFound(f"Fann inga sak med id {case_id}.")
        with db.transaction(self.conn) as c:
            c.execute("DELETE FROM search_fts WHERE rowid IN "
                      "(SELECT rowid FROM search_rows WHERE case_id = ?)", (cid,))
            c.execute("DELETE FROM search_rows WHERE case_id = ?", (cid,))
            c.execute("DELETE FROM revisions WHERE case_id = ?", (cid,))
            c.execute("DELETE FROM meetings WHERE case_id = ?", (cid,))
            c.execute("DELETE FROM cases WHERE id = ?", (cid,))
            # FTS5 deletes only mark old index segments; merging drops the words.
            c.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            c.execute("DELETE FROM templates WHERE NOT EXISTS (SELECT 1 FROM meetings m "
                      "WHERE m.template_id = templates.id "
                      "AND m.template_version = templates.version) "
                      "AND NOT EXISTS (SELECT 1 FROM cases WHERE template_id = templates.id)")
            # The case's access log stays (the health-sector norm keeps it), but
            # without the case id: only its keyed hash `case_ref` (`audit_chain`).
            write_audit(c, "case_deleted", cid)
            c.execute("UPDATE audit SET case_id = NULL WHERE case_id = ?", (cid,))
        self._templates.clear()
        if compact:
            self.compact()

    def compact(self) -> None:
        """Fold the WAL into the file and rebuild it without free pages."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # -- meetings ----------------------------------------------------------------

    def save_meeting(self, meeting: Meeting, template: Template | None = None) -> int:
        """Insert or update a meeting and append a revision, in one transaction.
        Returns the revision id. Saving content identical to the latest revision
        writes nothing and returns that revision's id. `template` (the meeting's
        own duk) is remembered; without it the stored snapshot is used."""
        data = _json(meeting)
        mid, cid = str(meeting.id), str(meeting.case_id)
        if template is not None:
            self.remember_template(template)
        tpl = self._template_for(meeting.template_id, meeting.template_version)
        now = db.now_utc()
        summary_cols = (
            meeting.number, meeting.date.isoformat(), meeting.template_id,
            meeting.template_version,
            json.dumps(participant_names(meeting), ensure_ascii=False),
            open_actions(meeting), _iso(next_step_date(meeting, tpl)),
        )
        with db.transaction(self.conn) as c:
            if c.execute("SELECT 1 FROM cases WHERE id = ?", (cid,)).fetchone() is None:
                raise NotFound(f"Fann inga sak med id {cid} for møtet.")
            row = c.execute("SELECT case_id, data, revision_id FROM meetings WHERE id = ?",
                            (mid,)).fetchone()
            if row is not None and row[0] != cid:
                raise StoreError("Eit møte kan ikkje flyttast til ei anna sak.")
            if row is not None and row[1] == data:
                return int(row[2])
            add_revision = (
                "INSERT INTO revisions(meeting_id, case_id, saved_at, data) VALUES (?,?,?,?)"
            )
            if row is None:
                c.execute(
                    "INSERT INTO meetings(id, case_id, number, date, template_id, "
                    "template_version, participant_names, open_actions, next_step_date, data, "
                    "revision_id, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,0,?)",
                    (mid, cid, *summary_cols, data, now),
                )
                # The revision refers to the meeting row, so it comes second here.
                rev = c.execute(add_revision, (mid, cid, now, data)).lastrowid
                c.execute("UPDATE meetings SET revision_id = ? WHERE id = ?", (rev, mid))
            else:
                # The autosave path: revision first, then one update of the row.
                rev = c.execute(add_revision, (mid, cid, now, data)).lastrowid
                c.execute(
                    "UPDATE meetings SET number=?, date=?, template_id=?, template_version=?, "
                    "participant_names=?, open_actions=?, next_step_date=?, data=?, "
                    "revision_id=?, updated_at=? WHERE id=?",
                    (*summary_cols, data, rev, now, mid),
                )
            reindex(c, cid, mid, meeting_entries(meeting))
            update_case_summary(c, cid, now)
        return int(rev)



def _folder_error(data_dir: Path, exc: OSError) -> StoreError:
    return StoreError(f"Kunne ikkje bruka datamappa {data_dir}: {exc.strerror or exc}.")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None

