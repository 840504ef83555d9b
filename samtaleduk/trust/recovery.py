"""Recovery of a forgotten passphrase with the municipality's recovery key.

IT makes an X25519 key pair on its own machine (`samtaleduk recovery keygen`,
`recovery_file`); only the PUBLIC key comes to the laptop. `enable_recovery` wraps the
store's data key for that public key and keeps the wrapping in the key file beside
the passphrase wrapping. When a passphrase is forgotten, IT takes a copy of the key
file to the machine holding the private key and runs `samtaleduk recovery unwrap`,
which opens the recovery wrapping and sets a new passphrase in that key file; the new
key file goes back into the data folder. The private key never touches the laptop,
and the database itself is never decrypted or changed on the way.

Wrapping: HPKE (RFC 9180) in base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
AES-256-GCM (`cryptography.hazmat.primitives.hpke`), with the info string
`samtaleduk-key-recovery/2/<store id>`: a label of its own (not the passphrase
wrapping's, not a case file's) bound to this store. The wrapping also keeps the
recipient's public key with an HMAC under a key derived from the data key, so a
re-key (`rekey`) can wrap the new data key for the same recipient, and a recipient
swapped into the file by someone without the data key is noticed and not used.
Wrappings made before HPKE are still opened (`legacy_keys`); `recover` replaces
such a wrapping with an HPKE one. Procedure for people: docs/recovery.md.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from samtaleduk.messages import Message, msg, os_reason
from samtaleduk.store.errors import StoreError
from samtaleduk.trust import keyfile, legacy_keys
from samtaleduk.trust.keyfile import DEFAULT_KDF, KdfParams, KeyFile

ALGORITHM = "hpke-base-x25519-hkdf-sha256-aes-256-gcm"
"""The `algorithm` of a recovery wrapping (HPKE, RFC 9180)."""
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
INFO_LABEL = "samtaleduk-key-recovery/2"
RECIPIENT_MAC_LABEL = b"samtaleduk-key-recovery-recipient/2"
PUBLIC_NAME = "samtaleduk-recovery-public.pem"
REKEY_ADVISED = "rekey_advised"
"""Key file entry kind left by `recover`: the app offers a re-key (`rekey`) until done."""
MAX_KEY_FILE_BYTES = 64 * 1024

NO_RECOVERY_TEXT = {
    "nn": "Gløymer du passordfrasa, kan ingen opna lageret, heller ikkje du eller IT. "
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


def _read_small(path: Path, what: Message) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RecoveryError("recovery.unreadable", what=what, file=Path(path).name,
                            reason=os_reason(exc)) from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise RecoveryError("recovery.not_a_key", file=Path(path).name)
    return data


def load_public_key(path: Path) -> X25519PublicKey:
    """The recovery public key from its PEM file; `RecoveryError` when it is not one."""
    data = _read_small(path, msg("word.the_public_key"))
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, X25519PublicKey):
        raise RecoveryError("recovery.not_a_public_key", file=Path(path).name)
    try:
        # X25519 refuses a low-order point only when it is used: try it now, so the
        # user hears it here and not as a ValueError later.
        SUITE.encrypt(bytes(keyfile.DATA_KEY_BYTES), key, info=b"samtaleduk-check")
    except ValueError:
        raise low_order(Path(path).name) from None
    return key


def low_order(name: Message | str) -> RecoveryError:
    """The message for a public key that no private key can use (a low-order point)."""
    return RecoveryError("recovery.low_order", name=name)


def recovery_info(store_id: str) -> bytes:
    """HPKE's info string for a recovery wrapping of the store `store_id`."""
    return f"{INFO_LABEL}/{store_id}".encode("ascii")


def _recipient_mac(data_key: bytes, store_id: str, recipient: bytes) -> bytes:
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=RECIPIENT_MAC_LABEL).derive(data_key)
    return hmac.new(mac_key, store_id.encode("ascii") + recipient, hashlib.sha256).digest()


