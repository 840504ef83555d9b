"""Handover case files: a full round trip, refusals and conflict resolution, and
fuzzing: whatever the file holds, only the import's own error escapes and the store
is unchanged."""

from __future__ import annotations

import json
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samtaleduk.handover import case_file, container
from samtaleduk.handover.case_file import BundleConflict, BundleError
from samtaleduk.handover.container import MAGIC, BundlePassphraseWrong
from samtaleduk.store.store import Store
from samtaleduk.trust.keyfile import FAST_KDF
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import encodings, marked_case

FILE_PASS = "overlevering-2026 ŋ"
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _state(store: Store) -> list[Any]:
    """Everything in the store, to show an import changed nothing."""
    tables = ["cases", "meetings", "revisions", "templates", "search_rows", "audit",
              "settings"]
    return [store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> tuple[Store, uuid.UUID, Path]:
    case = marked_case(store, "Overleveringsmerke", meetings=2, edits=3)
    out = tmp_path / "sak.samtaleduk"
    case_file.export_case(store, case.id, out, FILE_PASS, kdf=FAST_KDF)
    return store, case.id, out


def _fresh(tmp_path: Path, name: str = "mottakar") -> Store:
    return Store.create(tmp_path / name, TEST_PASSPHRASE, FAST_KDF)


def test_round_trip_into_another_store(exported: tuple[Store, uuid.UUID, Path],
                                       tmp_path: Path) -> None:
    source, case_id, out = exported
    data = out.read_bytes()
    assert data.startswith(MAGIC)
    assert not any(n in data for n in encodings("Overleveringsmerke"))
    assert "case_exported" in [e.event for e in source.audit_events(case_id)]
    with _fresh(tmp_path) as target:
        result = case_file.import_case(target, out, FILE_PASS)
        assert result.case_id == case_id and result.meetings == 2 and result.revisions == 6
        assert target.get_case(case_id) == source.get_case(case_id)
        assert target.list_meetings(case_id) == source.list_meetings(case_id)
        for m in source.list_meetings(case_id):
            mine, theirs = source.revisions(m.id), target.revisions(m.id)
            assert [r.saved_at for r in mine] == [r.saved_at for r in theirs]
            assert [source.get_revision(r.id) for r in mine] == [
                target.get_revision(r.id) for r in theirs]
        assert target.search("overleveringsmerke")
        assert target.list_cases() == source.list_cases()
        assert "case_imported" in [e.event for e in target.audit_events(case_id)]


def test_existing_case_refused_copied_or_replaced(exported: tuple[Store, uuid.UUID, Path],
                                                  tmp_path: Path) -> None:
    source, case_id, out = exported
    with _fresh(tmp_path) as target:
        case_file.import_case(target, out, FILE_PASS)
        changed = target.get_case(case_id).model_copy(update={"name": "Endra lokalt"})
        target.save_case(changed)
        before = _state(target)
        with pytest.raises(BundleConflict, match="--as-copy.*--replace"):
            case_file.import_case(target, out, FILE_PASS)
        assert _state(target) == before
        copy = case_file.import_case(target, out, FILE_PASS, on_conflict="copy")
        assert copy.case_id != case_id
        assert target.get_case(copy.case_id).name == "Familien Overleveringsmerke (kopi)"
        assert {m.case_id for m in target.list_meetings(copy.case_id)} == {copy.case_id}
        assert not {m.id for m in target.list_meetings(copy.case_id)} & {
            m.id for m in target.list_meetings(case_id)}
        replaced = case_file.import_case(target, out, FILE_PASS, on_conflict="replace")
        assert replaced.replaced
        assert target.get_case(case_id) == source.get_case(case_id)
        assert len(target.list_cases()) == 2
        assert target.check_integrity()


def test_refusals_change_nothing(exported: tuple[Store, uuid.UUID, Path],
                                 tmp_path: Path) -> None:
    _source, _case_id, out = exported
    with _fresh(tmp_path) as target:
        marked_case(target, "Tilstades", meetings=1)
        before = _state(target)
        with pytest.raises(BundlePassphraseWrong):
            case_file.import_case(target, out, "feil passordfrase")
        newer = bytearray(out.read_bytes())
        header_end = len(MAGIC) + 4 + int.from_bytes(newer[len(MAGIC):len(MAGIC) + 4], "big")
        header = json.loads(newer[len(MAGIC) + 4:header_end])
        header["version"] = 99
        raw = json.dumps(header).encode()
        bad = tmp_path / "nyare.samtaleduk"
        bad.write_bytes(MAGIC + len(raw).to_bytes(4, "big") + raw + newer[header_end:])
        with pytest.raises(BundleError, match="nyare Samtaleduk"):
            case_file.import_case(target, bad, FILE_PASS)
        with pytest.raises(BundleError, match="Kunne ikkje lesa"):
            case_file.import_case(target, tmp_path / "finst-ikkje", FILE_PASS)
        assert _state(target) == before


def test_export_needs_a_real_passphrase(exported: tuple[Store, uuid.UUID, Path],
                                        tmp_path: Path) -> None:
    source, case_id, _out = exported
    with pytest.raises(Exception, match="minst 8 teikn"):
        case_file.export_case(source, case_id, tmp_path / "x", "kort", kdf=FAST_KDF)
    assert not (tmp_path / "x").exists()


# -- fuzzing -----------------------------------------------------------------------

def _import_bytes(store: Store, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = _state(store)
    with pytest.raises(BundleError):
        case_file.import_case(store, path, FILE_PASS)
    assert _state(store) == before


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes(store: Store, tmp_path: Path, data: bytes) -> None:
    _import_bytes(store, tmp_path / "fuzz", data)
    _import_bytes(store, tmp_path / "fuzz", MAGIC + data)


@FUZZ
@given(cut=st.floats(0, 1, exclude_max=True), flip=st.integers(0, 2**31), bit=st.integers(0, 7))
def test_truncated_and_flipped(exported: tuple[Store, uuid.UUID, Path], tmp_path: Path,
                               cut: float, flip: int, bit: int) -> None:
    source, _case_id, out = exported
    good = out.read_bytes()
    with _fresh(tmp_path, f"t{uuid.uuid4().hex}") as target:
        _import_bytes(target, tmp_path / "cut", good[: int(len(good) * cut)])
        flipped = bytearray(good)
        flipped[flip % len(good)] ^= 1 << bit
        _import_bytes(target, tmp_path / "flip", bytes(flipped))


def _seal(payload: Any) -> bytes:
    return container.seal(json.dumps(payload).encode(), FILE_PASS, FAST_KDF)


def _payload(out: Path) -> dict[str, Any]:
    return json.loads(container.unseal(out.read_bytes(), FILE_PASS))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=10,
)


@FUZZ
@given(key=st.sampled_from(["format", "version", "exported_at", "case", "meetings",
                            "revisions", "templates"]), value=JSON)
def test_wrong_types_anywhere_at_the_top(exported: tuple[Store, uuid.UUID, Path],
                                         tmp_path: Path, key: str, value: Any) -> None:
    store, _case_id, out = exported
    payload = _payload(out)
    if value == payload[key] or (key == "revisions" and value == []):
        return  # not a change
    payload[key] = value
    _import_bytes(store, tmp_path / "typed", _seal(payload))


@FUZZ
@given(kind=st.sampled_from(["dup_meeting", "foreign_meeting", "orphan_revision",
                             "missing_template", "dup_template", "version", "extra_key",
                             "huge_note", "bad_uuid"]))
def test_inconsistent_payloads(exported: tuple[Store, uuid.UUID, Path], tmp_path: Path,
                               kind: str) -> None:
    store, _case_id, out = exported
    p = _payload(out)
    if kind == "dup_meeting":
        p["meetings"].append(p["meetings"][0])
    elif kind == "foreign_meeting":
        p["meetings"][0]["case_id"] = str(uuid.uuid4())
    elif kind == "orphan_revision":
        p["revisions"][0]["data"]["id"] = str(uuid.uuid4())
    elif kind == "missing_template":
        p["templates"] = []
    elif kind == "dup_template":
        p["templates"].append(p["templates"][0])
    elif kind == "version":
        p["version"] = 2
    elif kind == "extra_key":
        p["case"]["hemmeleg"] = 1
    elif kind == "huge_note":
        p["meetings"][0]["fields"] = {"x": {"notes": [{"text": "x" * 60_000}]}}
    elif kind == "bad_uuid":
        p["case"]["id"] = "ikkje-ein-uuid"
    _import_bytes(store, tmp_path / "inconsistent", _seal(p))


@FUZZ
@given(plain=st.integers(0, 2**40), payload=st.integers(0, 2**40),
       memory=st.integers(0, 2**32))
def test_huge_declared_sizes(exported: tuple[Store, uuid.UUID, Path], tmp_path: Path,
                             plain: int, payload: int, memory: int) -> None:
    store, _case_id, out = exported
    good = out.read_bytes()
    end = len(MAGIC) + 4 + int.from_bytes(good[len(MAGIC):len(MAGIC) + 4], "big")
    header = json.loads(good[len(MAGIC) + 4:end])
    header["plain_bytes"], header["payload_bytes"] = plain, payload
    header["wrapping"]["kdf"]["memory_kib"] = memory
    raw = json.dumps(header).encode()
    _import_bytes(store, tmp_path / "huge", MAGIC + len(raw).to_bytes(4, "big") + raw + good[end:])


def test_decompression_bomb_refused(store: Store, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # A file that declares 2 bytes but inflates to 50 MB: inflating stops at the
    # declared size + 1, so the bomb never reaches memory.
    real = zlib.compress
    monkeypatch.setattr(zlib, "compress", lambda data, level=6: real(b" " * 50_000_000))
    sealed = container.seal(b"{}", FILE_PASS, FAST_KDF)
    monkeypatch.setattr(zlib, "compress", real)
    assert len(sealed) < 1_000_000
    _import_bytes(store, tmp_path / "bomb", sealed)
    with pytest.raises(BundleError, match="feil storleik"):
        container.unseal(sealed, FILE_PASS)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(["case", "meetings", "revisions", "templates"]), value=JSON,
       cut=st.floats(0, 1, exclude_max=True))
def test_slow_fuzz(exported: tuple[Store, uuid.UUID, Path], tmp_path: Path, key: str,
                   value: Any, cut: float) -> None:
    store, _case_id, out = exported
    payload = _payload(out)
    if value != payload[key] and not (key == "revisions" and value == []):
        payload[key] = value
        _import_bytes(store, tmp_path / "typed", _seal(payload))
    good = out.read_bytes()
    _import_bytes(store, tmp_path / "cut", good[: int(len(good) * cut)])


def test_a_newer_programs_case_file_is_refused_by_its_version(
        exported: tuple[Store, uuid.UUID, Path], tmp_path: Path) -> None:
    """The payload holds the stored models: a newer program's (one more field in a
    meeting, and a newer payload version) is refused for what it is, calmly."""
    store, _case_id, out = exported
    p = _payload(out)
    p["version"] = case_file.PAYLOAD_VERSION + 1
    p["meetings"][0]["colour"] = "blå"
    path = tmp_path / "nyare.samtaleduk"
    path.write_bytes(_seal(p))
    before = _state(store)
    with pytest.raises(BundleError, match="nyare Samtaleduk") as info:
        case_file.import_case(store, path, FILE_PASS)
    assert "Ingenting er importert" in str(info.value) and "blå" not in str(info.value)
    assert _state(store) == before


def test_the_case_files_models_have_the_shape_recorded_for_their_version() -> None:
    """Like the store's (`store.schema.STORED_JSON`): a change to the models a case
    file holds needs a new payload version, which older programs refuse calmly."""
    from samtaleduk.store import stored_json

    assert stored_json.fingerprint((case_file.Payload,)) == case_file.PAYLOAD_SHAPES[
        case_file.PAYLOAD_VERSION], (
        "The models a case file holds changed: bump PAYLOAD_VERSION (keep reading the "
        "old one) and record the new fingerprint in PAYLOAD_SHAPES")
