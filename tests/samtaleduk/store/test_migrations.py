"""Migrations: every released schema's fixture store opens; a migration is atomic
with its version bump and a verified backup comes first."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from samtaleduk.domain.model import Case
from samtaleduk.store import db
from samtaleduk.store import schema as store_schema
from samtaleduk.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration
from samtaleduk.store.store import BACKUP_DIR, Store, StoreError, store_file
from samtaleduk.trust import keyfile
from tests.conftest import TEST_PASSPHRASE
from tests.fixtures import make_store_v1 as v1

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FIXTURE_VERSIONS = sorted(
    int(p.name.removeprefix("store_v")) for p in FIXTURES.glob("store_v*") if p.is_dir()
)


def _copy_fixture(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"v{version}"
    shutil.copytree(FIXTURES / f"store_v{version}", target)
    return target


def test_there_is_a_fixture_for_every_released_schema() -> None:
    assert FIXTURE_VERSIONS == list(range(1, SCHEMA_VERSION + 1))
    assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", FIXTURE_VERSIONS)
def test_every_fixture_version_opens_and_keeps_its_data(version: int, tmp_path: Path) -> None:
    folder = _copy_fixture(version, tmp_path)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == SCHEMA_VERSION
        assert store.check_integrity()
        case = store.get_case(v1.CASE_ID)
        assert case.name == v1.CASE_NAME and case.members == v1.MEMBERS
        (summary,) = store.list_cases()
        assert summary.meeting_count == 1
        assert summary.next_meeting_date == dt.date(2026, 4, 6)
        assert summary.open_actions == 1
        meeting = store.get_meeting(v1.MEETING_ID)
        notes = [n for c in meeting.fields.values() for n in c.notes]
        assert [n.text for n in notes] == [v1.NOTE_V2]
        revisions = store.revisions(v1.MEETING_ID)
        assert len(revisions) == 2
        first = store.get_revision(revisions[0].id)
        assert [n.text for c in first.fields.values() for n in c.notes] == [v1.NOTE_V1]
        assert store.search("Ŋuvvos")[0].case_id == v1.CASE_ID
        assert store.template_snapshot("familie", meeting.template_version) is not None
        # and it still takes new data
        store.save_case(Case(name="Ny sak", template_id="familie"))
    if version == SCHEMA_VERSION:
        assert not (folder / BACKUP_DIR).exists()  # nothing to migrate, no backup


def _add_test_migration(monkeypatch: pytest.MonkeyPatch, apply) -> int:  # type: ignore[no-untyped-def]
    nxt = SCHEMA_VERSION + 1
    monkeypatch.setattr(store_schema, "MIGRATIONS", [*MIGRATIONS, Migration(nxt, "test", apply)])
    monkeypatch.setattr(db, "SCHEMA_VERSION", nxt)
    return nxt


def test_migration_backs_up_first_and_bumps_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _copy_fixture(SCHEMA_VERSION, tmp_path)
    nxt = _add_test_migration(
        monkeypatch, lambda c: c.execute("ALTER TABLE cases ADD COLUMN colour TEXT"))
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == nxt
        assert "colour" in store.db["cases"].columns_dict
    (backup,) = (folder / BACKUP_DIR).iterdir()
    assert backup.name.startswith(f"before-migration-v{SCHEMA_VERSION}-")
    # The backup is the store as it was before: same key, old version, all data.
    shutil.copy(folder / "samtaleduk.key", tmp_path / "samtaleduk.key")
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(backup, store_file(restored))
    shutil.copy(folder / "samtaleduk.key", restored / "samtaleduk.key")
    monkeypatch.setattr(db, "SCHEMA_VERSION", SCHEMA_VERSION)
    monkeypatch.setattr(store_schema, "MIGRATIONS", MIGRATIONS)
    with Store.open(restored, TEST_PASSPHRASE) as old:
        assert db.user_version(old.conn) == SCHEMA_VERSION
        assert old.get_case(v1.CASE_ID).name == v1.CASE_NAME


def test_failed_migration_leaves_store_at_old_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _copy_fixture(SCHEMA_VERSION, tmp_path)

    def half_then_fail(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("ALTER TABLE cases ADD COLUMN colour TEXT")
        conn.execute("DELETE FROM meetings")
        raise StoreError("migration failed half-way")

    _add_test_migration(monkeypatch, half_then_fail)
    with pytest.raises(StoreError, match="half-way"):
        Store.open(folder, TEST_PASSPHRASE)
    monkeypatch.setattr(db, "SCHEMA_VERSION", SCHEMA_VERSION)
    monkeypatch.setattr(store_schema, "MIGRATIONS", MIGRATIONS)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == SCHEMA_VERSION
        assert "colour" not in store.db["cases"].columns_dict
        assert store.meeting_summaries(v1.CASE_ID) != []
    assert len(list((folder / BACKUP_DIR).iterdir())) == 1


def _rebuild_meetings(conn) -> None:  # type: ignore[no-untyped-def]
    # A table rebuild the way SQLite requires it (new table, copy, drop, rename),
    # done by sqlite-utils: meetings is referenced by revisions and search rows
    # with ON DELETE CASCADE, so dropping the old table must not cascade.
    db.wrap(conn)["meetings"].transform(defaults={"open_actions": 7},
                                        column_order=["id", "case_id", "number", "date"])


def test_a_migration_can_rebuild_a_table_with_sqlite_utils(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _copy_fixture(SCHEMA_VERSION, tmp_path)
    nxt = _add_test_migration(monkeypatch, _rebuild_meetings)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == nxt
        meetings = store.db["meetings"]
        assert [c.name for c in meetings.columns[:4]] == ["id", "case_id", "number", "date"]
        assert meetings.default_values["open_actions"] == 7
        # Nothing cascaded away, and the references still hold and still act.
        assert len(store.revisions(v1.MEETING_ID)) == 2
        assert store.search("Ŋuvvos")[0].case_id == v1.CASE_ID
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {fk.other_table for fk in store.db["revisions"].foreign_keys} == {
            "meetings", "cases"}
        store.delete_case(v1.CASE_ID)
        assert store.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0
        assert store.check_integrity()


def test_a_migration_that_breaks_references_is_rolled_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = _copy_fixture(SCHEMA_VERSION, tmp_path)
    _add_test_migration(monkeypatch, lambda c: c.execute("DELETE FROM cases"))
    with pytest.raises(StoreError, match="brotne tilvisingar"):
        Store.open(folder, TEST_PASSPHRASE)
    monkeypatch.setattr(db, "SCHEMA_VERSION", SCHEMA_VERSION)
    monkeypatch.setattr(store_schema, "MIGRATIONS", MIGRATIONS)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == SCHEMA_VERSION
        assert store.get_case(v1.CASE_ID).name == v1.CASE_NAME
        assert len(store.revisions(v1.MEETING_ID)) == 2


def _open_at_its_version(folder: Path) -> Any:
    """The fixture's database as the program of its version left it (not migrated)."""
    data_key = keyfile.unwrap_with_passphrase(
        keyfile.read_key_file(folder / "samtaleduk.key"), TEST_PASSPHRASE)
    return db.connect(store_file(folder), data_key)


