"""Issue 13, point 14: the data key never changed, so after a passphrase change or a
recovery an old copy of the key file with the old passphrase still opened the store
and every backup. `samtaleduk rekey` gives the store, the key file and the backups a
new key; old backups go once a new one is verified; a cut-off re-key is finished on
the next open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.store import backup, safe_open
from samtaleduk.store.errors import DiskFull, StoreDamaged, StoreError, WrongPassphrase
from samtaleduk.store.store import Store, key_file, store_file
from samtaleduk.trust import audit, keyfile, recovery, recovery_file, rekey
from samtaleduk.trust.keyfile import FAST_KDF
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

FIXTURES = Path(__file__).parents[1] / "fixtures" / "legacy_keys"
NEW_PASS = "ny passordfrase etter mistanke"
IT_PASS = "ein lang passordfrase berre for IT"


@pytest.fixture(autouse=True)
def _cheap_recovery_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery_file, "RECOVERY_KDF", FAST_KDF)


@pytest.fixture
def data(store: Store) -> Path:
    """A closed store with one marked case and two backups."""
    marked_case(store, "Omnøkling", meetings=2)
    backup.make_backup(store, "manual")
    backup.make_backup(store, "manual")
    folder = store.data_dir
    store.close()
    return folder


def _old_key(copy: Path, passphrase: str) -> bytes:
    return keyfile.unwrap_with_passphrase(keyfile.read_key_file(copy), passphrase)


def _opens(path: Path, key: bytes) -> bool:
    try:
        backup.open_readonly(path, key).close()
    except StoreError:
        return False
    return True


def _everything(folder: Path) -> list[Path]:
    return [store_file(folder)] + [b.path for b in backup.list_backups(folder)]


def test_old_key_file_copy_opens_nothing_after_a_rekey(data: Path, tmp_path: Path) -> None:
    stolen = tmp_path / "stolen.key"
    shutil.copy(key_file(data), stolen)
    with Store.open(data, TEST_PASSPHRASE) as store:
        store.change_passphrase(TEST_PASSPHRASE, NEW_PASS)
        cases = store.list_cases()
    old = _old_key(stolen, TEST_PASSPHRASE)
    # The fault: a passphrase change alone leaves the old copy working.
    assert all(_opens(p, old) for p in _everything(data))

    done = rekey.rekey(data, NEW_PASS)

    assert not any(_opens(p, old) for p in _everything(data))
    assert done.removed_backups >= 2 and done.backup is not None
    assert backup.list_backups(data)[0].kind == "after-rekey"
    with Store.open(data, NEW_PASS) as store:
        assert store.list_cases() == cases
        assert backup.check_backup(done.backup, store.data_key, keyfile.read_key_file(
            key_file(data)).store_id)
        assert any(e["event"] == "rekeyed" for e in audit.export(store))
    # The stolen copy in place of the key file: refused, not opened.
    shutil.copy(stolen, key_file(data))
    with pytest.raises(StoreError):
        Store.open(data, TEST_PASSPHRASE)


def test_after_a_recovery_the_old_key_file_is_useless(data: Path, tmp_path: Path) -> None:
    private, public = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    recovery.enable_recovery(key_file(data), TEST_PASSPHRASE, public)
    stolen = tmp_path / "stolen.key"
    shutil.copy(key_file(data), stolen)
    it_key = recovery_file.load_private_key(private, IT_PASS).key
    recovery.recover(key_file(data), it_key, NEW_PASS, FAST_KDF)
    assert rekey.advised(data)

    done = rekey.rekey(data, NEW_PASS)
    assert not rekey.advised(data)

    assert done.recovery == "kept"
    old = _old_key(stolen, TEST_PASSPHRASE)
    assert not any(_opens(p, old) for p in _everything(data))
    # Recovery still works, now for the new key.
    with Store.open(data, NEW_PASS) as store:
        assert recovery.unwrap_with_recovery(keyfile.read_key_file(key_file(data)),
                                             it_key) == store.data_key


def test_old_style_recovery_is_dropped_or_renewed(tmp_path: Path) -> None:
    data = tmp_path / "legacy"
    shutil.copytree(FIXTURES / "store", data)
    assert rekey.rekey(data, TEST_PASSPHRASE).recovery == "dropped"
    assert recovery.status(key_file(data)) is None

    data2 = tmp_path / "legacy2"
    shutil.copytree(FIXTURES / "store", data2)
    public = FIXTURES / "encrypted" / recovery.PUBLIC_NAME
    assert rekey.rekey(data2, TEST_PASSPHRASE, recovery_public=public).recovery == "kept"
    assert not recovery.status_is_legacy(key_file(data2))


def test_wrong_passphrase_or_damage_changes_nothing(data: Path) -> None:
    before = {p: p.read_bytes() for p in (store_file(data), key_file(data))}
    with pytest.raises(WrongPassphrase):
        rekey.rekey(data, "feil passordfrase")
    assert {p: p.read_bytes() for p in before} == before
    assert (data / safe_open.FAILED_UNLOCKS).exists()


def test_open_store_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="lås det"):
        rekey.rekey(store.data_dir, TEST_PASSPHRASE)


def test_damaged_store_is_not_rekeyed(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rekey.store_db, "full_check", lambda _conn: False)
    before = key_file(data).read_bytes()
    with pytest.raises(StoreDamaged):
        rekey.rekey(data, TEST_PASSPHRASE)
    assert key_file(data).read_bytes() == before
    assert not (data / rekey.TMP_NAME).exists()


def test_old_backups_stay_when_the_new_one_cannot_be_made(
        data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old_backups = [b.path for b in backup.list_backups(data)]

    def full(*_a: object, **_k: object) -> None:
        raise DiskFull("Disken er full.")

    monkeypatch.setattr(rekey.backup, "write_backup", full)
    done = rekey.rekey(data, TEST_PASSPHRASE)
    assert done.backup is None and done.backup_problem and done.removed_backups == 0
    assert all(p.exists() for p in old_backups)
    Store.open(data, TEST_PASSPHRASE).close()


def test_cut_off_before_the_swap_is_undone(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _old_key(key_file(data), TEST_PASSPHRASE)

    def crash(*_a: object) -> None:
        raise OSError("kill -9")

    monkeypatch.setattr(rekey, "_replace_store", crash)
    with pytest.raises(OSError):
        rekey.rekey(data, TEST_PASSPHRASE)
    monkeypatch.undo()
    assert "rekey_pending" in key_file(data).read_text()
    with safe_open.open_store(data, TEST_PASSPHRASE).store as store:
        assert store.data_key == old and store.list_cases()
    assert "rekey_pending" not in key_file(data).read_text()
    assert not (data / rekey.TMP_NAME).exists()


def test_cut_off_after_the_swap_is_finished(data: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    stolen = tmp_path / "stolen.key"
    shutil.copy(key_file(data), stolen)
    real_write = keyfile.write_key_file
    writes: list[Path] = []

    def crash_on_second(path: Path, kf: keyfile.KeyFile) -> None:
        writes.append(path)
        if len(writes) == 2:
            raise OSError("kill -9")
        real_write(path, kf)

    monkeypatch.setattr(rekey.keyfile, "write_key_file", crash_on_second)
    with pytest.raises(OSError):
        rekey.rekey(data, TEST_PASSPHRASE)
    monkeypatch.undo()
    # The store is under the new key, the key file still names the old one first.
    assert not _opens(store_file(data), _old_key(key_file(data), TEST_PASSPHRASE))
    with safe_open.open_store(data, TEST_PASSPHRASE, auto_backup=False).store as store:
        assert store.list_cases()
    assert "rekey_pending" not in key_file(data).read_text()
    assert not _opens(store_file(data), _old_key(stolen, TEST_PASSPHRASE))


def test_cli_rekey(data: Path, capsys: pytest.CaptureFixture[str],
                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", "feil passordfrase")
    assert main(["rekey"]) == 1
    _, err = capsys.readouterr()
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("samtaleduk: ")
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["rekey"]) == 0
    out, err = capsys.readouterr()
    assert "Datanøkkelen er bytt" in out and "Sletta" in out and "Kontrollerer" in err


def test_cut_off_with_a_damaged_store_keeps_both_keys(data: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = keyfile.write_key_file
    writes: list[Path] = []

    def crash_on_second(path: Path, kf: keyfile.KeyFile) -> None:
        writes.append(path)
        if len(writes) == 2:
            raise OSError("kill -9")
        real_write(path, kf)

    monkeypatch.setattr(rekey.keyfile, "write_key_file", crash_on_second)
    with pytest.raises(OSError):
        rekey.rekey(data, TEST_PASSPHRASE)
    monkeypatch.undo()
    store_file(data).write_bytes(b"\0" * 8192)
    assert rekey.finish_interrupted(data, TEST_PASSPHRASE) is False
    assert "rekey_pending" in key_file(data).read_text()  # nothing thrown away


def test_full_disk_during_the_copy_changes_nothing(data: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    before = {p: p.read_bytes() for p in (store_file(data), key_file(data))}

    class Full(rekey.store_db.DbError):  # what SQLite raises: the code decides the words
        sqlite_errorcode = 13
        sqlite_errorname = "SQLITE_FULL"

    def full(_conn: object) -> dict[str, int]:
        raise Full("database or disk is full")

    monkeypatch.setattr(rekey.store_db, "table_counts", full)
    with pytest.raises(DiskFull, match="Disken er full"):
        rekey.rekey(data, TEST_PASSPHRASE)
    monkeypatch.undo()
    assert {p: p.read_bytes() for p in before} == before
    assert not (data / rekey.TMP_NAME).exists()
    Store.open(data, TEST_PASSPHRASE).close()
