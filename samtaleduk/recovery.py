"""Recovery of a forgotten passphrase with the municipality's recovery key.

IT makes an X25519 key pair on its own machine (`samtaleduk recovery keygen`); only
the PUBLIC key comes to the laptop. `enable_recovery` wraps the store's data key for
that public key and keeps the wrapping in the key file beside the passphrase
wrapping. When a passphrase is forgotten, IT takes a copy of the key file to the
machine holding the private key and runs `samtaleduk recovery unwrap`, which opens
the recovery wrapping and sets a new passphrase in that key file; the new key file
goes back into the data folder. The private key never touches the laptop, and the
database itself is never decrypted or changed on the way.

Wrapping: an ephemeral X25519 key agreement with the recovery public key, HKDF-SHA256
(salt: both public keys; info: the store id) to an AES-256-GCM key, which encrypts
the data key with the key file's associated data (bound to the store id).
Procedure for people: docs/recovery.md.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from samtaleduk import keyfile
from samtaleduk.keyfile import DEFAULT_KDF, KdfParams, KeyFile
from samtaleduk.store_errors import StoreError

ALGORITHM = "x25519-hkdf-sha256-aes-256-gcm"
PRIVATE_NAME = "samtaleduk-recovery-private.pem"
PUBLIC_NAME = "samtaleduk-recovery-public.pem"
MAX_KEY_FILE_BYTES = 64 * 1024

NO_RECOVERY_TEXT = {
    "nn": "Gløymer du passordfrasen, kan ingen opna lageret, heller ikkje du eller IT. "
          "Det finst ingen bakdør.",
    "nb": "Glemmer du passordfrasen, kan ingen åpne lageret, heller ikke du eller IT. "
          "Det finnes ingen bakdør.",
    "en": "If you forget the passphrase, nobody can open the store, not you and not IT. "
          "There is no back door.",
}
"""For the first-start screen when no recovery key is set up."""


class RecoveryError(StoreError):
    """Recovery cannot be set up or used; nothing was changed."""


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public: X25519PublicKey) -> str:
    """A short, readable fingerprint to compare with what IT wrote down."""
    digest = hashlib.sha256(_raw(public)).hexdigest()[:20].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))


def generate_keypair(out_dir: Path, private_passphrase: str | None) -> tuple[Path, Path]:
    """Write a new recovery key pair into `out_dir` (for IT, on IT's own machine).
    The private key is encrypted with `private_passphrase` when given. Refuses to
    overwrite existing files."""
    out_dir = Path(out_dir)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    private_path, public_path = out_dir / PRIVATE_NAME, out_dir / PUBLIC_NAME
    if private_path.exists() or public_path.exists():
        raise RecoveryError(f"Det finst alt ein gjenopprettingsnøkkel i {out_dir}; "
                            "han vert ikkje skriven over.")
    key = X25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = serialization.NoEncryption()
    if private_passphrase:
        encryption = serialization.BestAvailableEncryption(
            keyfile.check_new_passphrase(private_passphrase).encode("utf-8"))
    private_pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8, encryption)
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


def _read_small(path: Path, what: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RecoveryError(f"Kunne ikkje lesa {what} {Path(path).name}: "
                            f"{exc.strerror or exc}.") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise RecoveryError(f"{Path(path).name} er ikkje ein gjenopprettingsnøkkel.")
    return data


def load_public_key(path: Path) -> X25519PublicKey:
    """The recovery public key from its PEM file; `RecoveryError` when it is not one."""
    data = _read_small(path, "den offentlege nøkkelen")
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, X25519PublicKey):
        raise RecoveryError(f"{Path(path).name} er ikkje ein offentleg "
                            "gjenopprettingsnøkkel (X25519, PEM).")
    return key


def load_private_key(path: Path, passphrase: str | None) -> X25519PrivateKey:
    """The recovery private key from its (passphrase-protected) PEM file; `RecoveryError`
    for a wrong passphrase or another kind of file."""
    data = _read_small(path, "den private nøkkelen")
    try:
        key = serialization.load_pem_private_key(
            data, passphrase.encode("utf-8") if passphrase else None)
    except TypeError:
        raise RecoveryError("Den private nøkkelen er kryptert; oppgje passordfrasen hans.") from None
    except ValueError:
        raise RecoveryError("Den private nøkkelen kan ikkje lesast: feil passordfrase, "
                            "eller fila er ikkje ein gjenopprettingsnøkkel.") from None
    if not isinstance(key, X25519PrivateKey):
        raise RecoveryError(f"{Path(path).name} er ikkje ein privat gjenopprettingsnøkkel.")
    return key


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes, store_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=f"samtaleduk-recovery/{store_id}".encode("ascii")).derive(shared)


def wrap_for_recovery(data_key: bytes, public: X25519PublicKey, store_id: str) -> dict[str, Any]:
    """A recovery wrapping of the data key for `public`."""
    ephemeral = X25519PrivateKey.generate()
    eph_raw = _raw(ephemeral.public_key())
    kek = _kek(ephemeral.exchange(public), eph_raw, _raw(public), store_id)
    nonce = secrets.token_bytes(keyfile.NONCE_BYTES)
    return {
        "kind": "recovery", "algorithm": ALGORITHM, "fingerprint": fingerprint(public),
        "ephemeral_public": keyfile.b64(eph_raw), "nonce": keyfile.b64(nonce),
        "wrapped_key": keyfile.b64(AESGCM(kek).encrypt(nonce, data_key,
                                                        keyfile.wrapping_aad(store_id))),
    }


def recovery_wrapping(kf: KeyFile) -> dict[str, Any] | None:
    """The key file's recovery wrapping, or None when recovery is not set up."""
    return next((w for w in kf.wrappings if w.get("kind") == "recovery"), None)


def unwrap_with_recovery(kf: KeyFile, private: X25519PrivateKey) -> bytes:
    """The data key from the recovery wrapping, or `RecoveryError`."""
    w = recovery_wrapping(kf)
    if w is None:
        raise RecoveryError("Nøkkelfila har ingen gjenopprettingsnøkkel; lageret kan ikkje "
                            "opnast utan passordfrasen.")
    try:
        if w.get("algorithm") != ALGORITHM:
            raise ValueError("unknown algorithm")
        eph_raw = keyfile.unb64(w["ephemeral_public"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        kek = _kek(shared, eph_raw, _raw(private.public_key()), kf.store_id)
        data_key = AESGCM(kek).decrypt(keyfile.unb64(w["nonce"]),
                                       keyfile.unb64(w["wrapped_key"]),
                                       keyfile.wrapping_aad(kf.store_id))
    except InvalidTag:
        raise RecoveryError("Denne private nøkkelen høyrer ikkje til gjenopprettingsnøkkelen "
                            f"i nøkkelfila (ventar {w.get('fingerprint')}).") from None
    except (KeyError, TypeError, ValueError):
        raise RecoveryError("Gjenopprettingsnøkkelen i nøkkelfila er skadd.") from None
    if len(data_key) != keyfile.DATA_KEY_BYTES:
        raise RecoveryError("Gjenopprettingsnøkkelen i nøkkelfila er skadd.")
    return data_key


def enable_recovery(key_path: Path, passphrase: str, public_key_path: Path) -> str:
    """Add (or replace) the recovery wrapping in the key file; needs the passphrase
    to reach the data key. Returns the recovery key's fingerprint."""
    public = load_public_key(public_key_path)
    kf = keyfile.read_key_file(key_path)
    data_key = keyfile.unwrap_with_passphrase(kf, passphrase)
    wrapping = wrap_for_recovery(data_key, public, kf.store_id)
    kf.wrappings = [w for w in kf.wrappings if w.get("kind") != "recovery"] + [wrapping]
    keyfile.write_key_file(key_path, kf)
    return fingerprint(public)


def recover(key_path: Path, private: X25519PrivateKey, new_passphrase: str,
            kdf: KdfParams | None = None) -> None:
    """Set a new passphrase in the key file using the recovery private key. The
    recovery wrapping stays, so recovery works again next time."""
    kf = keyfile.read_key_file(key_path)
    data_key = unwrap_with_recovery(kf, private)
    normal = keyfile.check_new_passphrase(new_passphrase)
    fresh = keyfile.wrap_with_passphrase(data_key, normal, kf.store_id, kdf or DEFAULT_KDF)
    kf.wrappings = [fresh if w.get("kind") == "passphrase" else w for w in kf.wrappings]
    if not any(w.get("kind") == "passphrase" for w in kf.wrappings):
        kf.wrappings.insert(0, fresh)
    keyfile.write_key_file(key_path, kf)


def status(key_path: Path) -> str | None:
    """The fingerprint of the recovery key set up for this store, or None."""
    w = recovery_wrapping(keyfile.read_key_file(key_path))
    return str(w.get("fingerprint")) if w else None