def test_migration_6_compacts_histories_by_burst_and_stores_the_json_once(
        tmp_path: Path) -> None:
    folder = _copy_fixture(5, tmp_path)
    conn = _open_at_its_version(folder)
    row = conn.execute("SELECT data FROM meetings WHERE id = ?", (str(v1.MEETING_ID),))
    data = json.loads(row.fetchone()[0])
    note = next(c for c in data["fields"].values() if c["notes"])["notes"][0]
    start = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    # What schema 5 wrote: a revision per autosave. Burst A: a save every 10 s for
    # 100 s; a pause of 10 minutes; burst B: every 30 s for 6 minutes (cut at 5).
    times = [start + dt.timedelta(seconds=10 * i) for i in range(11)]
    times += [times[-1] + dt.timedelta(minutes=10, seconds=30 * i) for i in range(13)]
    texts = [f"steg {i}" for i in range(len(times))]
    conn.execute("BEGIN")
    for at, text in zip(times, texts, strict=True):
        note["text"] = text
        conn.execute("INSERT INTO revisions(meeting_id, case_id, saved_at, data) "
                     "VALUES (?,?,?,?)", (str(v1.MEETING_ID), str(v1.CASE_ID),
                                          at.isoformat(timespec="seconds"), json.dumps(data)))
    conn.execute("UPDATE meetings SET data = ?, updated_at = ?, revision_id = "
                 "(SELECT max(id) FROM revisions) WHERE id = ?",
                 (json.dumps(data), times[-1].isoformat(timespec="seconds"),
                  str(v1.MEETING_ID)))
    conn.execute("COMMIT")
    (top,) = conn.execute("SELECT max(id) FROM revisions").fetchone()
    conn.close()

    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == SCHEMA_VERSION  # 6, and later ones stacked
        revisions = store.revisions(v1.MEETING_ID)
        kept = [[n.text for c in store.get_revision(r.id).fields.values() for n in c.notes][0]
                for r in revisions]
        # The fixture's own two (one burst: both kept), then first and last of
        # burst A, and of burst B's two parts (five minutes each at most).
        assert kept == [v1.NOTE_V1, v1.NOTE_V2, "steg 0", "steg 10", "steg 11", "steg 20",
                        "steg 21", "steg 23"]
        assert [r.saved_at for r in revisions[2:]] == [times[i] for i in (0, 10, 11, 20, 21, 23)]
        # The current revision is the meeting row: no second copy of its JSON.
        copies = store.conn.execute("SELECT data IS NOT NULL FROM revisions ORDER BY id")
        assert [bool(r[0]) for r in copies] == [True] * 7 + [False]
        assert store.get_revision(revisions[-1].id) == store.get_meeting(v1.MEETING_ID)
        assert store.conn.execute("SELECT revision_id FROM meetings").fetchone()[0] == \
            revisions[-1].id
        # Ids are never reused; the table is whole and the new ones work.
        assert store.check_integrity()
        assert {i.name for i in store.db["revisions"].indexes} == {
            "revisions_meeting", "revisions_case"}
        meeting = store.get_meeting(v1.MEETING_ID)
        meeting.field(next(iter(meeting.fields))).text = "etter migreringa"
        assert store.save_meeting(meeting) > top
        assert store.search("migreringa")[0].meeting_id == v1.MEETING_ID


