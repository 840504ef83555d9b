"""Handing a case over to a colleague: one encrypted, versioned case file.

`export_case` writes the case, its meetings, optionally every revision, and the
template snapshots the meetings were written with, as JSON inside the container of
`bundle_file` (its own passphrase, never the store's), atomically.

`import_case` validates *everything* before it writes anything: the container
(decryption, version, sizes), the limits of `bundle_limits` (size, JSON objects and
values before parsing; meetings, revisions, fields and items after), the payload
(pydantic models of case, meetings, revisions and templates), duplicate ids, and
references (every meeting belongs to the case, every revision to a meeting in the
file, every meeting's template is in the file, and a meeting continues only another
meeting of the same file), and the conflicts with the store. Then it writes in one
transaction, reusing the store's own writers, so the store holds the whole case or
nothing of it.
A case that is already in the store is refused unless the caller says how to resolve
it: `"copy"` (new ids, the name marked as a copy) or `"replace"` (the old case is
deleted completely in the same transaction).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from samtaleduk.domain.model import MAX_SHORT_CHARS, Case, Meeting
from samtaleduk.handover import limits as bundle_limits
from samtaleduk.handover.container import (
    BundleError,
    seal,
    unseal,
)
from samtaleduk.messages import msg, os_reason
from samtaleduk.store import db
from samtaleduk.store.durable import write_atomically
from samtaleduk.store.index import write_audit
from samtaleduk.store.store import Store
from samtaleduk.templates.adoption import adopt_imported_duker, moved
from samtaleduk.templates.model import Template
from samtaleduk.trust.keyfile import DEFAULT_KDF, KdfParams

__all__ = ["BundleError", "BundleConflict", "Imported", "export_case", "import_case",
           "read_case_file"]

PAYLOAD_FORMAT = "samtaleduk-case-payload"
PAYLOAD_VERSION = 1
PAYLOAD_SHAPES: dict[int, str] = {1: "7dd217246027287b"}
"""The fingerprint (`store.stored_json.fingerprint`) of `Payload` for each payload
version, held to the models by a test: a case file holds the stored models, so a
change to them is a new payload version, which an older program refuses calmly."""
COPY_SUFFIX = " (kopi)"

OnConflict = Literal["copy", "replace"] | None


class BundleConflict(BundleError):
    """The case (or one of its meetings) is already in the store."""


class RevisionEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    saved_at: dt.datetime
    data: Meeting


class Payload(BaseModel):
    """What a case file holds, as validated on import."""

    model_config = ConfigDict(extra="forbid")
    format: Literal["samtaleduk-case-payload"]
    version: int = Field(ge=1, le=PAYLOAD_VERSION)
    exported_at: dt.datetime
    case: Case
    # The counts are checked by `bundle_limits.check_counts`, with words for people.
    meetings: list[Meeting]
    revisions: list[RevisionEntry] = Field(default_factory=list)
    templates: list[Template]


@dataclass(frozen=True)
class Imported:
    case_id: uuid.UUID
    meetings: int
    revisions: int
    replaced: bool


def export_case(store: Store, case_id: uuid.UUID, out: Path, passphrase: str, *,
                revisions: bool = True, kdf: KdfParams | None = None) -> Path:
    """Write the case to one encrypted case file at `out` (atomically). A case over
    the limits of `bundle_limits` is refused (`CaseFileTooBig`) before anything is
    written, so no file is made that an import would refuse."""
    case = store.get_case(case_id)
    meetings = store.list_meetings(case.id)
    entries: list[dict[str, object]] = []
    history: list[Meeting] = []
    if revisions:
        for m in meetings:
            for r in store.revisions(m.id):
                history.append(store.get_revision(r.id))
                entries.append({"saved_at": r.saved_at.isoformat(),
                                "data": history[-1].model_dump(mode="json")})
    templates: dict[tuple[str, int], Template] = {}
    for m in meetings:
        key = (m.template_id, m.template_version)
        if key not in templates:
            found = store.template_for(*key)
            if found is None:
                raise BundleError("bundle.duk_missing_export")
            templates[key] = found
    payload = {
        "format": PAYLOAD_FORMAT, "version": PAYLOAD_VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "case": case.model_dump(mode="json"),
        "meetings": [m.model_dump(mode="json") for m in meetings],
        "revisions": entries,
        "templates": [t.model_dump(mode="json") for t in templates.values()],
    }
    bundle_limits.check_counts(meetings, history, len(templates), export=True)
    raw = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    bundle_limits.check_plain_bytes(len(raw), export=True)
    bundle_limits.check_json_shape(raw, export=True)
    data = seal(raw, passphrase, kdf or DEFAULT_KDF)
    written = write_atomically(Path(out), data)
    store.log_event("case_exported", case.id)
    return written


def read_case_file(path: Path, passphrase: str) -> Payload:
    """Decrypt and validate a case file completely (nothing is written)."""
    try:
        bundle_limits.check_file_bytes(Path(path).stat().st_size)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BundleError("bundle.unreadable", reason=os_reason(exc)) from None
    return parse_payload(unseal(data, passphrase))


def parse_payload(raw: bytes) -> Payload:
    """The payload validated as models, then for limits, duplicates and references.
    The objects and values are counted before anything is parsed."""
    bundle_limits.check_plain_bytes(len(raw))
    bundle_limits.check_json_shape(raw)
    try:
        payload = Payload.model_validate_json(raw)
    except ValidationError as exc:
        if any(e["loc"] == ("version",) and e["type"] == "less_than_equal"
               for e in exc.errors()):
            # A newer program's file: its models may differ anywhere.
            raise BundleError("bundle.too_new") from None
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": ""}
        where = ".".join(str(p) for p in first["loc"][:3])
        raise BundleError("bundle.invalid_at", where=where) from None
    except (ValueError, RecursionError):
        raise BundleError("bundle.invalid") from None
    bundle_limits.check_counts(payload.meetings, (r.data for r in payload.revisions),
                               len(payload.templates))
    _check_references(payload)
    return payload


def _bad(why: str) -> BundleError:
    """A case file whose parts do not fit; `why` is a `bundle.why.*` id."""
    return BundleError("bundle.inconsistent", why=msg(f"bundle.why.{why}"))


def _check_references(p: Payload) -> None:
    ids = [m.id for m in p.meetings]
    if len(set(ids)) != len(ids):
        raise _bad("meeting_ids")
    if any(m.case_id != p.case.id for m in p.meetings):
        raise _bad("meeting_other_case")
    keys = [(t.id, t.version) for t in p.templates]
    key_set = set(keys)
    if len(key_set) != len(keys):
        raise _bad("duk_ids")
    if any((m.template_id, m.template_version) not in key_set for m in p.meetings):
        raise _bad("duk_missing")
    known = set(ids)
    for r in p.revisions:
        if r.data.id not in known or r.data.case_id != p.case.id:
            raise _bad("stray_revision")
        if (r.data.template_id, r.data.template_version) not in key_set:
            raise _bad("duk_missing")
    # A meeting continues another meeting of this case, never one of another family
    # (the program would open that one by its id).
    for m in [*p.meetings, *(r.data for r in p.revisions)]:
        if m.continued_from is not None and (m.continued_from not in known
                                             or m.continued_from == m.id):
            raise _bad("missing_previous")


def _as_copy(p: Payload) -> Payload:
    """The payload with new ids for the case and its meetings (items keep theirs)."""
    new_case = uuid.uuid4()
    ids = {m.id: uuid.uuid4() for m in p.meetings}

    def moved(m: Meeting) -> Meeting:
        return m.model_copy(update={
            "id": ids[m.id], "case_id": new_case,
            "continued_from": ids.get(m.continued_from) if m.continued_from else None})

    name = (p.case.name[:MAX_SHORT_CHARS - len(COPY_SUFFIX)] + COPY_SUFFIX)
    return p.model_copy(update={
        "case": p.case.model_copy(update={"id": new_case, "name": name}),
        "meetings": [moved(m) for m in p.meetings],
        "revisions": [r.model_copy(update={"data": moved(r.data)}) for r in p.revisions],
    })


def _check_conflicts(store: Store, p: Payload, on_conflict: OnConflict) -> bool:
    """True when an existing case is to be replaced; `BundleConflict` if refused."""
    exists = store.conn.execute("SELECT 1 FROM cases WHERE id = ?",
                                (str(p.case.id),)).fetchone() is not None
    if exists and on_conflict is None:
        raise BundleConflict("bundle.case_exists")
    for m in p.meetings:
        row = store.conn.execute("SELECT case_id FROM meetings WHERE id = ?",
                                 (str(m.id),)).fetchone()
        if row is not None and row[0] != str(p.case.id):
            raise BundleConflict("bundle.meeting_in_other_case")
    return exists


def import_case(store: Store, path: Path, passphrase: str,
                on_conflict: OnConflict = None) -> Imported:
    """Import a case file; see the module docstring. Raises only `BundleError`
    (or `BundleConflict`) for anything wrong with the file, before writing."""
    if on_conflict not in (None, "copy", "replace"):
        raise ValueError(f"on_conflict must be None, 'copy' or 'replace': {on_conflict!r}")
    payload = read_case_file(path, passphrase)
    if on_conflict == "copy":
        payload = _as_copy(payload)
    # An imported snapshot never shadows our duker (issue 14).
    templates, renamed = adopt_imported_duker(store, list(payload.templates))
    if renamed:
        payload = payload.model_copy(update={
            "templates": templates,
            "meetings": [moved(m, renamed) for m in payload.meetings],
            "revisions": [r.model_copy(update={"data": moved(r.data, renamed)})
                          for r in payload.revisions],
        })
    replace = _check_conflicts(store, payload, on_conflict)
    try:
        _write(store, payload, replace)
    except BaseException:
        store.snapshots.forget()  # the cache may name snapshots that were rolled back
        raise
    if replace:
        store.compact()
    return Imported(payload.case.id, len(payload.meetings), len(payload.revisions), replace)


def _write(store: Store, payload: Payload, replace: bool) -> None:
    # Each meeting's history, oldest first, in one pass (a scan per meeting made
    # 10,000 meetings × 200,000 revisions take eight minutes).
    histories: dict[uuid.UUID, list[RevisionEntry]] = {}
    for r in payload.revisions:
        histories.setdefault(r.data.id, []).append(r)
    with db.transaction(store.conn) as c:
        if replace:
            store.delete_case(payload.case.id, compact=False)
        for t in payload.templates:
            store.remember_template(t)
        store.save_case(payload.case)
        for m in payload.meetings:
            # The history first, oldest first, with its own times; then the meeting.
            history = sorted(histories.get(m.id, []), key=lambda r: _utc(r.saved_at))
            for r in history:
                store.save_meeting(r.data, at=_utc(r.saved_at))
            store.save_meeting(m)
        write_audit(c, "case_imported", str(payload.case.id))


def _utc(when: dt.datetime) -> dt.datetime:
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
