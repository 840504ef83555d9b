"""The encrypted local store: cases, meetings, every revision, search, audit.

`Store` owns what an open store is: the connection, the data key, the process lock,
opening (`opening`, `db`) and closing. The work on the data lives with its own
responsibility, as functions of the open connection: `reads` (the queries),
`writes` (cases and meetings, each save one transaction), `snapshots` (the duk
templates meetings were written with, with their cache), `audit_log` and
`settings`. `Store` offers each under one name, so the CLI, the UI and the ops layer
call `store.get_case(...)`, `store.save_meeting(...)` and never hold a connection.

One SQLCipher file (`samtaleduk.db`) and its key file (`samtaleduk.key`) in the data
folder; verified backups go to `backups/`. The database key is a random data key
kept wrapped in the key file (see `keyfile`); the passphrase only unwraps it.

Every `save_meeting` keeps the meeting's history in the same transaction as the
update (`history`: one revision per burst of editing, the current one stored once,
in the meeting row), so no step a user could want back is overwritten; its search
entries follow after the save (`search_stale`), and before every search. The case list reads summary columns kept
up to date on save, never the JSON of every case.

A `Store` may be opened on one thread and handed to another (the app opens it
on a worker thread); it must never be used by two threads at the same time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from samtaleduk.domain.model import Case, CaseStatus, Meeting
from samtaleduk.store import (
    audit_log,
    db,
    due,
    instance_lock,
    lifecycle,
    reads,
    search_stale,
    settings,
    writes,
)
from samtaleduk.store import opening as store_open
from samtaleduk.store.backup import BACKUP_DIR as BACKUP_DIR
from samtaleduk.store.backup import backup_dir
from samtaleduk.store.errors import (
    NotFound,
    SaveFailed,
    StoreError,
    StoreMissing,
    StoreTooNew,
    UnreadableRecord,
    WrongPassphrase,
    folder_unusable,
)
from samtaleduk.store.files import KEY_FILE as KEY_FILE
from samtaleduk.store.files import STORE_FILE as STORE_FILE
from samtaleduk.store.files import key_file, store_exists, store_file
from samtaleduk.store.reads import MIN_ID_PREFIX as MIN_ID_PREFIX
from samtaleduk.store.snapshots import TemplateSnapshots
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
    "StoreTooNew", "UnreadableRecord", "WrongPassphrase", "Store", "CaseSummary", "MeetingSummary",
    "SearchHit", "RevisionInfo", "AuditEvent", "store_exists", "store_file", "key_file",
]


class Store:
    """An open, unlocked store. Use `Store.create` or `Store.open`; close when done
    (it is also a context manager)."""

    def __init__(self, data_dir: Path, conn: Any, data_key: bytes) -> None:
        self.data_dir = Path(data_dir)
        self._conn: Any = conn
        self._key: bytes | None = data_key
        self.snapshots = TemplateSnapshots(self.data_dir)
        """The duk templates the store's meetings were written with."""
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
            raise StoreError("store.exists", folder=str(data_dir))
        try:
            Path(data_dir).mkdir(mode=0o700, parents=True, exist_ok=True)
            lock = instance_lock.acquire(data_dir)
        except OSError as exc:
            raise folder_unusable(data_dir, exc) from None
        return cls._start(data_dir, lock, "store_created", lambda: store_open.OpenedFiles(
            *lifecycle.create_files(store_file(data_dir), key_file(data_dir), passphrase,
                                    kdf or DEFAULT_KDF)))

    @classmethod
    def open(cls, data_dir: Path, passphrase: str, every_page: bool = False, *,
             on_open: Callable[[Store], None] | None = None) -> Store:
        """Unlock the store in `data_dir`. A damaged, empty or too new store is
        refused with a clear message and left exactly as it was. `every_page`
        checks each page's HMAC before anything else (`opening`); without it the
        open costs the same at any size and the pages are checked after the
        unlock (`upkeep.Step.PAGES`). `on_open(store)` runs here once the open is
        in the audit log (at once if read-only); what it raises ends the open."""
        db_path = store_file(data_dir)
        if not db_path.exists():
            if key_file(data_dir).exists():
                raise StoreError("store.file_missing", file=STORE_FILE, folder=str(data_dir))
            raise StoreMissing("store.missing", folder=str(data_dir))
        # One process at a time: taken before anything is read or migrated.
        lock = instance_lock.acquire_for_reading(data_dir)
        return cls._start(data_dir, lock, "store_opened", lambda: store_open.open_existing(
            db_path, key_file(data_dir), passphrase, backup_dir(data_dir),
            writable=lock is not None, every_page=every_page), on_open)

    @classmethod
    def _start(cls, data_dir: Path, lock: Path | None, event: str,
               open_files: Callable[[], store_open.OpenedFiles],
               on_open: Callable[[Store], None] | None = None) -> Store:
        # The lock is held from before the files are touched until the store closes;
        # whatever fails on the way releases it.
        try:
            opened = open_files()
        except OSError as exc:
            instance_lock.release(lock)
            raise folder_unusable(data_dir, exc) from None
        except BaseException:
            instance_lock.release(lock)
            raise
        store = cls(data_dir, opened.conn, opened.data_key)
        store._lock = lock
        store.notices = list(opened.notices)
        store.read_only = opened.read_only
        try:
            if store.read_only is None:
                after = None if on_open is None else (lambda: on_open(store))
                store.log_event(event, recorded=after)
                store.refresh_search()  # a crash after a save left its meeting behind
            elif on_open is not None:
                on_open(store)  # nothing can be recorded; the notice says why
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
            raise StoreError("store.locked")
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils view of the open connection, for introspection."""
        return db.wrap(self.conn)

    @property
    def data_key(self) -> bytes:
        """The SQLCipher key (for backups and restore checks); only while open."""
        if self._key is None:
            raise StoreError("store.locked")
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

    # -- cases (reads, writes) -----------------------------------------------------

    def get_case(self, case_id: uuid.UUID) -> Case:
        """The case with this id; `NotFound` when there is none (`reads`)."""
        return reads.get_case(self.conn, case_id)

    def find_case(self, ref: str) -> Case:
        """A case by its full id or a unique start of it (`reads`)."""
        return reads.find_case(self.conn, ref)

    def list_cases(self, status: CaseStatus | None = None) -> list[CaseSummary]:
        """Every case (or those with `status`), sorted by name (`reads`)."""
        return reads.list_cases(self.conn, status)

    @contextlib.contextmanager
    def apart(self) -> Iterator[Any]:
        """A connection of its own to read through, closed after: for a worker while
        the window uses the store's own connection. On a shared connection a worker
        reading a row waits for the connection holding the GIL, while a statement
        there that calls the audit chain's Python function holds the connection
        waiting for the GIL: each waits for the other."""
        conn = db.connect(store_file(self.data_dir), self.data_key)
        try:
            yield conn
        finally:
            conn.close()

    def list_cases_apart(self) -> list[CaseSummary]:
        """Every case, as `list_cases`, read through a connection of its own (`apart`)."""
        with self.apart() as conn:
            return reads.list_cases(conn)

    def first_cases(self, status: CaseStatus, count: int) -> list[CaseSummary]:
        """The first `count` cases with `status` in the case list's first order
        (`reads`): what a screen shows at unlock, before the rest is read."""
        return reads.first_cases(self.conn, status, count)

    def case_summaries(self, ids: Collection[uuid.UUID]) -> list[CaseSummary]:
        """The summaries of the cases with these ids that exist (`reads`)."""
        return reads.case_summaries(self.conn, ids)

    def save_case(self, case: Case) -> None:
        """Insert or update a case; its search entries follow (`writes`)."""
        writes.save_case(self.conn, case)

    def delete_case(self, case_id: uuid.UUID, compact: bool = True) -> None:
        """Delete a case completely (`writes.delete_case`), then compact, so that no
        page of the file still holds it. `compact=False` inside a larger
        transaction (the caller compacts after)."""
        # Settled first, so that the compacted file is the store as it stays.
        self.refresh_search()
        try:
            writes.delete_case(self.conn, case_id)
        finally:
            self.snapshots.forget()  # its snapshots may be gone
        if compact:
            self.compact()

    def compact(self) -> None:
        """Fold the WAL into the file and rebuild it without free pages."""
        writes.compact(self.conn)

    # -- meetings and revisions (reads, writes) ---------------------------------------

    def get_meeting(self, meeting_id: uuid.UUID) -> Meeting:
        """The meeting as last saved; `NotFound` when there is none (`reads`)."""
        return reads.get_meeting(self.conn, meeting_id)

    def previous_meeting(self, meeting: Meeting) -> Meeting | None:
        """The meeting `meeting` was carried forward from, in the same case (`reads`)."""
        return reads.previous_meeting(self.conn, meeting)

    def list_meetings(self, case_id: uuid.UUID) -> list[Meeting]:
        """The case's meetings, by number (`reads`)."""
        return reads.list_meetings(self.conn, case_id)

    def meeting_summaries(self, case_id: uuid.UUID) -> list[MeetingSummary]:
        """The case's meetings by number, from the summary columns (`reads`)."""
        return reads.meeting_summaries(self.conn, case_id)

    def open_cases(self) -> list[due.OpenCase]:
        """Every open case with its next-meeting date and latest meeting (`due.open_cases`)."""
        return due.open_cases(self.conn)

    def due_rows(self, until: dt.date | None = None) -> list[due.DueRow]:
        """The dated items of each open case's latest meeting, up to `until`
        (`due.due_rows`)."""
        return due.due_rows(self.conn, until)

    def revisions(self, meeting_id: uuid.UUID) -> list[RevisionInfo]:
        """Every saved revision of a meeting, oldest first (`reads`)."""
        return reads.revisions(self.conn, meeting_id)

    def get_revision(self, revision_id: int) -> Meeting:
        """The meeting as saved in one revision (`reads`)."""
        return reads.get_revision(self.conn, revision_id)

    def save_meeting(self, meeting: Meeting, template: Template | None = None, *,
                     autosave: bool = False, at: dt.datetime | None = None) -> int:
        """Insert or update a meeting with its history, in one transaction; returns
        its current revision's id (`writes.save_meeting`). `autosave` extends the
        current revision while the burst of editing lasts (`history`); `at` is the
        time to record (an imported revision's own), else now. `template` (the
        meeting's own duk) is remembered; without it the stored snapshot is used."""
        if template is not None:
            self.snapshots.remember(self.conn, template)
        tpl = self.snapshots.written_with(self.conn, meeting.template_id,
                                          meeting.template_version)
        when = None if at is None else db.utc_text(at)
        return writes.save_meeting(self.conn, meeting, tpl, autosave=autosave, at=when)

    def close_burst(self, meeting_id: uuid.UUID) -> None:
        """The meeting was left: its next save starts a new revision (`writes`)."""
        writes.close_burst(self.conn, meeting_id)

    def refresh_search(self, meeting_id: uuid.UUID | None = None) -> int:
        """Bring the search entries of the meetings saved since (or of one) up to
        date (`search_stale.refresh`); returns how many were behind. Nothing on a
        store opened read-only, which cannot write them."""
        if self.read_only is not None:
            return 0
        return search_stale.refresh(self.conn, None if meeting_id is None else str(meeting_id))

    # -- search (reads) -------------------------------------------------------------

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Cases, notes, goals, actions, helpers and names matching every word in
        plain letters: names first, then the newest, at most `limit` (`reads`).
        Meetings saved since their index was last brought up to date come first."""
        self.refresh_search()
        return reads.search(self.conn, text, limit)

    def matching_case_ids(self, text: str, limit: int | None = None) -> set[uuid.UUID]:
        """Ids of the cases with something matching `text` (`reads.matching_case_ids`),
        after the index is brought up to date."""
        self.refresh_search()
        return reads.matching_case_ids(self.conn, text, limit)

    def matching_case_id_texts(self, text: str, limit: int | None = None) -> set[str]:
        """As `matching_case_ids`, the ids as text (`reads.matching_case_id_texts`)."""
        self.refresh_search()
        return reads.matching_case_id_texts(self.conn, text, limit)

    # -- template snapshots, audit log, settings ----------------------------------------

    def remember_template(self, template: Template) -> None:
        """Keep a snapshot of the template by (id, version) (`snapshots`)."""
        self.snapshots.remember(self.conn, template)

    def template_snapshot(self, template_id: str, version: int) -> Template | None:
        """The stored snapshot of a template version, or None (`snapshots`)."""
        return self.snapshots.get(self.conn, template_id, version)

    def latest_snapshot(self, template_id: str) -> Template | None:
        """The stored snapshot of the newest version of a template, or None."""
        return self.snapshots.latest(self.conn, template_id)

    def template_for(self, template_id: str, version: int) -> Template | None:
        """The duk meetings of (id, version) were written with: the snapshot, else
        the installed duk of that id and version (`snapshots`)."""
        return self.snapshots.written_with(self.conn, template_id, version)

    def log_event(self, event: str, case_id: uuid.UUID | str | None = None,
                  detail: str | None = None, *,
                  recorded: Callable[[], None] | None = None) -> None:
        """Record that something happened, never what was written (`audit_log`)."""
        audit_log.log_event(self.conn, self.data_dir, event, case_id, detail, recorded=recorded)

    def audit_events(self, case_id: uuid.UUID | None = None) -> list[AuditEvent]:
        """The audit log, or one case's part of it, oldest first (`audit_log`)."""
        return audit_log.audit_events(self.conn, case_id)

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A stored setting, or `default` (`settings`)."""
        return settings.setting(self.conn, key, default)

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting (insert or replace)."""
        settings.set_setting(self.conn, key, value)
