"""Hard limits on case files, checked on import *and* on export.

A case file comes from outside: a hostile one could be small on disk and still ask
for gigabytes of memory or hours of work (≈ 100 KB of zlib held four million empty
notes: 95 s, 5 GB and a 663 MB store before these limits). Every limit is checked
as early as it can be: the Argon2 cost and the plaintext size from the header,
before any key derivation or decompression; the number of JSON objects and values
from the plaintext bytes, before anything is parsed; meetings, revisions, fields
and items after validation, before anything is written.

Export checks the same limits, so the program never writes a case file it would
refuse to read. The limits are far above any real case (a year of fortnightly
meetings with their history is about 1 MB of JSON); a case too big to travel with
its whole history can travel without it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from samtaleduk.errors import UserError
from samtaleduk.messages import msg

MIB = 1024 * 1024

MAX_PLAIN_BYTES = 32 * MIB
"""The uncompressed JSON payload of one case file."""
MAX_HEADER_BYTES = 64 * 1024
MAX_COMPRESSED_BYTES = MAX_PLAIN_BYTES + MAX_PLAIN_BYTES // 1000 + 64 * 1024
"""What zlib can make of MAX_PLAIN_BYTES in the worst case (with a margin), plus the tag."""
MAX_FILE_BYTES = MAX_COMPRESSED_BYTES + MAX_HEADER_BYTES + 1024

MAX_JSON_OBJECTS = 600_000
"""JSON objects in the payload. What the exporter writes is never under ~60 bytes
an object (it writes every default), so a file at the size limit has at most
~560,000; a hostile one of empty objects (12 bytes each) is refused by count."""
MAX_JSON_VALUES = 3_000_000
"""JSON values (containers and their members) in the payload; at most ~2.7 million
for the exporter's output at the size limit."""

MAX_MEETINGS = 1_000
MAX_REVISIONS = 150_000
MAX_TEMPLATES = 200
MAX_FIELDS_PER_MEETING = 100
"""The built-in duker have 10–12 fields; the model itself puts no limit here."""
MAX_ITEMS_PER_MEETING = 20_000
"""Notes, goals, actions, helpers, consents and participants in one meeting (or
revision)."""
MAX_ITEMS_PER_FILE = 300_000
"""The same, over every meeting and revision in the file."""

MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_TIME = 10
MAX_KDF_PARALLELISM = 16
MAX_KDF_WORK_KIB = 4 * 1024 * 1024
"""memory × passes: 1 GiB × 4, or 256 MiB × 10 — seconds, not hours, per guess."""


class BundleError(UserError):
    """A case file cannot be read or imported; nothing was written."""


class CaseFileTooBig(BundleError):
    """A case file (to be read or written) is over one of the limits."""


def _refused(limit: str, count: int, export: bool) -> CaseFileTooBig:
    """Over a limit; `limit` is a `bundle.limit.*` id, `count` the limit."""
    # Grouped by spaces from five digits, as Norwegian writes them ("100 000", "1000").
    number = f"{count:,}".replace(",", " ") if count >= 10_000 else str(count)
    why = msg(f"bundle.limit.{limit}", count=number)
    return CaseFileTooBig("bundle.too_big_export" if export else "bundle.too_big_import",
                          why=why)


def check_plain_bytes(size: int, *, export: bool = False) -> None:
    """The payload (or what the header says it holds) is at most MAX_PLAIN_BYTES."""
    if size > MAX_PLAIN_BYTES:
        raise _refused("content_mib", MAX_PLAIN_BYTES // MIB, export)


def check_file_bytes(size: int) -> None:
    """The case file on disk is at most MAX_FILE_BYTES (checked before it is read)."""
    if size > MAX_FILE_BYTES:
        raise _refused("disk_mib", MAX_FILE_BYTES // MIB, export=False)


def kdf_within_bounds(memory_kib: Any, time_cost: Any, parallelism: Any) -> bool:
    """True when the Argon2 parameters a case file declares cost seconds, not hours;
    checked before Argon2 runs."""
    values = (memory_kib, time_cost, parallelism)
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in values):
        return False
    memory, passes, lanes = int(memory_kib), int(time_cost), int(parallelism)
    return (memory <= MAX_KDF_MEMORY_KIB and passes <= MAX_KDF_TIME
            and lanes <= MAX_KDF_PARALLELISM and memory * passes <= MAX_KDF_WORK_KIB)


def check_json_shape(raw: bytes, *, export: bool = False) -> None:
    """Count the JSON objects and values in `raw` before it is parsed.

    The counts are upper bounds made in C (`bytes.count`), linear and without
    building anything: every object opens with `{`, and every value is the document
    itself, a container, or a member after a `,`. A brace or comma inside a string
    counts too, which only makes the bound safer."""
    objects = raw.count(b"{")
    if objects > MAX_JSON_OBJECTS:
        raise _refused("json_objects", MAX_JSON_OBJECTS, export)
    values = 1 + objects + raw.count(b"[") + raw.count(b",")
    if values > MAX_JSON_VALUES:
        raise _refused("json_values", MAX_JSON_VALUES, export)


def _items(participants: int, fields: Mapping[str, Any]) -> int:
    return participants + sum(len(c.notes) + len(c.goals) + len(c.actions) + len(c.helpers)
                              + len(c.consents) for c in fields.values())


def check_counts(meetings: Iterable[Any], revisions: Iterable[Any], templates: int, *,
                 export: bool = False) -> None:
    """Meetings, revisions, templates, fields and items against their limits.
    `meetings` are `Meeting`s, `revisions` `Meeting`s too (each revision's data)."""
    meetings, revisions = list(meetings), list(revisions)
    if len(meetings) > MAX_MEETINGS:
        raise _refused("meetings", MAX_MEETINGS, export)
    if len(revisions) > MAX_REVISIONS:
        raise _refused("revisions", MAX_REVISIONS, export)
    if templates > MAX_TEMPLATES:
        raise _refused("duker", MAX_TEMPLATES, export)
    total = 0
    for m in meetings + revisions:
        if len(m.fields) > MAX_FIELDS_PER_MEETING:
            raise _refused("fields", MAX_FIELDS_PER_MEETING, export)
        items = _items(len(m.participants), m.fields)
        if items > MAX_ITEMS_PER_MEETING:
            raise _refused("items_per_meeting", MAX_ITEMS_PER_MEETING, export)
        total += items
        if total > MAX_ITEMS_PER_FILE:
            raise _refused("items", MAX_ITEMS_PER_FILE, export)
