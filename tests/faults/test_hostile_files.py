"""Issue 13, point 10: hostile case files are refused early, in bounded time and
memory, with a clear Norwegian message, and the store is left as it was.

The four sizes of the report are imported in a child process under an
address-space limit (RLIMIT_AS) and a generous timeout: before the limits, the
4-million-note file took 61 s and 5 GB here (95 s in the report), the 44-million-note
one aborted the process, and 10,000 meetings × 200,000 revisions took 473 s. The
other limits (meetings, revisions, fields, items, Argon2 cost) and the export side
are checked in-process on small files.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from samtaleduk.handover import case_file as bundle
from samtaleduk.handover import limits as bundle_limits
from samtaleduk.handover.limits import BundleError, CaseFileTooBig
from samtaleduk.store.store import Store
from samtaleduk.trust.keyfile import FAST_KDF, KdfParams
from tests.conftest import TEST_PASSPHRASE
from tests.faults import hostile_corpus as hc
from tests.samtaleduk.trust.trust_support import marked_case

CHILD_ADDRESS_SPACE = 1536 * 1024 * 1024
"""A refusal needs the interpreter, pydantic and SQLCipher; the 2.6-million-note file
needed 3 GB before the limits."""
CHILD_TIMEOUT = 120.0
"""Generous: a refusal takes about a second; the 4-million-note import took 61 s."""


def state(store: Store) -> list[Any]:
    """Everything in the store, to show a refused import changed nothing (the search
    index brought up to date first: it follows the saves, `store.search_stale`)."""
    store.refresh_search()
    tables = ["cases", "meetings", "revisions", "templates", "search_rows", "audit"]
    return [store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]


def _refused_plainly(message: str) -> None:
    assert "Ingenting er importert" in message and "lageret er uendra" in message
    assert "Traceback" not in message


@pytest.fixture
def holder(tmp_path: Path) -> tuple[Path, list[Any]]:
    """A store with one real case in it (closed, for the child), and its state."""
    folder = tmp_path / "lager"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        marked_case(store, "Eigarmerke", meetings=2, edits=2)
        before = state(store)
    return folder, before


SIZES: dict[str, Callable[[], bytes]] = {
    "4 M empty notes (≈ 110 KB)": lambda: hc.empty_notes_file(4_000_000),
    "44 M empty notes (≈ 1.1 MB)": lambda: hc.empty_notes_file(44_000_000),
    "10,000 meetings × 200,000 revisions": lambda: hc.revisions_file(10_000, 200_000),
    "2.6 M empty notes under the size limit": lambda: hc.empty_notes_file(2_600_000),
}


@pytest.mark.parametrize("size", list(SIZES))
def test_hostile_sizes_are_refused_in_bounded_time_and_memory(
        size: str, holder: tuple[Path, list[Any]], tmp_path: Path) -> None:
    folder, before = holder
    case_file = tmp_path / "fiendtleg.samtaleduk"
    case_file.write_bytes(SIZES[size]())
    result = hc.import_in_child(folder, TEST_PASSPHRASE, case_file,
                                address_space=CHILD_ADDRESS_SPACE, timeout=CHILD_TIMEOUT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "refused" in result.outcome, result.outcome
    assert result.outcome["type"] == "CaseFileTooBig"
    _refused_plainly(result.outcome["refused"])
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert state(store)[:-1] == before[:-1]  # the audit gains only the opening


def _import(store: Store, tmp_path: Path, data: bytes) -> BundleError:
    path = tmp_path / "fil.samtaleduk"
    path.write_bytes(data)
    before = state(store)
    with pytest.raises(BundleError) as caught:
        bundle.import_case(store, path, hc.FILE_PASS)
    assert state(store) == before
    return caught.value


COUNTS: dict[str, tuple[Callable[[], bytes], str]] = {
    "1,001 meetings": (lambda: hc.revisions_file(1_001, 0), "over 1000 møte"),
    "150,001 revisions": (lambda: hc.revisions_file(1, 150_001), "revisjonar"),
    "101 fields in a meeting": (lambda: hc.empty_notes_file(101 * 2_000), "felt"),
    "20,001 notes in a meeting": (lambda: hc.empty_notes_file(20_001), "eit møte har over"),
}


@pytest.mark.parametrize("what", list(COUNTS))
def test_counts_over_the_limits_are_refused(what: str, store: Store, tmp_path: Path) -> None:
    make, words = COUNTS[what]
    error = _import(store, tmp_path, make())
    assert isinstance(error, CaseFileTooBig) and words in str(error)
    _refused_plainly(str(error))


def test_items_over_the_limit_for_the_file_are_refused(store: Store, tmp_path: Path) -> None:
    fr = hc.frame()
    notes = b'"f":{"notes":[' + b",".join([b'{"text":""}'] * 2_000) + b"]}"
    fields = b',"fields":{' + b",".join(notes.replace(b'"f"', f'"f{i}"'.encode())
                                          for i in range(10)) + b"}"
    meetings = b",".join(fr.meeting(uuid.uuid4(), n + 1, fields) for n in range(16))
    data = hc.seal_stream([fr.head, b',"meetings":[', meetings,
                           b'],"revisions":[],"templates":', fr.templates, b"}"])
    error = _import(store, tmp_path, data)
    assert isinstance(error, CaseFileTooBig) and "i alt" in str(error)


@pytest.mark.parametrize("kdf", [
    {"memory_kib": 1024 * 1024, "time_cost": 20, "parallelism": 1},
    {"memory_kib": 4 * 1024 * 1024, "time_cost": 1, "parallelism": 1},
    {"memory_kib": 8, "time_cost": 1_000_000, "parallelism": 1},
    {"memory_kib": 512 * 1024, "time_cost": 10, "parallelism": 1},
    {"memory_kib": 64 * 1024, "time_cost": 1, "parallelism": 255},
])
def test_an_expensive_key_derivation_is_refused_before_it_runs(
        kdf: dict[str, int], holder: tuple[Path, list[Any]], tmp_path: Path) -> None:
    folder, before = holder
    _, small = hc.crossref_file(uuid.uuid4())
    case_file = tmp_path / "dyr.samtaleduk"
    case_file.write_bytes(hc.with_kdf(small, **kdf))
    result = hc.import_in_child(folder, TEST_PASSPHRASE, case_file,
                                address_space=CHILD_ADDRESS_SPACE, timeout=CHILD_TIMEOUT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "nøkkelutleiing" in result.outcome.get("refused", ""), result.outcome
    _refused_plainly(result.outcome["refused"])


def test_the_header_size_is_refused_before_the_key_derivation(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = hc.empty_notes_file(4_000_000)

    def no_argon(*_: object, **__: object) -> bytes:
        raise AssertionError("Argon2 ran for a file the header already shows too big")

    monkeypatch.setattr("samtaleduk.trust.keyfile.unwrap_passphrase_wrapping", no_argon)
    error = _import(store, tmp_path, data)
    assert isinstance(error, CaseFileTooBig) and "32 MiB" in str(error)


def test_export_refuses_what_import_would_refuse(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = marked_case(store, "Storsak", meetings=3, edits=4)
    out = tmp_path / "sak.samtaleduk"
    monkeypatch.setattr(bundle_limits, "MAX_REVISIONS", 10)
    with pytest.raises(CaseFileTooBig, match="utan han"):
        bundle.export_case(store, case.id, out, hc.FILE_PASS, kdf=FAST_KDF)
    assert not out.exists()
    bundle.export_case(store, case.id, out, hc.FILE_PASS, kdf=FAST_KDF, revisions=False)
    assert bundle.read_case_file(out, hc.FILE_PASS).revisions == []
    monkeypatch.setattr(bundle_limits, "MAX_PLAIN_BYTES", 2_000)
    out.unlink()
    with pytest.raises(CaseFileTooBig):
        bundle.export_case(store, case.id, out, hc.FILE_PASS, kdf=FAST_KDF, revisions=False)
    assert not out.exists()


def test_export_refuses_a_key_derivation_import_would_refuse(
        store: Store, tmp_path: Path) -> None:
    case = marked_case(store, "Dyrsak", meetings=1, edits=1)
    out = tmp_path / "sak.samtaleduk"
    with pytest.raises(BundleError, match="Nøkkelutleiinga .* Ingenting er skrive"):
        bundle.export_case(store, case.id, out, hc.FILE_PASS,
                           kdf=KdfParams(time_cost=11, memory_kib=8, parallelism=1))
    assert not out.exists()


def test_a_case_at_the_limits_still_travels(store: Store, tmp_path: Path) -> None:
    # What the exporter writes for a large, real-shaped case is under every limit.
    case = marked_case(store, "Vanleg", meetings=12, edits=10)
    out = tmp_path / "sak.samtaleduk"
    bundle.export_case(store, case.id, out, hc.FILE_PASS, kdf=FAST_KDF)
    with Store.create(tmp_path / "mottakar", TEST_PASSPHRASE, FAST_KDF) as target:
        assert bundle.import_case(target, out, hc.FILE_PASS).meetings == 12