def wrap_for_recovery(data_key: bytes, public: X25519PublicKey, store_id: str) -> dict[str, Any]:
    """A recovery wrapping of the data key for `public` (HPKE); `RecoveryError` for a
    low-order public key."""
    try:
        sealed = SUITE.encrypt(data_key, public, info=recovery_info(store_id))
    except ValueError:
        raise low_order(msg("word.The_public_key")) from None
    recipient = _raw(public)
    return {
        "kind": "recovery", "algorithm": ALGORITHM, "fingerprint": fingerprint(public),
        "recipient": keyfile.b64(recipient),
        "recipient_mac": keyfile.b64(_recipient_mac(data_key, store_id, recipient)),
        "sealed": keyfile.b64(sealed),
    }


def recovery_wrapping(kf: KeyFile) -> dict[str, Any] | None:
    """The key file's recovery wrapping, or None when recovery is not set up."""
    return next((w for w in kf.wrappings if w.get("kind") == "recovery"), None)


def is_legacy(w: dict[str, Any]) -> bool:
    """True for a recovery wrapping made before HPKE."""
    return w.get("algorithm") == legacy_keys.ALGORITHM


def unwrap_with_recovery(kf: KeyFile, private: X25519PrivateKey) -> bytes:
    """The data key from the recovery wrapping, or `RecoveryError`."""
    w = recovery_wrapping(kf)
    if w is None:
        raise RecoveryError("recovery.none_in_key_file")
    try:
        if is_legacy(w):
            data_key = legacy_keys.unwrap_recovery(w, private, kf.store_id)
        elif w.get("algorithm") == ALGORITHM:
            data_key = SUITE.decrypt(keyfile.unb64(w["sealed"]), private,
                                     info=recovery_info(kf.store_id))
        else:
            raise ValueError("unknown algorithm")
    except InvalidTag:
        raise RecoveryError("recovery.wrong_private_key",
                            fingerprint=str(w.get("fingerprint"))) from None
    except (KeyError, TypeError, ValueError):
        raise RecoveryError("recovery.damaged_in_key_file") from None
    if len(data_key) != keyfile.DATA_KEY_BYTES:
        raise RecoveryError("recovery.damaged_short")
    return data_key


def trusted_recipient(kf: KeyFile, data_key: bytes) -> X25519PublicKey | None:
    """The public key the recovery wrapping is for, when the wrapping is HPKE and its
    recipient is authenticated under `data_key`; None otherwise (no recovery, an old
    wrapping without the recipient, or a recipient someone swapped in)."""
    w = recovery_wrapping(kf)
    if w is None or w.get("algorithm") != ALGORITHM:
        return None
    try:
        recipient = keyfile.unb64(w["recipient"])
        mac = keyfile.unb64(w["recipient_mac"])
        public = X25519PublicKey.from_public_bytes(recipient)
    except (KeyError, TypeError, ValueError):
        return None
    if not hmac.compare_digest(mac, _recipient_mac(data_key, kf.store_id, recipient)):
        return None
    return public


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
    recovery wrapping stays (an old-style one is replaced by HPKE for the same key),
    so recovery works again next time."""
    kf = keyfile.read_key_file(key_path)
    data_key = unwrap_with_recovery(kf, private)
    normal = keyfile.check_new_passphrase(new_passphrase)
    fresh = keyfile.wrap_with_passphrase(data_key, normal, kf.store_id, kdf or DEFAULT_KDF)
    renewed = wrap_for_recovery(data_key, private.public_key(), kf.store_id)
    kf.wrappings = [fresh if w.get("kind") == "passphrase"
                    else renewed if w.get("kind") == "recovery" else w
                    for w in kf.wrappings if w.get("kind") != REKEY_ADVISED]
    # Whoever held the old passphrase (or a copy of the key file) still has the data
    # key: the app offers a re-key at the next unlock.
    kf.wrappings.append({"kind": REKEY_ADVISED, "after": "recovery"})
    if not any(w.get("kind") == "passphrase" for w in kf.wrappings):
        kf.wrappings.insert(0, fresh)
    keyfile.write_key_file(key_path, kf)


def status(key_path: Path) -> str | None:
    """The fingerprint of the recovery key set up for this store, or None."""
    w = recovery_wrapping(keyfile.read_key_file(key_path))
    return str(w.get("fingerprint")) if w else None


def status_is_legacy(key_path: Path) -> bool:
    """True when the recovery wrapping in the key file is the old kind (before HPKE):
    it still works; `recovery enable` with the public key renews it."""
    w = recovery_wrapping(keyfile.read_key_file(key_path))
    return w is not None and is_legacy(w)
