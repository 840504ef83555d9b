"""Recovery with the municipality's key: the public key wraps the data key on the
laptop; the private key, elsewhere, sets a new passphrase in a copy of the key file."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from samtaleduk.store.store import FAST_KDF, Store, WrongPassphrase, key_file, store_file
from samtaleduk.trust import keyfile, recovery, recovery_file
from samtaleduk.trust.recovery import RecoveryError
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

IT_PASS = "it-avdelinga sin lange nøkkel"
NEW_PASS = "ny passordfrase etter gjenoppretting"


@pytest.fixture(autouse=True)
def _cheap_recovery_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests lower the private key's Argon2 cost (1 GiB by default)."""
    monkeypatch.setattr(recovery_file, "RECOVERY_KDF", FAST_KDF)


def _load(path: Path, secret: str | None = IT_PASS) -> recovery.X25519PrivateKey:
    return recovery_file.load_private_key(path, secret).key


def test_keygen_writes_a_protected_pair_once(tmp_path: Path) -> None:
    private, public = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert json.loads(private.read_bytes())["format"] == "samtaleduk-recovery-private"
    assert b"PUBLIC KEY" in public.read_bytes()
    key = _load(private)
    assert recovery.fingerprint(key.public_key()) == recovery.fingerprint(
        recovery.load_public_key(public))
    with pytest.raises(RecoveryError, match="Feil passordfrase"):
        _load(private, "feil feil feil feil feil")
    with pytest.raises(RecoveryError, match="passordfrase"):
        _load(private, None)
    with pytest.raises(RecoveryError, match="skriven over"):
        recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    with pytest.raises(RecoveryError, match="ikkje ein offentleg"):
        recovery.load_public_key(private)


def test_forgotten_passphrase_recovered_without_the_private_key_on_the_laptop(
        store: Store, _isolated_data_dir: Path, tmp_path: Path) -> None:
    case = marked_case(store, "Gjenoppretting", meetings=1)
    store.close()
    laptop = _isolated_data_dir
    private, public = recovery_file.generate_keypair(tmp_path / "it-maskin", IT_PASS)
    assert recovery.status(key_file(laptop)) is None
    assert json.loads(key_file(laptop).read_text())["version"] == 1
    db_before = store_file(laptop).read_bytes()

    fp = recovery.enable_recovery(key_file(laptop), TEST_PASSPHRASE, public)
    assert recovery.status(key_file(laptop)) == fp
    assert json.loads(key_file(laptop).read_text())["version"] == 2
    assert store_file(laptop).read_bytes() == db_before  # only the key file changed
    Store.open(laptop, TEST_PASSPHRASE).close()  # the passphrase still works

    # IT takes a copy of the key file to its own machine and sets a new passphrase.
    it_copy = tmp_path / "it-maskin" / "samtaleduk.key"
    shutil.copy(key_file(laptop), it_copy)
    recovery.recover(it_copy, _load(private), NEW_PASS, FAST_KDF)
    shutil.copy(it_copy, key_file(laptop))

    with pytest.raises(WrongPassphrase):
        Store.open(laptop, TEST_PASSPHRASE)
    with Store.open(laptop, NEW_PASS) as again:
        assert again.get_case(case.id) == case
    assert recovery.status(key_file(laptop)) == fp  # works again next time


def test_wrong_private_key_or_none_set_up(store: Store, _isolated_data_dir: Path,
                                          tmp_path: Path) -> None:
    store.close()
    kf = key_file(_isolated_data_dir)
    mine, _ = recovery_file.generate_keypair(tmp_path / "a", IT_PASS)
    _, other_public = recovery_file.generate_keypair(tmp_path / "b", IT_PASS)
    with pytest.raises(RecoveryError, match="ingen gjenopprettingsnøkkel"):
        recovery.recover(kf, _load(mine), NEW_PASS, FAST_KDF)
    recovery.enable_recovery(kf, TEST_PASSPHRASE, other_public)
    before = kf.read_bytes()
    with pytest.raises(RecoveryError, match="høyrer ikkje til"):
        recovery.recover(kf, _load(mine), NEW_PASS, FAST_KDF)
    assert kf.read_bytes() == before
    with pytest.raises(WrongPassphrase):
        recovery.enable_recovery(kf, "feil passordfrase", other_public)


def test_passphrase_change_keeps_the_recovery_wrapping(store: Store,
                                                       _isolated_data_dir: Path,
                                                       tmp_path: Path) -> None:
    private, public = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    recovery.enable_recovery(key_file(_isolated_data_dir), TEST_PASSPHRASE, public)
    store.change_passphrase(TEST_PASSPHRASE, "endra passordfrase")
    kf = keyfile.read_key_file(key_file(_isolated_data_dir))
    assert recovery.recovery_wrapping(kf) is not None
    assert recovery.unwrap_with_recovery(kf, _load(private)) == \
        store.data_key


def test_version_1_key_files_still_read(tmp_path: Path) -> None:
    # The v1 fixture store's key file was written before format 2 existed.
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "store_v1" / "samtaleduk.key"
    assert json.loads(fixture.read_text())["version"] == 1
    kf = keyfile.read_key_file(fixture)
    assert len(keyfile.unwrap_with_passphrase(kf, TEST_PASSPHRASE)) == 32
