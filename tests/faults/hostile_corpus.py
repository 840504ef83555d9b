"""The hostile case files of issue 13 (points 10 and 11), built with the program's
own container code (`bundle_file.seal_compressed`, `bundle_file.seal`), and a runner
that imports one in a child process under an address-space limit.

The payloads are streamed through zlib, so even the 44-million-note file (≈ 530 MB of
JSON, ≈ 1 MB on disk) is built in a second or two without holding its plaintext.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
import uuid
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samtaleduk.handover import container as bundle_file
from samtaleduk.trust.keyfile import FAST_KDF, KdfParams
from tests.samtaleduk.trust.trust_support import family

FILE_PASS = "fiendtleg-fil-2026"
NOTES_PER_FIELD = 2_000
"""The model's own limit per field; the hostile files stay inside it and use
more fields instead (the model put no limit on fields per meeting)."""
ROOT = Path(__file__).resolve().parents[2]


def _j(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Frame:
    """The parts of a payload around its meetings and revisions."""

    case_id: uuid.UUID
    template_id: str
    template_version: int
    head: bytes
    templates: bytes

    def meeting(self, meeting_id: uuid.UUID, number: int, extra: bytes = b"") -> bytes:
        """A minimal meeting of the case (`extra` goes in before the closing brace)."""
        return (b'{"id":"' + str(meeting_id).encode() + b'","case_id":"'
                + str(self.case_id).encode() + b'","number":' + str(number).encode()
                + b',"date":"2026-01-01","template_id":' + _j(self.template_id)
                + b',"template_version":' + str(self.template_version).encode() + extra + b"}")


def frame(case_id: uuid.UUID | None = None) -> Frame:
    """A valid case and the built-in family template, as the payload's frame."""
    t = family()
    case_id = case_id or uuid.uuid4()
    case = {"id": str(case_id), "name": "Fiendtleg sak", "template_id": t.id}
    head = (b'{"format":"samtaleduk-case-payload","version":1,'
            b'"exported_at":"2026-12-01T00:00:00+00:00","case":' + _j(case))
    return Frame(case_id, t.id, t.version, head, _j([t.model_dump(mode="json")]))


def seal_stream(parts: Iterable[bytes], passphrase: str = FILE_PASS,
                kdf: KdfParams = FAST_KDF) -> bytes:
    """A case file whose payload is the concatenation of `parts`, compressed as it
    streams by and sealed by the program's own container code, limits unchecked."""
    packer = zlib.compressobj(6)
    compressed, plain = [], 0
    for part in parts:
        plain += len(part)
        compressed.append(packer.compress(part))
    compressed.append(packer.flush())
    return bundle_file.seal_compressed(b"".join(compressed), plain, passphrase, kdf)


def _empty_notes_parts(notes: int, fr: Frame) -> Iterator[bytes]:
    one_field = b'{"notes":[' + b",".join([b'{"text":""}'] * NOTES_PER_FIELD) + b"]}"
    fields = -(-notes // NOTES_PER_FIELD)
    yield fr.head + b',"meetings":[' + fr.meeting(uuid.uuid4(), 1, b',"fields":{')[:-1]
    for i in range(fields):
        last = i == fields - 1 and notes % NOTES_PER_FIELD
        body = (b'{"notes":[' + b",".join([b'{"text":""}'] * last) + b"]}") if last \
            else one_field
        yield (b"," if i else b"") + b'"f' + str(i).encode() + b'":' + body
    yield b"}}]" + b',"revisions":[],"templates":' + fr.templates + b"}"


def empty_notes_file(notes: int) -> bytes:
    """One meeting with `notes` empty notes spread over as many fields as it takes
    (4 M notes: a 111 KB file in the report; 44 M notes: 1.1 MB)."""
    return seal_stream(_empty_notes_parts(notes, frame()))


def _revisions_parts(meetings: int, revisions: int, fr: Frame) -> Iterator[bytes]:
    ids = [uuid.uuid4() for _ in range(meetings)]
    yield fr.head + b',"meetings":['
    for n, mid in enumerate(ids):
        yield (b"," if n else b"") + fr.meeting(mid, n + 1)
    yield b'],"revisions":['
    for r in range(revisions):
        mid = ids[r % meetings]
        yield ((b"," if r else b"") + b'{"saved_at":"2026-01-01T00:00:00+00:00","data":'
               + fr.meeting(mid, r % meetings + 1) + b"}")
    yield b'],"templates":' + fr.templates + b"}"


def revisions_file(meetings: int, revisions: int) -> bytes:
    """`meetings` minimal meetings and `revisions` minimal revisions spread over them
    (10,000 × 200,000 took 473 s in the report: a quadratic scan)."""
    return seal_stream(_revisions_parts(meetings, revisions, frame()))


def crossref_file(foreign_meeting: uuid.UUID) -> tuple[uuid.UUID, bytes]:
    """A small, otherwise valid case whose second meeting says it continues
    `foreign_meeting` (another family's meeting); (case id, file)."""
    fr = frame()
    first, second = uuid.uuid4(), uuid.uuid4()
    cont = b',"continued_from":"' + str(foreign_meeting).encode() + b'"'
    parts = [fr.head, b',"meetings":[', fr.meeting(first, 1), b",",
             fr.meeting(second, 2, cont), b'],"revisions":[],"templates":',
             fr.templates, b"}"]
    return fr.case_id, bundle_file.seal(b"".join(parts), FILE_PASS, FAST_KDF)


def with_kdf(data: bytes, **kdf: int) -> bytes:
    """The case file with its header's Argon2 parameters changed (the header is
    authenticated only after Argon2, so a hostile file can declare anything)."""
    start = len(bundle_file.MAGIC)
    size = int.from_bytes(data[start:start + 4], "big")
    header = json.loads(data[start + 4:start + 4 + size])
    header["wrapping"]["kdf"].update(kdf)
    raw = json.dumps(header, sort_keys=True).encode("utf-8")
    return bundle_file.MAGIC + len(raw).to_bytes(4, "big") + raw + data[start + 4 + size:]


@dataclass(frozen=True)
class ChildResult:
    """What the import in the child process did."""

    returncode: int
    outcome: dict[str, Any]
    stderr: str


CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    limit = int(sys.argv[4])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from samtaleduk.handover import case_file as bundle
    from samtaleduk.errors import UserError
    from samtaleduk.store.store import Store
    start = time.monotonic()
    out = {}
    try:
        with Store.open(Path(sys.argv[1]), sys.argv[2]) as store:
            try:
                result = bundle.import_case(store, Path(sys.argv[3]), sys.argv[5])
                out = {"imported": result.meetings}
            except UserError as exc:
                out = {"refused": str(exc), "type": type(exc).__name__}
    except MemoryError:
        out = {"memory_error": True}
    out["seconds"] = time.monotonic() - start
    out["peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(out))
""")


def import_in_child(store_dir: Path, store_pass: str, case_file: Path, *,
                    address_space: int = 1536 * 1024 * 1024,
                    timeout: float = 300.0) -> ChildResult:
    """Import `case_file` into the store in a child process limited to
    `address_space` bytes (RLIMIT_AS) and `timeout` seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(store_dir), store_pass, str(case_file),
         str(address_space), FILE_PASS],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env, check=False)
    lines = done.stdout.strip().splitlines()
    outcome = json.loads(lines[-1]) if lines else {}
    return ChildResult(done.returncode, outcome, done.stderr)


def peak_children_kib() -> int:
    """The largest resident set of any waited-for child so far (for reports)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
