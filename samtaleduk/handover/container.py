"""The encrypted container of a case file (handover between facilitators).

Layout, all of it authenticated:

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header (JSON) | ciphertext

The header names the format and version, the sizes, and a passphrase wrapping of a
random 32-byte content key made by the key file's own helpers (Argon2id, AES-256-GCM,
bound to the bundle's random id). The ciphertext is the zlib-compressed payload
encrypted with AES-256-GCM under the content key, with MAGIC + header as associated
data, so no byte of the header can be changed unnoticed.

Everything read from a file is checked against hard limits *before* it costs memory
or time: header size, declared sizes, Argon2 cost, and the decompressed size
(`bundle_limits` holds the limits; `seal` checks the same ones).
"""

from __future__ import annotations

import json
import secrets
import uuid
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from samtaleduk.errors import UserError
from samtaleduk.handover.limits import (
    MAX_COMPRESSED_BYTES,
    MAX_HEADER_BYTES,
    check_file_bytes,
    check_plain_bytes,
    kdf_within_bounds,
)
from samtaleduk.handover.limits import (
    BundleError as BundleError,  # re-exported: the error of this module's readers
)
from samtaleduk.messages import msg
from samtaleduk.store.errors import StoreError, WrongPassphrase
from samtaleduk.trust import keyfile, legacy_keys
from samtaleduk.trust.keyfile import KdfParams

MAGIC = b"SAMTALEDUK-CASE\x00"
FORMAT = "samtaleduk-case"
VERSION = 2
"""The newest case file version this program reads and writes. Version 2 binds the
content-key wrapping to a case-file label (`keyfile.case_file_aad`); version 1 used
the key file's label and is still read (`legacy_keys.case_file_v1_aad`)."""


class BundlePassphraseWrong(BundleError):
    def __init__(self) -> None:
        super().__init__("bundle.wrong_passphrase")


def _damaged(why: str, **params: str) -> BundleError:
    """A damaged case file; `why` is a `bundle.why.*` id."""
    return BundleError("bundle.damaged", why=msg(f"bundle.why.{why}", **params))


def seal(payload: bytes, passphrase: str, kdf: KdfParams) -> bytes:
    """The whole case file for `payload` (UTF-8 JSON), encrypted for `passphrase`."""
    check_plain_bytes(len(payload), export=True)
    check_kdf_params(kdf.memory_kib, kdf.time_cost, kdf.parallelism, export=True)
    compressed = zlib.compress(payload, 6)
    if len(compressed) + 16 > MAX_COMPRESSED_BYTES:  # cannot happen within the plain limit
        raise BundleError("bundle.too_big_for_one_file")
    return seal_compressed(compressed, len(payload), passphrase, kdf)


def seal_compressed(compressed: bytes, plain_bytes: int, passphrase: str,
                    kdf: KdfParams) -> bytes:
    """The case file for an already zlib-compressed payload of `plain_bytes` bytes.
    No limits are checked here: `seal` checks them; the fault tests use this to build
    hostile files with the program's own container code."""
    normal = keyfile.check_new_passphrase(passphrase)
    content_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
    bundle_id = uuid.uuid4().hex
    nonce = secrets.token_bytes(keyfile.NONCE_BYTES)
    header = json.dumps({
        "format": FORMAT, "version": VERSION, "bundle_id": bundle_id,
        "wrapping": keyfile.wrap_with_passphrase(content_key, normal, bundle_id, kdf,
                                                 aad=keyfile.case_file_aad(bundle_id)),
        "cipher": "aes-256-gcm", "compression": "zlib", "nonce": keyfile.b64(nonce),
        "payload_bytes": len(compressed) + 16, "plain_bytes": plain_bytes,
    }, sort_keys=True).encode("utf-8")
    aad = MAGIC + header
    ciphertext = AESGCM(content_key).encrypt(nonce, compressed, aad)
    return MAGIC + len(header).to_bytes(4, "big") + header + ciphertext


def _int(header: dict[str, Any], name: str, limit: int) -> int:
    value = header.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
        raise _damaged("bad_value", name=name)
    return value


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """(header, header bytes, ciphertext), checked for format, version and sizes."""
    check_file_bytes(len(data))
    if len(data) < len(MAGIC) + 4 or not data.startswith(MAGIC):
        raise _damaged("no_magic")
    size = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    if size > MAX_HEADER_BYTES or len(MAGIC) + 4 + size > len(data):
        raise _damaged("bad_header")
    raw = data[len(MAGIC) + 4:len(MAGIC) + 4 + size]
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged("bad_header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _damaged("unknown_format")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged("bad_version")
    if version > VERSION:
        raise BundleError("bundle.too_new")
    ciphertext = data[len(MAGIC) + 4 + size:]
    if _int(header, "payload_bytes", MAX_COMPRESSED_BYTES) != len(ciphertext):
        raise _damaged("wrong_size")
    # The size the payload says it unpacks to, refused before Argon2 and zlib run.
    check_plain_bytes(_int(header, "plain_bytes", 2**63))
    if header.get("cipher") != "aes-256-gcm" or header.get("compression") != "zlib":
        raise _damaged("unknown_cipher")
    return header, raw, ciphertext


def check_kdf_params(memory_kib: Any, time_cost: Any, parallelism: Any, *,
                     export: bool = False) -> None:
    """Refuse Argon2 parameters outside `bundle_limits`' bounds (before deriving)."""
    if kdf_within_bounds(memory_kib, time_cost, parallelism):
        return
    if export:
        raise BundleError("bundle.kdf_too_costly_export")
    raise BundleError("bundle.kdf_too_costly")


def _check_kdf(wrapping: Any) -> None:
    # A hostile file could ask Argon2 for gigabytes of memory or hours of passes:
    # refuse before deriving.
    try:
        kdf = wrapping["kdf"]
        params = kdf["memory_kib"], kdf["time_cost"], kdf["parallelism"]
    except (TypeError, KeyError):
        raise _damaged("bad_key") from None
    check_kdf_params(*params)


def unseal(data: bytes, passphrase: str) -> bytes:
    """The payload bytes of a case file; `BundleError` for anything wrong."""
    header, raw, ciphertext = read_header(data)
    wrapping, bundle_id = header.get("wrapping"), header.get("bundle_id")
    if not isinstance(wrapping, dict) or not isinstance(bundle_id, str):
        raise _damaged("bad_key")
    _check_kdf(wrapping)
    try:
        aad = (keyfile.case_file_aad(bundle_id) if header["version"] >= 2
               else legacy_keys.case_file_v1_aad(bundle_id))
        content_key = keyfile.unwrap_passphrase_wrapping(wrapping, passphrase, bundle_id, aad)
        nonce = keyfile.unb64(header.get("nonce"))
        compressed = AESGCM(content_key).decrypt(nonce, ciphertext, MAGIC + raw)
    except WrongPassphrase:
        raise BundlePassphraseWrong() from None
    except (StoreError, ValueError, InvalidTag, TypeError):
        raise _damaged("content_mismatch") from None
    except UserError as exc:  # an empty or invalid passphrase
        raise BundleError(exc.as_param) from None
    expected = header["plain_bytes"]
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, expected + 1)
    except zlib.error:
        raise _damaged("cannot_unpack") from None
    if len(payload) != expected or inflater.unconsumed_tail or not inflater.eof:
        raise _damaged("wrong_size")
    return payload
