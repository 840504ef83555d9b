"""The store's key file: an envelope around the random data key.

The SQLCipher key is 32 random bytes (the *data key*); it is never derived from the
passphrase, so no SQL is ever built from anything the user typed. The data key is
kept in a small JSON file, wrapped (AES-256-GCM) with a key derived from the
passphrase by Argon2id. Changing the passphrase re-wraps the data key only; the
database itself is untouched.

The file holds a list of *wrappings*: one of kind "passphrase", and, when the
municipality has set up recovery, one of kind "recovery" (the data key wrapped for
its public key, see `samtaleduk.trust.recovery`). Readers ignore wrappings of kinds they
do not know, and re-wrapping keeps them.

Format versions: 1 has only a passphrase wrapping; 2 may also hold a recovery
wrapping. A file is written as version 2 only when it holds one, so a store without
recovery stays readable by older programs; both versions are read.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from samtaleduk.errors import UserError
from samtaleduk.messages import os_reason
from samtaleduk.store.durable import write_atomically
from samtaleduk.store.errors import StoreError, WrongPassphrase
from samtaleduk.store.files import MIN_NEW_PASSPHRASE_CHARS

KEY_FILE_FORMAT = "samtaleduk-key"
KEY_FILE_VERSION = 2
"""The newest key file format this program reads and writes."""
RECOVERY_KEY_FILE_VERSION = 2
"""The version a key file with a recovery wrapping is written as."""
_AAD_VERSION = 1
"""Part of every wrapping's associated data since format 1; fixed, so that bumping
the file format does not invalidate wrappings made before."""

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MAX_PASSPHRASE_CHARS = 10_000
MAX_KEY_FILE_BYTES = 1_000_000
"""A key file is a few hundred bytes; anything huge is not ours."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; stored in the key file beside the salt."""

    time_cost: int
    memory_kib: int
    parallelism: int


DEFAULT_KDF = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)
"""About 0.1–0.3 s on a current laptop (measured 123 ms on the build machine)."""

FAST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
"""Cheap parameters for tests only: never use them for a real store."""


def normalise_passphrase(passphrase: str) -> str:
    """The passphrase in NFC, so that one typed in NFD (some keyboards, macOS) unlocks
    a key made from NFC. An empty passphrase is refused."""
    if not passphrase or not passphrase.strip():
        raise UserError("passphrase.empty")
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise UserError("passphrase.too_long", count=MAX_PASSPHRASE_CHARS)
    try:
        return unicodedata.normalize("NFC", passphrase)
    except UnicodeError as exc:  # pragma: no cover - normalize does not raise for str
        raise UserError("passphrase.invalid") from exc


def check_new_passphrase(passphrase: str) -> str:
    """A new passphrase must be at least eight characters; returns it normalised."""
    normal = normalise_passphrase(passphrase)
    if len(normal) < MIN_NEW_PASSPHRASE_CHARS:
        raise UserError("passphrase.too_short", count=MIN_NEW_PASSPHRASE_CHARS)
    return normal


def _encode_passphrase(passphrase: str) -> bytes:
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate (e.g. from an undecodable environment variable).
        raise UserError("passphrase.invalid_retype") from exc


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        _encode_passphrase(passphrase),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def b64(data: bytes) -> str:
    """`data` as base64 text, as wrappings store salts, nonces and keys."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    """The bytes of base64 `text`; ValueError for anything else."""
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def wrapping_aad(store_id: str) -> bytes:
    """The associated data of a key file's passphrase wrapping (and of the old
    recovery wrapping, see `legacy_keys`)."""
    # Binds a wrapping to its own store: a wrapped key copied into another
    # store's key file does not authenticate.
    return f"{KEY_FILE_FORMAT}/{_AAD_VERSION}/{store_id}".encode("ascii")


CASE_FILE_LABEL = "samtaleduk-case-key/2"
"""The label of a case file's content-key wrapping (case file version 2 on)."""


def case_file_aad(bundle_id: str) -> bytes:
    """The associated data of a case file's content-key wrapping: a label of its own,
    so a wrapping cannot be moved between a key file and a case file."""
    return f"{CASE_FILE_LABEL}/{bundle_id}".encode("ascii")


@dataclass
class KeyFile:
    """The parsed key file. `wrappings` keeps unknown kinds untouched."""

    store_id: str
    wrappings: list[dict[str, Any]]

    def passphrase_wrapping(self) -> dict[str, Any]:
        """The wrapping of kind "passphrase"; `StoreError` when the file has none."""
        for w in self.wrappings:
            if w.get("kind") == "passphrase":
                return w
        raise StoreError("keyfile.no_passphrase_key")

    def to_json(self) -> str:
        """The file's text: version 2 only when it holds a recovery wrapping."""
        has_recovery = any(w.get("kind") == "recovery" for w in self.wrappings)
        body = {
            "format": KEY_FILE_FORMAT,
            "version": RECOVERY_KEY_FILE_VERSION if has_recovery else 1,
            "store_id": self.store_id,
            "wrappings": self.wrappings,
        }
        return json.dumps(body, indent=2, sort_keys=True) + "\n"


def wrap_with_passphrase(
    data_key: bytes, passphrase: str, store_id: str, kdf: KdfParams,
    aad: bytes | None = None,
) -> dict[str, Any]:
    """A passphrase wrapping of the data key (fresh salt and nonce each time), bound
    to `aad` (default: this store's key file, `wrapping_aad(store_id)`)."""
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = _derive(passphrase, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, data_key,
                                  wrapping_aad(store_id) if aad is None else aad)
    wrapping: dict[str, Any] = {
        "kind": "passphrase",
        "kdf": {"name": "argon2id", **asdict(kdf), "salt": b64(salt)},
        "cipher": "aes-256-gcm",
        "nonce": b64(nonce),
        "wrapped_key": b64(wrapped),
    }
    wrapping["check"] = wrapping_check(wrapping)
    return wrapping


