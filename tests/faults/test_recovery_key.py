"""Issue 13, point 9: the recovery private key (it opens every laptop that enabled
recovery) was written as plain PEM with an empty passphrase, else PKCS#8 under PBKDF2
with 2,048 iterations; the recovery wrapping was hand-built X25519 + HKDF + AES-GCM,
a low-order public key ended in a ValueError traceback, and key files and case files
shared one associated-data label.

Now: 16+ character passphrases, Argon2id at a high cost + AES-GCM in a versioned JSON
file, HPKE (RFC 9180) for the wrapping, a Norwegian message for a low-order key,
distinct labels, and the old formats (tests/fixtures/legacy_keys/) still read and
re-protectable.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from samtaleduk.cli import main
from samtaleduk.handover import container
from samtaleduk.store.errors import StoreError
from samtaleduk.store.store import Store
from samtaleduk.trust import keyfile, recovery, recovery_file
from samtaleduk.trust.keyfile import FAST_KDF
from samtaleduk.trust.recovery import RecoveryError
from tests.conftest import TEST_PASSPHRASE

FIXTURES = Path(__file__).parents[1] / "fixtures" / "legacy_keys"
IT_PASS = "ein lang passordfrase berre for IT"
OLD_IT_PASS = "gamal it-passordfrase"
NEW_PASS = "heilt ny passordfrase"
LOW_ORDER_POINTS = [
    bytes(32),  # 0
    (1).to_bytes(32, "little"),  # order 4
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),  # order 8
]


@pytest.fixture(autouse=True)
def _cheap_recovery_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented way for tests to lower the private key's Argon2 cost."""
    monkeypatch.setattr(recovery_file, "RECOVERY_KDF", FAST_KDF)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _legacy_store(tmp_path: Path) -> Path:
    data = tmp_path / "legacy-store"
    shutil.copytree(FIXTURES / "store", data)
    return data


def _legacy_key(tmp_path: Path, which: str = "encrypted") -> Path:
    target = tmp_path / which
    shutil.copytree(FIXTURES / which, target)
    return target / recovery_file.LEGACY_PRIVATE_NAME


# --- the private key file ---------------------------------------------------------------

@pytest.mark.parametrize("secret", ["", "kort", "femten teikn ok"])
def test_keygen_refuses_short_or_empty_passphrases(tmp_path: Path, secret: str) -> None:
    with pytest.raises(RecoveryError, match="minst 16 teikn"):
        recovery_file.generate_keypair(tmp_path / "it", secret)
    assert not (tmp_path / "it").exists() or not any((tmp_path / "it").iterdir())


