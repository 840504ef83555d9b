"""Complete deletion: no table, no FTS segment, no page of the file and no new
backup holds a deleted case; older backups expire by rotation; closed cases past
the retention time are offered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samtaleduk.domain.model import CaseStatus
from samtaleduk.store import backup
from samtaleduk.store.store import Store, store_file
from samtaleduk.trust import deletion
from tests.samtaleduk.store.test_store import _decrypted_pages
from tests.samtaleduk.trust.trust_support import (
    encodings,
    family,
    marked_case,
    plaintext_copy,
    rows_holding,
)

GONE = "Qxvslettmerke"
KEPT = "Bliandemerke"


def _decrypted_wal(path: Path, data_key: bytes) -> bytes:
    """Every page image in a WAL file, decrypted (32-byte WAL header, then frames
    of a 24-byte header and one 4096-byte SQLCipher page: IV in the reserved tail)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw, size, reserve, out = path.read_bytes(), 4096, 80, bytearray()
    for start in range(32, len(raw) - size + 1, 24 + size):
        page_no = int.from_bytes(raw[start:start + 4], "big")
        page = raw[start + 24:start + 24 + size]
        iv = page[size - reserve:size - reserve + 16]
        dec = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        out += dec.update(page[16 if page_no == 1 else 0:size - reserve]) + dec.finalize()
    return bytes(out)


def _holds(data: bytes, marker: str) -> bool:
    return any(n in data for n in encodings(marker))


def test_deleted_case_leaves_no_trace_in_the_store(store: Store, _isolated_data_dir: Path,
                                                   tmp_path: Path) -> None:
    gone = marked_case(store, GONE, meetings=3, edits=4)
    marked_case(store, KEPT, meetings=1)
    own = family().model_copy(update={"id": "eigen_duk", "version": 7})
    store.remember_template(own)
    store.conn.execute("UPDATE meetings SET template_id = 'eigen_duk', template_version = 7 "
                       "WHERE case_id = ?", (str(gone.id),))
    store.log_event("view_case", gone.id)
    old_backup = backup.make_backup(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    # Controls: before deletion every place really holds the marker.
    assert {"search_fts_data", "name_fts_data", "name_fts_content", "search_terms"} <= set(
        rows_holding(store, GONE))
    assert _holds(_decrypted_pages(store_file(_isolated_data_dir), store.data_key), GONE)

    result = deletion.delete_case_completely(store, gone.id)

    assert rows_holding(store, GONE) == []
    assert rows_holding(store, KEPT) != []
    cid = str(gone.id)
    for table, column in [("cases", "id"), ("meetings", "case_id"), ("revisions", "case_id"),
                          ("search_rows", "case_id"), ("audit", "case_id")]:
        assert store.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                                  (cid,)).fetchone()[0] == 0
    assert store.template_snapshot("eigen_duk", 7) is None  # only the deleted case used it
    assert store.template_snapshot(family().id, family().version) is not None
    events = store.audit_events()
    assert "case_deleted" in [e.event for e in events]
    assert all(e.case_id is None or str(e.case_id) != cid for e in events)
    # The file itself: every page decrypted (free pages too), and a plaintext export.
    db = store_file(_isolated_data_dir)
    assert not _holds(_decrypted_pages(db, store.data_key), GONE)
    wal = db.with_name(db.name + "-wal")
    frames = _decrypted_wal(wal, store.data_key)
    assert not _holds(frames, GONE)
    assert b"backup_fingerprint" in frames  # the WAL decryption really works
    plain = plaintext_copy(db, store.data_key, tmp_path / "plain.db")
    assert not _holds(plain, GONE) and _holds(plain, KEPT)
    # The backup made right after has no trace; the older one expires by rotation.
    assert result.backup is not None and result.backup.kind == "after-delete"
    assert not _holds(plaintext_copy(result.backup.path, store.data_key,
                                     tmp_path / "after.db"), GONE)
    assert _holds(plaintext_copy(old_backup.path, store.data_key, tmp_path / "old.db"), GONE)
    later = old_backup.made_at + dt.timedelta(days=backup.MAX_AGE_DAYS + 1)
    backup.rotate(_isolated_data_dir, now=later)
    assert not old_backup.path.exists() and result.backup.path.exists()


def test_deletion_text_tells_about_backups() -> None:
    for lang in ("nn", "nb", "en"):
        text = deletion.deletion_text(lang)
        assert str(backup.MAX_AGE_DAYS) in text
        assert backup.expiry_text(lang) in text


def test_closed_cases_past_retention_are_offered(store: Store) -> None:
    today = dt.date(2026, 11, 25)
    old = marked_case(store, "Gammal", meetings=1)
    store.save_case(old.model_copy(update={"status": CaseStatus.CLOSED,
                                           "closed_on": dt.date(2025, 1, 1)}))
    recent = marked_case(store, "Nyleg", meetings=1)
    store.save_case(recent.model_copy(update={"status": CaseStatus.CLOSED,
                                              "closed_on": dt.date(2026, 10, 1)}))
    undated = marked_case(store, "Utan", meetings=1)  # closed, no date: last meeting counts
    store.save_case(undated.model_copy(update={"status": CaseStatus.CLOSED}))
    marked_case(store, "Open", meetings=1)
    assert deletion.retention_days(store) == deletion.DEFAULT_RETENTION_DAYS
    due = deletion.cases_past_retention(store, today)
    assert [d.case_id for d in due] == [old.id]
    assert due[0].closed_since == dt.date(2025, 1, 1)
    deletion.set_retention_days(store, 30)
    due = deletion.cases_past_retention(store, today)
    assert [d.case_id for d in due] == [old.id, undated.id, recent.id]
    assert due[1].closed_since == dt.date(2026, 1, 1)  # its last meeting
    assert deletion.cases_past_retention(store, today, days=10_000) == []
    assert store.get_case(old.id).status is CaseStatus.CLOSED  # offered, not deleted


def test_a_deletion_whose_rebuild_fails_says_the_case_is_deleted(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The file's rebuild (VACUUM) can meet another statement on the connection
    # ("database table is locked"): the deletion has committed by then, so the
    # user is told the case is deleted, never "nothing was changed".
    import sqlcipher3

    gone = marked_case(store, GONE, meetings=1)

    def busy() -> None:
        raise sqlcipher3.dbapi2.OperationalError("database table is locked")

    monkeypatch.setattr(store, "compact", busy)
    result = deletion.delete_case_completely(store, gone.id)
    assert store.list_cases() == []
    assert result.backup is not None  # the backup without it is still made
    assert result.backup_problem is not None
    assert result.backup_problem.startswith("Saka er sletta.")
