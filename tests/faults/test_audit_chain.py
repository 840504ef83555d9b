"""Issue 13, point 15: the audit log is tamper-evident.

Each attack is done the way someone with the passphrase and an ordinary SQLCipher
connection would: straight on the table, outside the program. The next open must
say so (`Opened.audit_problem`), and `samtaleduk audit verify` must fail.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.store import backup, db, restore, safe_open
from samtaleduk.store.schema import SCHEMA_VERSION
from samtaleduk.store.store import FAST_KDF, Store, WrongPassphrase, store_file
from samtaleduk.trust import audit, audit_chain, deletion
from samtaleduk.trust.unlock_failures import FAILED_UNLOCKS
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _store_with_history(folder: Path) -> None:
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Loggmerke", meetings=1)
        for event in ("view_case", "case_printed", "view_case"):
            store.log_event(event, case.id)
        store.log_event("locked")
        store.log_event("unlocked")


def _raw(folder: Path):  # type: ignore[no-untyped-def]
    """A plain SQLCipher connection with the store's key: the attacker's tool (no
    chain functions; they would have to write their own)."""
    data_key, _ = restore.data_key_for(folder, TEST_PASSPHRASE)
    import sqlcipher3

    conn = sqlcipher3.connect(str(store_file(folder)), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def _open_problem(folder: Path) -> str | None:
    opened = safe_open.open_store(folder, TEST_PASSPHRASE, auto_backup=False)
    opened.store.close()
    return opened.audit_problem


def test_an_untouched_log_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    assert _open_problem(folder) is None
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["--data-dir", str(folder), "audit", "verify"]) == 0
    assert "Revisjonsloggen er heil" in capsys.readouterr().out


def test_an_edited_entry_is_detected(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    with _raw(folder) as conn:
        conn.execute("UPDATE audit SET event = 'view_case' WHERE event = 'case_printed'")
    problem = _open_problem(folder)
    assert problem is not None and "passar ikkje i kjeda" in problem
    assert "Ta vare på datamappa" in problem  # what to do
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["--data-dir", str(folder), "audit", "verify"]) == 1
    assert "Revisjonsloggen er endra" in capsys.readouterr().out


def test_an_edited_who_or_case_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    with _raw(folder) as conn:
        conn.execute("UPDATE audit SET who = 'nokon-andre' WHERE event = 'locked'")
    assert _open_problem(folder) is not None

    other = tmp_path / "other"
    _store_with_history(other)
    with _raw(other) as conn:  # move an event to another (made-up) case
        conn.execute("UPDATE audit SET case_id = '00000000-0000-4000-8000-000000000000' "
                     "WHERE event = 'case_printed'")
    assert _open_problem(other) is not None


def test_a_deleted_entry_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    with _raw(folder) as conn:
        conn.execute("DELETE FROM audit WHERE event = 'case_printed'")
    problem = _open_problem(folder)
    assert problem is not None and "passar ikkje" in problem


def test_cut_off_end_with_a_rebuilt_head_is_detected(tmp_path: Path) -> None:
    """The attacker removes the newest entries and even writes a fitting head file
    with the program's own code: AUTOINCREMENT still remembers the last id, so the
    next entry leaves a gap in the ids."""
    folder = tmp_path / "data"
    _store_with_history(folder)
    with _raw(folder) as conn:
        conn.execute("DELETE FROM audit WHERE id > (SELECT max(id) - 3 FROM audit)")
    data_key, _ = restore.data_key_for(folder, TEST_PASSPHRASE)
    conn = db.connect(store_file(folder), data_key)
    try:
        audit_chain.write_head(conn, folder, force=True)
    finally:
        conn.close()
    problem = _open_problem(folder)
    assert problem is not None and "er fjerna" in problem


def test_cut_off_end_with_the_old_head_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    with _raw(folder) as conn:
        conn.execute("DELETE FROM audit WHERE id > (SELECT max(id) - 3 FROM audit)")
        conn.execute("UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit) "
                     "WHERE name = 'audit'")
    problem = _open_problem(folder)
    assert problem is not None and "oppføringar er fjerna" in problem
    # … and it stays visible: the open that found it did not overwrite the head.
    assert _open_problem(folder) is not None


def test_an_older_store_put_back_by_hand_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        made = backup.make_backup(store)
        for _ in range(5):
            store.log_event("view_case")
    shutil.copyfile(made.path, store_file(folder))  # not through `restore`
    assert _open_problem(folder) is not None


def test_a_deleted_or_foreign_head_file_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    head = audit_chain.head_path(folder)
    data = json.loads(head.read_text())
    head.unlink()
    problem = _open_problem(folder)
    assert problem is not None and audit_chain.HEAD_FILE in problem

    data["count"] -= 1  # edited by hand: its own MAC no longer fits
    head.write_text(json.dumps(data))
    assert _open_problem(folder) is not None


def test_a_restore_through_the_program_is_not_a_break(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        backup.make_backup(store)
        for _ in range(5):
            store.log_event("view_case")
        before = len(store.audit_events())
    restore.restore_backup(folder, TEST_PASSPHRASE)
    assert _open_problem(folder) is None
    with Store.open(folder, TEST_PASSPHRASE) as store:
        (restored,) = [e for e in store.audit_events() if e.event == "backup_restored"]
    assert restored.detail is not None and str(before) in restored.detail


def test_the_account_comes_from_the_os_not_the_environment(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "falsk-brukar")
    store.log_event("locked")
    who = store.audit_events()[-1].who
    assert who != "falsk-brukar"
    if os.name == "posix":
        import pwd

        try:
            expected = pwd.getpwuid(os.getuid()).pw_name
        except KeyError:
            expected = f"uid-{os.getuid()}"
        assert who == expected


def test_a_deleted_case_keeps_its_access_log_without_content(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Innsynsmerke", meetings=1)
        store.log_event("view_case", case.id)
        store.log_event("case_printed", case.id)
        ref = store.audit_events(case.id)[0].case_ref
        assert ref
        deletion.delete_case_completely(store, case.id)
        kept = [e for e in store.audit_events() if e.case_ref == ref]
        assert [e.event for e in kept] == ["case_created", "view_case", "case_printed",
                                           "case_deleted"]
        assert all(e.case_id is None and e.who for e in kept)
        rows = store.conn.execute("SELECT * FROM audit").fetchall()
        assert str(case.id) not in repr(rows) and "Innsynsmerke" not in repr(rows)
        assert audit.verify(store).ok  # deletion is the program's own change
        lines = [audit.line(e) for e in audit.export(store)]
    assert any("sletta sak #" + ref[:12] in line for line in lines)


def test_deleting_the_failed_unlock_file_is_noticed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, TEST_PASSPHRASE, FAST_KDF).close()
    with pytest.raises(WrongPassphrase):
        safe_open.open_store(folder, "feil passordfrase")
    assert _open_problem(folder) is None  # taken in; the file keeps its header

    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            safe_open.open_store(folder, "feil passordfrase")
    (folder / FAILED_UNLOCKS).unlink()  # hide the two attempts
    problem = _open_problem(folder)
    assert problem is not None and FAILED_UNLOCKS in problem
    with Store.open(folder, TEST_PASSPHRASE) as store:
        events = [e.event for e in store.audit_events()]
    assert events.count("unlock_log_tampered") == 1
    assert events.count("unlock_failed") == 1
    assert _open_problem(folder) is None  # reported once, then the file starts again


def test_a_reset_or_gapped_failed_unlock_file_is_noticed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, TEST_PASSPHRASE, FAST_KDF).close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            safe_open.open_store(folder, "feil passordfrase")
    assert _open_problem(folder) is None
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            safe_open.open_store(folder, "feil passordfrase")
    path = folder / FAILED_UNLOCKS
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], lines[1], lines[3]]) + "\n")  # one line gone
    problem = _open_problem(folder)
    assert problem is not None and "manglar linjer" in problem

    with pytest.raises(WrongPassphrase):
        safe_open.open_store(folder, "feil passordfrase")
    path.write_text("#samtaleduk-unlock-failures seen=0\n")  # started afresh
    assert _open_problem(folder) is not None


def test_a_restore_does_not_make_the_failed_unlock_file_look_tampered(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, TEST_PASSPHRASE, FAST_KDF).close()
    with safe_open.open_store(folder, TEST_PASSPHRASE, auto_backup=False).store as store:
        backup.make_backup(store)  # the store has taken in no failed unlock: seen=0
    with pytest.raises(WrongPassphrase):
        safe_open.open_store(folder, "feil passordfrase")
    assert _open_problem(folder) is None  # now it has: seen=1
    restore.restore_backup(folder, TEST_PASSPHRASE)  # back to a store with seen=0
    assert _open_problem(folder) is None


def test_the_v2_fixture_migrates_into_a_sealed_chain(tmp_path: Path) -> None:
    folder = tmp_path / "v2"
    shutil.copytree(FIXTURES / "store_v2", folder)
    with _raw(folder) as conn:
        before = conn.execute("SELECT id, at, event, case_id, who FROM audit "
                              "ORDER BY id").fetchall()
    assert _open_problem(folder) is None
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == SCHEMA_VERSION
        after = store.conn.execute("SELECT id, at, event, case_id, who, mac, case_ref "
                                   "FROM audit ORDER BY id").fetchall()
        assert [r[:5] for r in after[:len(before)]] == [tuple(r) for r in before]
        assert all(r[5] for r in after)  # every entry sealed
        assert all(r[6] for r in after if r[3])  # and case entries carry a case_ref
        assert audit.verify(store).ok
    assert audit_chain.head_path(folder).exists()
    # An edit after the migration is found like any other.
    with _raw(folder) as conn:
        conn.execute("UPDATE audit SET at = '2020-01-01T00:00:00+00:00' WHERE id = 1")
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert not audit.verify(store).ok


def test_acknowledging_known_problems_starts_afresh(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    with _raw(folder) as conn:
        conn.execute("DELETE FROM audit WHERE event = 'case_printed'")
    assert _open_problem(folder) is not None
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["--data-dir", str(folder), "audit", "acknowledge"]) == 0
    assert _open_problem(folder) is None
    with Store.open(folder, TEST_PASSPHRASE) as store:
        (ack,) = [e for e in store.audit_events() if e.event == audit_chain.ACKNOWLEDGED]
    assert ack.detail and ack.detail.endswith("avvik sett") and ack.detail[0] != "0"
    # A new edit after the acknowledgement is found again.
    with _raw(folder) as conn:
        conn.execute("UPDATE audit SET who = 'x' WHERE id = (SELECT max(id) FROM audit)")
    assert _open_problem(folder) is not None


def test_a_rekey_moves_the_chain_to_the_new_key(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    old_key, _ = restore.data_key_for(folder, TEST_PASSPHRASE)
    new_key = bytes(range(32))
    conn = db.connect(store_file(folder), old_key)
    try:
        before = audit_chain.rekey_audit_chain(conn, old_key, new_key, folder)
        assert before.ok
        assert audit_chain.verify(conn, folder).ok  # now under the new key
        audit_chain.attach(conn, old_key)
        assert not audit_chain.verify(conn).ok  # the old key no longer fits
    finally:
        conn.close()


def test_a_case_replaced_by_an_import_keeps_its_earlier_access_log(store: Store) -> None:
    """`import --replace` deletes the old version and writes the imported one under
    the same id: the right-of-access export must still list the earlier events."""
    case = marked_case(store, "Erstattmerke", meetings=1)
    store.log_event("case_printed", case.id)
    store.delete_case(case.id, compact=False)  # what bundle.import_case does first
    store.save_case(case)
    events = [e.event for e in store.audit_events(case.id)]
    assert events[:2] == ["case_created", "case_printed"]
    assert "case_deleted" in events and events.count("case_created") == 2


def test_an_unlock_checks_everything_once_a_day_and_the_new_entries_always(
        tmp_path: Path) -> None:
    import datetime as dt

    folder = tmp_path / "data"
    _store_with_history(folder)
    today = dt.date.today()
    data_key, _ = restore.data_key_for(folder, TEST_PASSPHRASE)
    conn = db.connect(store_file(folder), data_key)
    try:
        assert audit_chain.verify_on_open(conn, folder, today).ok  # in full: marks today
        conn.execute("UPDATE audit SET who = 'x' WHERE id = 2")  # an old entry
        # Later the same day only the entries since the head are read …
        assert audit_chain.verify_on_open(conn, folder, today).ok
        # … the next day's first unlock reads them all, and so does `audit verify`.
        assert not audit_chain.verify_on_open(conn, folder, today + dt.timedelta(days=1)).ok
        assert not audit_chain.verify(conn, folder).ok
        # Entries written since the last check are always checked.
        from samtaleduk.store.index import write_audit

        with db.transaction(conn) as c:
            write_audit(c, "store_opened", None)
        conn.execute("UPDATE audit SET who = 'y' WHERE id = (SELECT max(id) FROM audit)")
        assert not audit_chain.verify_on_open(conn, folder, today).ok
    finally:
        conn.close()


def test_planted_odd_values_are_a_broken_entry_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _store_with_history(folder)
    with _raw(folder) as conn:
        conn.execute("UPDATE audit SET who = x'00ff', at = 7 WHERE event = 'locked'")
        conn.execute("UPDATE audit SET case_id = x'ff' WHERE event = 'case_printed'")
    problem = _open_problem(folder)
    assert problem is not None and "passar ikkje i kjeda" in problem
    with Store.open(folder, TEST_PASSPHRASE) as store:  # the log can still be shown
        assert len(audit.export(store)) > 5


def test_a_rekey_of_a_store_from_before_the_chain_leaves_it_to_the_migration(
        tmp_path: Path) -> None:
    folder = tmp_path / "v2"
    shutil.copytree(FIXTURES / "store_v2", folder)
    old_key, _ = restore.data_key_for(folder, TEST_PASSPHRASE)
    conn = db.connect(store_file(folder), old_key)  # not migrated: no mac column
    try:
        assert audit_chain.rekey_audit_chain(conn, old_key, bytes(32)).ok
    finally:
        conn.close()