def test_keygen_cli_refuses_an_empty_passphrase(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALEDUK_RECOVERY_PASSPHRASE", "")
    code, _, err = _run(capsys, "recovery", "keygen", "--out", str(tmp_path / "it"))
    assert code == 1 and "minst 16 teikn" in err and "Traceback" not in err
    assert not list(tmp_path.glob("it/*"))


def test_private_key_is_argon2id_json_never_pem(tmp_path: Path) -> None:
    private, public = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    data = private.read_bytes()
    assert b"BEGIN" not in data and private.stat().st_mode & 0o777 == 0o600
    body = json.loads(data)
    assert body["format"] == "samtaleduk-recovery-private" and body["version"] == 1
    kdf = body["wrapping"]["kdf"]
    assert kdf["name"] == "argon2id"
    # The test lowered the cost through RECOVERY_KDF, and the file says what was used.
    assert (kdf["time_cost"], kdf["memory_kib"]) == (FAST_KDF.time_cost, FAST_KDF.memory_kib)
    raw = recovery_file.load_private_key(private, IT_PASS).key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    assert raw not in data and keyfile.b64(raw).encode() not in data
    loaded = recovery_file.load_private_key(private, IT_PASS)
    assert not loaded.legacy
    assert recovery.fingerprint(loaded.key.public_key()) == body["fingerprint"] == \
        recovery.fingerprint(recovery.load_public_key(public))


def test_default_cost_is_high(monkeypatch: pytest.MonkeyPatch) -> None:
    """1 GiB and four passes unless a test lowers it (as this file's fixture does)."""
    monkeypatch.undo()
    assert recovery_file.RECOVERY_KDF == recovery_file.KdfParams(
        time_cost=4, memory_kib=1024 * 1024, parallelism=4)


def test_wrong_or_missing_private_passphrase_is_a_message(tmp_path: Path) -> None:
    private, _ = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    with pytest.raises(RecoveryError, match="Feil passordfrase"):
        recovery_file.load_private_key(private, IT_PASS + "x")
    with pytest.raises(RecoveryError, match="oppgje"):
        recovery_file.load_private_key(private, None)


def test_fingerprint_in_the_file_is_bound(tmp_path: Path) -> None:
    private, _ = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    body = json.loads(private.read_text())
    body["fingerprint"] = "0000-0000-0000-0000-0000"
    private.write_text(json.dumps(body))
    with pytest.raises(RecoveryError):
        recovery_file.load_private_key(private, IT_PASS)


# --- HPKE wrapping ------------------------------------------------------------------------

def test_recovery_wrapping_is_hpke(store: Store, tmp_path: Path) -> None:
    private, public = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    key_path = store.data_dir / "samtaleduk.key"
    recovery.enable_recovery(key_path, TEST_PASSPHRASE, public)
    kf = keyfile.read_key_file(key_path)
    w = recovery.recovery_wrapping(kf)
    assert w is not None and w["algorithm"] == recovery.ALGORITHM
    # Any RFC 9180 implementation opens it with the documented suite and info.
    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    key = recovery_file.load_private_key(private, IT_PASS).key
    info = f"samtaleduk-key-recovery/2/{kf.store_id}".encode()
    assert suite.decrypt(keyfile.unb64(w["sealed"]), key, info=info) == store.data_key
    assert recovery.trusted_recipient(kf, store.data_key) is not None


def test_swapped_recipient_is_not_trusted(store: Store, tmp_path: Path) -> None:
    _, public = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    key_path = store.data_dir / "samtaleduk.key"
    recovery.enable_recovery(key_path, TEST_PASSPHRASE, public)
    kf = keyfile.read_key_file(key_path)
    w = recovery.recovery_wrapping(kf)
    assert w is not None
    attacker = X25519PrivateKey.generate().public_key()
    w["recipient"] = keyfile.b64(attacker.public_bytes(serialization.Encoding.Raw,
                                                       serialization.PublicFormat.Raw))
    assert recovery.trusted_recipient(kf, store.data_key) is None


@pytest.mark.parametrize("point", LOW_ORDER_POINTS, ids=["zero", "order4", "order8"])
def test_low_order_point_in_a_key_file_is_a_message(store: Store, tmp_path: Path,
                                                    point: bytes) -> None:
    """A key file whose HPKE encapsulated key was replaced (IT's side)."""
    private, public = recovery_file.generate_keypair(tmp_path / "it", IT_PASS)
    key_path = store.data_dir / "samtaleduk.key"
    recovery.enable_recovery(key_path, TEST_PASSPHRASE, public)
    kf = keyfile.read_key_file(key_path)
    w = recovery.recovery_wrapping(kf)
    assert w is not None
    w["sealed"] = keyfile.b64(point + keyfile.unb64(w["sealed"])[32:])
    key = recovery_file.load_private_key(private, IT_PASS).key
    with pytest.raises(RecoveryError, match="Ingenting er endra"):
        recovery.unwrap_with_recovery(kf, key)


@pytest.mark.parametrize("point", LOW_ORDER_POINTS, ids=["zero", "order4", "order8"])
def test_low_order_public_key_is_a_message(store: Store, tmp_path: Path, point: bytes,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad-public.pem"
    bad.write_bytes(X25519PublicKey.from_public_bytes(point).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    key_path = store.data_dir / "samtaleduk.key"
    before = key_path.read_bytes()
    store.close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    code, _, err = _run(capsys, "recovery", "enable", str(bad))
    assert code == 1 and "Traceback" not in err and "ValueError" not in err
    assert "låg orden" in err and "ingenting er endra" in err
    assert len(err.strip().splitlines()) == 1
    assert key_path.read_bytes() == before


# --- distinct labels ----------------------------------------------------------------------

def test_key_file_and_case_file_wrappings_do_not_swap(store: Store) -> None:
    secret = "fil-passordfrase-123"
    sealed = container.seal(b'{"x": 1}', secret, FAST_KDF)
    header, _, _ = container.read_header(sealed)
    assert header["version"] == 2
    case_wrapping, bundle_id = header["wrapping"], header["bundle_id"]
    # A case file's wrapping put into a key file for the same id does not open there...
    with pytest.raises(StoreError):
        keyfile.unwrap_passphrase_wrapping(case_wrapping, secret, bundle_id)
    # ...and a key file's wrapping does not open as a case file's.
    kf = keyfile.read_key_file(store.data_dir / "samtaleduk.key")
    with pytest.raises(StoreError):
        keyfile.unwrap_passphrase_wrapping(kf.passphrase_wrapping(), TEST_PASSPHRASE,
                                           kf.store_id, aad=keyfile.case_file_aad(kf.store_id))
    labels = {keyfile.wrapping_aad("id"), keyfile.case_file_aad("id"),
              recovery.recovery_info("id"), recovery_file.private_key_aad("id")}
    assert len(labels) == 4


# --- old formats ----------------------------------------------------------------------------

def test_version_1_case_file_still_opens() -> None:
    data = (FIXTURES / "case-v1.samtaleduk").read_bytes()
    assert container.read_header(data)[0]["version"] == 1
    assert json.loads(container.unseal(data, "fil-passordfrase-123")) == {
        "legacy": "case file v1"}


@pytest.mark.parametrize("which, secret", [("encrypted", OLD_IT_PASS), ("plain", None)])
def test_old_pem_private_keys_still_read(tmp_path: Path, which: str, secret: str | None) -> None:
    loaded = recovery_file.load_private_key(_legacy_key(tmp_path, which), secret)
    assert loaded.legacy


def test_old_recovery_wrapping_still_recovers_and_is_renewed(tmp_path: Path) -> None:
    data = _legacy_store(tmp_path)
    kf_path = data / "samtaleduk.key"
    assert recovery.status_is_legacy(kf_path)
    key = recovery_file.load_private_key(_legacy_key(tmp_path), OLD_IT_PASS).key
    recovery.recover(kf_path, key, NEW_PASS, FAST_KDF)
    assert not recovery.status_is_legacy(kf_path)
    w = recovery.recovery_wrapping(keyfile.read_key_file(kf_path))
    assert w is not None and w["algorithm"] == recovery.ALGORITHM
    with Store.open(data, NEW_PASS) as store:
        assert store.setting("legacy_marker") == "ok"
        assert recovery.unwrap_with_recovery(keyfile.read_key_file(kf_path), key) == \
            store.data_key


def test_reprotect_moves_an_old_key_to_argon2id(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    old = _legacy_key(tmp_path)
    before = old.read_bytes()
    monkeypatch.setenv("SAMTALEDUK_RECOVERY_PASSPHRASE", OLD_IT_PASS)
    monkeypatch.setenv("SAMTALEDUK_NEW_RECOVERY_PASSPHRASE", "for kort")
    code, _, err = _run(capsys, "recovery", "reprotect", "--private-key", str(old))
    assert code == 1 and "minst 16 teikn" in err
    assert not (old.parent / recovery_file.PRIVATE_NAME).exists()
    monkeypatch.setenv("SAMTALEDUK_NEW_RECOVERY_PASSPHRASE", IT_PASS)
    code, out, err = _run(capsys, "recovery", "reprotect", "--private-key", str(old))
    assert code == 0, err
    new = old.parent / recovery_file.PRIVATE_NAME
    assert str(new) in out and old.read_bytes() == before
    fresh = recovery_file.load_private_key(new, IT_PASS)
    stale = recovery_file.load_private_key(old, OLD_IT_PASS)
    assert not fresh.legacy and recovery.fingerprint(fresh.key.public_key()) == \
        recovery.fingerprint(stale.key.public_key())
    # The re-protected key still opens the store made with the old key pair.
    data = _legacy_store(tmp_path)
    recovery.recover(data / "samtaleduk.key", fresh.key, NEW_PASS, FAST_KDF)
    Store.open(data, NEW_PASS).close()


def test_unwrap_with_an_old_key_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    data = _legacy_store(tmp_path)
    monkeypatch.setenv("SAMTALEDUK_RECOVERY_PASSPHRASE", OLD_IT_PASS)
    monkeypatch.setenv("SAMTALEDUK_NEW_PASSPHRASE", NEW_PASS)
    code, out, err = _run(capsys, "recovery", "unwrap", "--private-key",
                          str(_legacy_key(tmp_path)), "--key-file",
                          str(data / "samtaleduk.key"))
    assert code == 0 and "reprotect" in err and "rekey" in out


def test_status_names_an_old_style_wrapping(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data = _legacy_store(tmp_path)
    monkeypatch.setenv("SAMTALEDUK_DATA_DIR", str(data))
    code, out, _ = _run(capsys, "recovery", "status")
    assert code == 0 and "E9AB-7A70-3632-AC8F-2EEF" in out and "gamle sorten" in out