def wrapping_check(wrapping: dict[str, Any]) -> str:
    """A plain checksum over a passphrase wrapping (everything but itself).

    Not a security measure: AES-GCM cannot tell a flipped byte from a wrong
    passphrase, so without it a damaged key file would be recorded as a failed
    unlock. Wrappings made before it have no check and are read as before."""
    body = {k: v for k, v in wrapping.items() if k != "check"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:32]


def unwrap_with_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
    """The data key, or `WrongPassphrase` when the passphrase does not fit."""
    return unwrap_passphrase_wrapping(key_file.passphrase_wrapping(), passphrase,
                                      key_file.store_id)


def unwrap_passphrase_wrapping(w: dict[str, Any], passphrase: str, store_id: str,
                               aad: bytes | None = None) -> bytes:
    """The key inside one passphrase wrapping bound to `store_id` (a store's key file or,
    with its own `aad`, a case file or a recovery private key); `WrongPassphrase` when
    the passphrase does not fit, `StoreError` when the wrapping is damaged."""
    try:
        kdf_raw = w["kdf"]
        if kdf_raw.get("name") != "argon2id" or w.get("cipher") != "aes-256-gcm":
            raise ValueError("unknown algorithm")
        kdf = KdfParams(
            time_cost=int(kdf_raw["time_cost"]),
            memory_kib=int(kdf_raw["memory_kib"]),
            parallelism=int(kdf_raw["parallelism"]),
        )
        # Argon2 itself refuses less than 8 KiB per lane (a HashingError, not ours).
        if not (1 <= kdf.time_cost <= 100 and 8 <= kdf.memory_kib <= 4 * 1024 * 1024
                and 1 <= kdf.parallelism <= 64 and kdf.memory_kib >= 8 * kdf.parallelism):
            raise ValueError("implausible kdf parameters")
        salt = unb64(kdf_raw["salt"])
        nonce = unb64(w["nonce"])
        wrapped = unb64(w["wrapped_key"])
        check = w.get("check")
        if check is not None and check != wrapping_check(w):
            raise ValueError("checksum does not match")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError("keyfile.damaged_untried") from exc
    kek = _derive(normalise_passphrase(passphrase), salt, kdf)
    try:
        data_key = AESGCM(kek).decrypt(nonce, wrapped,
                                       wrapping_aad(store_id) if aad is None else aad)
    except InvalidTag:
        raise WrongPassphrase() from None
    if len(data_key) != DATA_KEY_BYTES:
        raise StoreError("keyfile.damaged")
    return data_key


def read_key_file(path: Path) -> KeyFile:
    """Parse the key file; a clear `StoreError` when it is missing or damaged."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise StoreError("keyfile.missing", file=path.name) from None
    except OSError as exc:
        raise StoreError("keyfile.unreadable", file=path.name, reason=os_reason(exc)) from None
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise StoreError("keyfile.too_big", file=path.name)
    try:
        body = json.loads(raw.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != KEY_FILE_FORMAT:
            raise ValueError("not a key file")
        version = body.get("version")
        if not isinstance(version, int):
            raise ValueError("no version")
        store_id = body["store_id"]
        wrappings = body["wrappings"]
        if not isinstance(store_id, str) or not isinstance(wrappings, list):
            raise ValueError("wrong types")
        uuid.UUID(store_id)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise StoreError("keyfile.damaged_named", file=path.name) from exc
    if version > KEY_FILE_VERSION:
        raise StoreError("keyfile.too_new", file=path.name)
    return KeyFile(store_id=store_id, wrappings=[w for w in wrappings if isinstance(w, dict)])


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write atomically (see `durable`): a crash leaves either the old file or the new
    one, never half of one."""
    write_atomically(path, key_file.to_json().encode("utf-8"), prefix=".key-")


def new_key_file(passphrase: str, kdf: KdfParams) -> tuple[KeyFile, bytes]:
    """A fresh store id and data key, wrapped with a new (checked) passphrase."""
    normal = check_new_passphrase(passphrase)
    store_id = uuid.uuid4().hex
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    wrapping = wrap_with_passphrase(data_key, normal, store_id, kdf)
    return KeyFile(store_id=store_id, wrappings=[wrapping]), data_key


def rewrap(path: Path, old: str, new: str, kdf: KdfParams | None = None) -> None:
    """Change the passphrase: unwrap with `old`, wrap with `new`, keep other wrappings.
    The data key, and so the database, stay as they are."""
    key_file = read_key_file(path)
    data_key = unwrap_with_passphrase(key_file, old)
    normal = check_new_passphrase(new)
    if kdf is None:
        kdf = current_kdf(key_file)
    fresh = wrap_with_passphrase(data_key, normal, key_file.store_id, kdf)
    key_file.wrappings = [
        fresh if w.get("kind") == "passphrase" else w for w in key_file.wrappings
    ]
    write_key_file(path, key_file)


def current_kdf(key_file: KeyFile) -> KdfParams:
    """The KDF parameters of the passphrase wrapping (kept when re-wrapping)."""
    raw = key_file.passphrase_wrapping()["kdf"]
    return KdfParams(
        time_cost=int(raw["time_cost"]),
        memory_kib=int(raw["memory_kib"]),
        parallelism=int(raw["parallelism"]),
    )
