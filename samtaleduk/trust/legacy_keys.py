"""Reading key material in the formats used before issue 13 (point 9). Nothing here
writes: every writer uses the current formats (`recovery`, `recovery_file`, `keyfile`).

Kept so that what municipalities already hold keeps working:

- a recovery private key as PKCS#8 PEM, encrypted with PBKDF2 (2,048 iterations,
  about 1 ms a guess) or not encrypted at all; `samtaleduk recovery reprotect` moves
  it into the current Argon2id file (`recovery_file`);
- the recovery wrapping in key files: X25519 with an ephemeral key, HKDF-SHA256
  (salt: both public keys; info: the store id), AES-256-GCM with the key file's
  associated data. Opening it still works; new wrappings are HPKE (`recovery`);
- case files of version 1, whose content-key wrapping used the key file's
  associated data (`wrapping_aad`); version 2 has its own label.

Fixtures made by the old code: tests/fixtures/legacy_keys/.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from samtaleduk.trust import keyfile

ALGORITHM = "x25519-hkdf-sha256-aes-256-gcm"
"""The `algorithm` of a recovery wrapping made before HPKE."""
PEM_START = b"-----BEGIN"


def is_pem(data: bytes) -> bool:
    """True for a private key in the old PEM form (what keygen wrote before)."""
    return data.lstrip().startswith(PEM_START)


def pem_is_encrypted(data: bytes) -> bool:
    """True when the old PEM private key is protected by a passphrase."""
    return b"ENCRYPTED" in data.split(b"\n", 1)[0]


def load_pem_private_key(data: bytes, passphrase: str | None) -> X25519PrivateKey:
    """The key in an old PEM file. Raises TypeError when the passphrase is missing
    or not needed, ValueError when it is wrong or the file is not an X25519 key."""
    key = serialization.load_pem_private_key(
        data, passphrase.encode("utf-8") if passphrase else None)
    if not isinstance(key, X25519PrivateKey):
        raise ValueError("not an X25519 private key")
    return key


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def unwrap_recovery(w: dict[str, Any], private: X25519PrivateKey, store_id: str) -> bytes:
    """The data key in an old-style recovery wrapping. Raises InvalidTag when the
    private key does not fit, KeyError/TypeError/ValueError when it is damaged (also
    for a low-order ephemeral key, which X25519 refuses)."""
    eph_raw = keyfile.unb64(w["ephemeral_public"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
    kek = HKDF(algorithm=hashes.SHA256(), length=32,
               salt=eph_raw + _raw(private.public_key()),
               info=f"samtaleduk-recovery/{store_id}".encode("ascii")).derive(shared)
    return AESGCM(kek).decrypt(keyfile.unb64(w["nonce"]), keyfile.unb64(w["wrapped_key"]),
                               keyfile.wrapping_aad(store_id))


def case_file_v1_aad(bundle_id: str) -> bytes:
    """The associated data of a version-1 case file's content-key wrapping: the same
    label as a store's key file (the reason version 2 exists)."""
    return keyfile.wrapping_aad(bundle_id)