def test_migration_7_gives_the_names_a_full_text_table_of_their_own(tmp_path: Path) -> None:
    folder = _copy_fixture(6, tmp_path)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        names = store.conn.execute("SELECT name FROM name_fts ORDER BY rowid").fetchall()
        # The case's name and its members, folded; nothing written in a meeting.
        assert [r[0] for r in names] == ["familien aigecuolbma", "nuvvos-ande",
                                         "duhtor siella", "سارة", "zoe 🌱"]
        (hit, *_) = store.search("nuvv")
        assert (hit.case_id, hit.kind, hit.snippet) == (v1.CASE_ID, "member", "Ŋuvvos-Ánde")
        assert store.matching_case_ids("duh", limit=10) == {v1.CASE_ID}
        # A name changed after the migration leaves no old name to be found.
        case = store.get_case(v1.CASE_ID)
        store.save_case(case.model_copy(update={"members": ["Ellen"]}))
        assert store.matching_case_ids("nuvv", limit=10) == set()
        assert store.matching_case_ids("elle", limit=10) == {v1.CASE_ID}
        assert store.conn.execute("SELECT count(*) FROM name_fts").fetchone()[0] == 2


def test_migration_8_stores_each_names_sort_key_for_the_first_screen(tmp_path: Path) -> None:
    from samtaleduk.domain.model import CaseStatus
    from samtaleduk.store.folding import sort_key

    folder = _copy_fixture(7, tmp_path)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        keys = store.conn.execute("SELECT name, name_sort_key FROM cases").fetchall()
        assert keys and all(key == sort_key(name) for name, key in keys)
        assert store.first_cases(CaseStatus.OPEN, 10) == [
            s for s in store.list_cases() if s.status == CaseStatus.OPEN][:10]
        # A case saved after the migration has its key too.
        store.save_case(Case(name="Ærlege Åsen", template_id="familie"))
        assert store.conn.execute("SELECT name_sort_key FROM cases WHERE name = ?",
                                  ("Ærlege Åsen",)).fetchone()[0] == sort_key("Ærlege Åsen")


def test_migration_9_lists_the_words_of_the_index(tmp_path: Path) -> None:
    from samtaleduk.store import search_terms

    folder = _copy_fixture(8, tmp_path)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        conn = store.conn
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_fts, row)")
        words = {r[0] for r in conn.execute("SELECT term FROM temp.v")}
        assert words and {r[0] for r in conn.execute("SELECT term FROM search_terms")} == words
        # The fixture's words are asked as listed words, and found.
        assert search_terms.match_query(conn, "nuvvo") == '("nuvvos")'
        (hit, *_) = store.search("nuvvo")
        assert (hit.case_id, hit.kind) == (v1.CASE_ID, "member")
