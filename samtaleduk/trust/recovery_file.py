"""The recovery private key on IT's machine: made, protected, read and re-protected.

The private key opens every laptop that enabled recovery, so a copy of its file must
cost an attacker as much per guess as the laptops' own key files, and far more:

- the passphrase protecting it has at least `MIN_PASSPHRASE_CHARS` (16) characters;
  an empty one is refused (the key is never written in the clear);
- the 32 raw key bytes are wrapped with AES-256-GCM under an Argon2id key with a high
  cost, `RECOVERY_KDF` (1 GiB, 4 passes, 4 lanes: about 5 s a guess on the build
  machine, against about 1 ms for the old PBKDF2 PEM), in a small versioned JSON file
  (`"format": "samtaleduk-recovery-private"`, `"version": 1`). The wrapping's
  associated data is `samtaleduk-recovery-private/1/<fingerprint>`: a label of its
  own, bound to the key's fingerprint.

Tests lower the cost through the `kdf` argument, or by setting `RECOVERY_KDF` (it is
read at call time); nothing else does.

Private keys in the old PEM form (PKCS#8 with PBKDF2, or unencrypted) are still read
(`legacy_keys`); `reprotect` moves one into the current form.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from samtaleduk.errors import UserError
from samtaleduk.messages import msg
from samtaleduk.store.errors import StoreError, WrongPassphrase
from samtaleduk.trust import keyfile, legacy_keys
from samtaleduk.trust.keyfile import KdfParams
from samtaleduk.trust.recovery import PUBLIC_NAME, RecoveryError, _read_small, fingerprint

FORMAT = "samtaleduk-recovery-private"
VERSION = 1
PRIVATE_NAME = "samtaleduk-recovery-private.json"
LEGACY_PRIVATE_NAME = "samtaleduk-recovery-private.pem"
MIN_PASSPHRASE_CHARS = 16
RECOVERY_KDF = KdfParams(time_cost=4, memory_kib=1024 * 1024, parallelism=4)
"""Argon2id for the private key: 1 GiB, t=4 (4.7 s measured on the build machine)."""


@dataclass(frozen=True)
class LoadedKey:
    key: X25519PrivateKey
    legacy: bool
    """True when the file is the old PEM form: `reprotect` it."""


def check_passphrase(passphrase: str) -> str:
    """A passphrase for the private key: at least 16 characters; returns it NFC."""
    # Empty or blank counts as too short; too long or invalid keeps its own message.
    normal = keyfile.normalise_passphrase(passphrase) if passphrase.strip() else ""
    if len(normal) < MIN_PASSPHRASE_CHARS:
        raise RecoveryError("recovery.passphrase_too_short", count=MIN_PASSPHRASE_CHARS)
    return normal


def private_key_aad(fp: str) -> bytes:
    """The associated data of the private key's wrapping."""
    return f"{FORMAT}/{VERSION}/{fp}".encode("ascii")


def seal_private_key(key: X25519PrivateKey, passphrase: str,
                     kdf: KdfParams | None = None) -> bytes:
    """The file contents protecting `key` with `passphrase` (checked: 16+ characters)."""
    normal = check_passphrase(passphrase)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    fp = fingerprint(key.public_key())
    wrapping = keyfile.wrap_with_passphrase(raw, normal, fp, kdf or RECOVERY_KDF,
                                            aad=private_key_aad(fp))
    body = {"format": FORMAT, "version": VERSION, "fingerprint": fp, "wrapping": wrapping}
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _write_new(path: Path, data: bytes) -> None:
    # O_EXCL: an existing key is never overwritten; 0600: only IT's account reads it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def generate_keypair(out_dir: Path, passphrase: str,
                     kdf: KdfParams | None = None) -> tuple[Path, Path]:
    """Write a new recovery key pair into `out_dir` (for IT, on IT's own machine): the
    private key protected by `passphrase` (16+ characters), the public key as PEM.
    Refuses to overwrite existing files."""
    check_passphrase(passphrase)
    out_dir = Path(out_dir)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    private_path, public_path = out_dir / PRIVATE_NAME, out_dir / PUBLIC_NAME
    if any(p.exists() for p in (private_path, public_path, out_dir / LEGACY_PRIVATE_NAME)):
        raise RecoveryError("recovery.exists", folder=str(out_dir))
    key = X25519PrivateKey.generate()
    _write_new(private_path, seal_private_key(key, passphrase, kdf))
    public_path.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return private_path, public_path


def _damaged(path: Path) -> RecoveryError:
    return RecoveryError("recovery.private_damaged", file=path.name)


def load_private_key(path: Path, passphrase: str | None) -> LoadedKey:
    """The recovery private key from its file (current or old PEM form);
    `RecoveryError` for a wrong passphrase or another kind of file."""
    path = Path(path)
    data = _read_small(path, msg("word.the_private_key"))
    if legacy_keys.is_pem(data):
        return LoadedKey(_load_legacy(path, data, passphrase), legacy=True)
    try:
        body = json.loads(data.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not ours")
        version, fp, wrapping = body.get("version"), body.get("fingerprint"), body["wrapping"]
        if not isinstance(fp, str) or not isinstance(wrapping, dict) or not fp.isascii():
            raise ValueError("wrong types")
    except (ValueError, KeyError, UnicodeDecodeError):
        raise _damaged(path) from None
    if not isinstance(version, int) or version > VERSION:
        raise RecoveryError("recovery.too_new", file=path.name)
    try:
        raw = keyfile.unwrap_passphrase_wrapping(wrapping, passphrase or "", fp,
                                                 aad=private_key_aad(fp))
    except WrongPassphrase:
        raise RecoveryError("recovery.wrong_passphrase") from None
    except StoreError:
        raise _damaged(path) from None
    except UserError:  # no passphrase given
        raise RecoveryError("recovery.needs_passphrase") from None
    key = X25519PrivateKey.from_private_bytes(raw)
    if fingerprint(key.public_key()) != fp:
        raise _damaged(path)
    return LoadedKey(key, legacy=False)


def _load_legacy(path: Path, data: bytes, passphrase: str | None) -> X25519PrivateKey:
    try:
        # An unencrypted old key needs no passphrase: whatever was typed is ignored.
        secret = passphrase if legacy_keys.pem_is_encrypted(data) else None
        return legacy_keys.load_pem_private_key(data, secret)
    except TypeError:
        raise RecoveryError("recovery.encrypted") from None
    except ValueError:
        raise RecoveryError("recovery.pem_unreadable", file=path.name) from None


def reprotect(old_path: Path, old_passphrase: str | None, new_passphrase: str,
              out_path: Path | None = None, kdf: KdfParams | None = None) -> tuple[Path, str]:
    """Write the key in `old_path` (any readable form) into a new file in the current
    form, protected by `new_passphrase` (16+ characters). The old file is left as it
    is (IT destroys it once the new one has been tried); an existing file at the
    target is never overwritten. Returns the new file and the key's fingerprint."""
    loaded = load_private_key(old_path, old_passphrase)
    target = Path(out_path) if out_path else Path(old_path).with_name(PRIVATE_NAME)
    if target.exists():
        raise RecoveryError("recovery.target_exists", file=target.name, option="--out")
    _write_new(target, seal_private_key(loaded.key, new_passphrase, kdf))
    return target, fingerprint(loaded.key.public_key())
