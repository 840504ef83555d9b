"""The encrypted local store: cases, meetings, every revision, search, audit.

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
import re
import uuid
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic_core import PydanticSerializationError

from samtaleduk import instance_lock, keyfile, store_db
from samtaleduk.errors import UserError
from samtaleduk.keyfile import DEFAULT_KDF, FAST_KDF, KdfParams
from samtaleduk.model import Case, CaseKind, CaseStatus, Meeting
from samtaleduk.store_errors import (
    NotFound,
    SaveFailed,
    StoreError,
    StoreMissing,
    StoreTooNew,
    WrongPassphrase,
)
from samtaleduk.store_files import KEY_FILE as KEY_FILE
from samtaleduk.store_files import STORE_FILE as STORE_FILE
from samtaleduk.store_files import key_file, store_exists, store_file
from samtaleduk.store_index import (
    case_entries,
    fts_query,
    meeting_entries,
    next_step_date,
    open_actions,
    participant_names,
    reindex,
    sort_key,
    update_case_summary,
    write_audit,
)
from samtaleduk.store_meta import StoreMeta
from samtaleduk.store_types import (
    AuditEvent,
    CaseSummary,
    MeetingSummary,
    RevisionInfo,
    SearchHit,
)
from samtaleduk.template import Template

__all__ = [
    "DEFAULT_KDF", "FAST_KDF", "KdfParams", "NotFound", "SaveFailed", "StoreError", "StoreMissing",
    "StoreTooNew", "WrongPassphrase", "Store", "CaseSummary", "MeetingSummary",
    "SearchHit", "RevisionInfo", "AuditEvent", "store_exists", "store_file", "key_file",
]

BACKUP_DIR = "backups"
_ID_PREFIX = re.compile(r"^[0-9a-f-]{1,36}$")
MIN_ID_PREFIX = 4


def _json(model: Case | Meeting) -> str:
    try:
        return model.model_dump_json()
    except (PydanticSerializationError, UnicodeError, ValueError) as exc:
        # Only reachable when validation was bypassed (lone surrogates and the like).
        raise StoreError(
            "Teksten inneheld ugyldige teikn og kan ikkje lagrast; skriv han på nytt."
        ) from exc


class Store(StoreMeta):
    """An open, unlocked store. Use `Store.create` or `Store.open`; close when done
    (it is also a context manager)."""

    def __init__(self, data_dir: Path, conn: Any, data_key: bytes) -> None:
        self.data_dir = Path(data_dir)
        self._conn: Any = conn
        self._key: bytes | None = data_key
        self._templates: dict[tuple[str, int], Template | None] = {}
        self._lock: Path | None = None
        self.db = store_db.wrap(conn)
        """A sqlite-utils view of the connection, for reads and introspection."""

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
        try:
            conn, data_key = store_db.create_files(
                store_file(data_dir), key_file(data_dir), passphrase, kdf or DEFAULT_KDF
            )
        except OSError as exc:
            instance_lock.release(lock)
            raise _folder_error(data_dir, exc) from None
        except BaseException:
            instance_lock.release(lock)
            raise
        store = cls(data_dir, conn, data_key)
        store._lock = lock
        try:
            store.log_event("store_created")
        except BaseException:
            store.close()
            raise
        return store

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
        lock = instance_lock.acquire(data_dir)
        try:
            conn, data_key = store_db.open_files(
                db_path, key_file(data_dir), passphrase, Path(data_dir) / BACKUP_DIR
            )
        except OSError as exc:
            instance_lock.release(lock)
            raise _folder_error(data_dir, exc) from None
        except BaseException:
            instance_lock.release(lock)
            raise
        store = cls(data_dir, conn, data_key)
        store._lock = lock
        try:
            store.log_event("store_opened")
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
    def data_key(self) -> bytes:
        if self._key is None:
            raise StoreError("Lageret er låst; lås det opp først.")
        return self._key

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key with a new passphrase; the database is not touched."""
        keyfile.rewrap(key_file(self.data_dir), old, new)
        self.log_event("passphrase_changed")

    def backup_to(self, target: Path) -> Path:
        """A verified, encrypted copy of the store (same data key) at `target`."""
        return store_db.verified_copy(self.conn, self.data_key, Path(target))

    def check_integrity(self) -> bool:
        return store_db.integrity_ok(self.conn)

    # -- cases -----------------------------------------------------------------

    def save_case(self, case: Case) -> None:
        """Insert or update a case; its search entries follow."""
        data = _json(case)
        now = store_db.now_utc()
        cid = str(case.id)
        members = json.dumps(list(case.members), ensure_ascii=False)
        with store_db.transaction(self.conn) as c:
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

    def get_case(self, case_id: uuid.UUID) -> Case:
        row = self.conn.execute("SELECT data FROM cases WHERE id = ?", (str(case_id),)).fetchone()
        if row is None:
            raise NotFound(f"Fann inga sak med id {case_id}.")
        return Case.model_validate_json(row[0])

    def find_case(self, ref: str) -> Case:
        """A case by its full id or a unique start of it (at least four characters)."""
        text = ref.strip().lower()
        if not _ID_PREFIX.match(text):
            # Not an id: do not echo it, it may be a name.
            raise UserError("Det er ikkje ein saks-id. Sjå id-ane med «samtaleduk cases».")
        try:
            return self.get_case(uuid.UUID(text))
        except ValueError:
            pass
        if len(text) < MIN_ID_PREFIX:
            raise UserError(f"Skriv minst {MIN_ID_PREFIX} teikn av saks-id-en.")
        rows = self.conn.execute(
            "SELECT id FROM cases WHERE substr(id, 1, ?) = ? LIMIT 2", (len(text), text)
        ).fetchall()
        if not rows:
            raise NotFound(f"Fann inga sak med id som byrjar på «{text}».")
        if len(rows) > 1:
            raise UserError(f"Fleire saker har id som byrjar på «{text}»; skriv fleire teikn.")
        return self.get_case(uuid.UUID(rows[0][0]))

    def list_cases(self, status: CaseStatus | None = None) -> list[CaseSummary]:
        """Every case (or those with `status`), sorted by name the Norwegian way."""
        sql = ("SELECT id, name, kind, status, template_id, members, meeting_count, "
               "last_meeting_date, next_meeting_date, open_actions FROM cases")
        params: tuple[str, ...] = ()
        if status is not None:
            sql += " WHERE status = ?"
            params = (status.value,)
        out = [
            CaseSummary(
                id=uuid.UUID(r[0]), name=r[1], kind=CaseKind(r[2]), status=CaseStatus(r[3]),
                template_id=r[4], members=json.loads(r[5]), meeting_count=r[6],
                last_meeting_date=_date(r[7]), next_meeting_date=_date(r[8]),
                open_actions=r[9],
            )
            for r in self.conn.execute(sql, params)
        ]
        out.sort(key=lambda s: sort_key(s.name))
        return out

    def delete_case(self, case_id: uuid.UUID, compact: bool = True) -> None:
        """Delete a case completely: its meetings, every revision, its search entries
        (the FTS index is merged, so no old segment keeps its words), template
        snapshots no other case uses, and its audit trail. Then checkpoint the WAL and
        VACUUM, so that with secure_delete no page of the file still holds it.
        `compact=False` inside a larger transaction (the caller compacts after)."""
        cid = str(case_id)
        if self.conn.execute("SELECT 1 FROM cases WHERE id = ?", (cid,)).fetchone() is None:
            raise NotFound(f"Fann inga sak med id {case_id}.")
        with store_db.transaction(self.conn) as c:
            c.execute("DELETE FROM search_fts WHERE rowid IN "
                      "(SELECT rowid FROM search_rows WHERE case_id = ?)", (cid,))
            c.execute("DELETE FROM search_rows WHERE case_id = ?", (cid,))
            c.execute("DELETE FROM revisions WHERE case_id = ?", (cid,))
            c.execute("DELETE FROM meetings WHERE case_id = ?", (cid,))
            c.execute("DELETE FROM audit WHERE case_id = ?", (cid,))
            c.execute("DELETE FROM cases WHERE id = ?", (cid,))
            # FTS5 deletes only mark old index segments; merging drops the words.
            c.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            c.execute("DELETE FROM templates WHERE NOT EXISTS (SELECT 1 FROM meetings m "
                      "WHERE m.template_id = templates.id "
                      "AND m.template_version = templates.version) "
                      "AND NOT EXISTS (SELECT 1 FROM cases WHERE template_id = templates.id)")
            # Recorded without the case id: after deletion nothing points to the case.
            write_audit(c, "case_deleted", None)
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
        now = store_db.now_utc()
        summary_cols = (
            meeting.number, meeting.date.isoformat(), meeting.template_id,
            meeting.template_version,
            json.dumps(participant_names(meeting), ensure_ascii=False),
            open_actions(meeting), _iso(next_step_date(meeting, tpl)),
        )
        with store_db.transaction(self.conn) as c:
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

    def get_meeting(self, meeting_id: uuid.UUID) -> Meeting:
        row = self.conn.execute("SELECT data FROM meetings WHERE id = ?",
                                (str(meeting_id),)).fetchone()
        if row is None:
            raise NotFound(f"Fann inga møte med id {meeting_id}.")
        return Meeting.model_validate_json(row[0])

    def list_meetings(self, case_id: uuid.UUID) -> list[Meeting]:
        """The case's meetings, by number."""
        rows = self.conn.execute(
            "SELECT data FROM meetings WHERE case_id = ? ORDER BY number, date",
            (str(case_id),),
        )
        return [Meeting.model_validate_json(r[0]) for r in rows]

    def meeting_summaries(self, case_id: uuid.UUID) -> list[MeetingSummary]:
        rows = self.conn.execute(
            "SELECT id, number, date, template_id, participant_names, open_actions "
            "FROM meetings WHERE case_id = ? ORDER BY number, date",
            (str(case_id),),
        )
        return [
            MeetingSummary(id=uuid.UUID(r[0]), number=r[1], date=dt.date.fromisoformat(r[2]),
                           template_id=r[3], participant_names=json.loads(r[4]),
                           open_actions=r[5])
            for r in rows
        ]

    def revisions(self, meeting_id: uuid.UUID) -> list[RevisionInfo]:
        """Every saved revision of a meeting, oldest first."""
        rows = self.conn.execute(
            "SELECT id, meeting_id, saved_at FROM revisions WHERE meeting_id = ? ORDER BY id",
            (str(meeting_id),),
        )
        return [RevisionInfo(r[0], uuid.UUID(r[1]), dt.datetime.fromisoformat(r[2]))
                for r in rows]

    def get_revision(self, revision_id: int) -> Meeting:
        row = self.conn.execute("SELECT data FROM revisions WHERE id = ?",
                                (int(revision_id),)).fetchone()
        if row is None:
            raise NotFound(f"Fann ingen revisjon {revision_id}.")
        return Meeting.model_validate_json(row[0])

    # -- search ------------------------------------------------------------------

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Cases, notes, goals, actions, helpers and names matching every word
        (each as a word start, diacritics folded), best matches first."""
        query = fts_query(text)
        if query is None:
            return []
        rows = self.conn.execute(
            "SELECT r.case_id, r.meeting_id, r.kind, r.field_id, r.item_id, "
            "snippet(search_fts, 0, '', '', '…', 16) FROM search_fts "
            "JOIN search_rows r ON r.rowid = search_fts.rowid "
            "WHERE search_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, int(limit)),
        )
        return [
            SearchHit(case_id=uuid.UUID(r[0]), meeting_id=uuid.UUID(r[1]) if r[1] else None,
                      kind=r[2], field_id=r[3], item_id=uuid.UUID(r[4]) if r[4] else None,
                      snippet=r[5])
            for r in rows
        ]

    def matching_case_ids(self, text: str) -> set[uuid.UUID]:
        """The ids of every case with something matching `text` (no limit): for
        filtering the case list as the user types."""
        query = fts_query(text)
        if query is None:
            return set()
        rows = self.conn.execute(
            "SELECT DISTINCT r.case_id FROM search_fts "
            "JOIN search_rows r ON r.rowid = search_fts.rowid WHERE search_fts MATCH ?",
            (query,),
        )
        return {uuid.UUID(r[0]) for r in rows}


def _folder_error(data_dir: Path, exc: OSError) -> StoreError:
    return StoreError(f"Kunne ikkje bruka datamappa {data_dir}: {exc.strerror or exc}.")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
