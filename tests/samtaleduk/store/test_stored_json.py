"""The JSON the store keeps has a version: the models' shape is recorded for the
schema version, so a model change cannot slip in without a new one; and data this
program cannot read is refused by version, or with a calm message, never with a
pydantic traceback."""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, create_model

from samtaleduk.domain.model import Case, Meeting, Note
from samtaleduk.store import stored_json
from samtaleduk.store.errors import StoreTooNew, UnreadableRecord
from samtaleduk.store.schema import SCHEMA_VERSION, STORED_JSON
from samtaleduk.store.store import Store, store_file
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind
from tests.conftest import TEST_PASSPHRASE

SHAPES = Path(__file__).resolve().parents[2] / "fixtures" / "stored_json"
SECRET = "Emil sa noko hemmeleg"


def _changed_paths(old: Any, new: Any, at: str = "") -> list[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in sorted(set(old) | set(new)):
            out += _changed_paths(old.get(key), new.get(key), f"{at}/{key}")
        return out
    return [] if old == new else [at or "/"]


def test_the_stored_models_have_the_shape_recorded_for_this_schema_version() -> None:
    recorded = json.loads((SHAPES / f"v{SCHEMA_VERSION}.json").read_text(encoding="utf-8"))
    now = stored_json.shape()
    changed = _changed_paths(recorded, now)[:12]
    assert stored_json.digest(now) == STORED_JSON[SCHEMA_VERSION], (
        "The models the store keeps as JSON changed, and an older Samtaleduk would fail "
        "on the first meeting it reads. Add a schema version (samtaleduk/store/schema.py: "
        "a migration, a STORED_JSON line, tests/fixtures/make_stored_json.py and the "
        f"fixture store). Changed: {changed}"
    )


def test_every_schema_version_from_3_has_its_recorded_shape() -> None:
    assert sorted(STORED_JSON) == list(range(3, SCHEMA_VERSION + 1))
    assert sorted(p.name for p in SHAPES.glob("v*.json")) == sorted(
        f"v{v}.json" for v in STORED_JSON)
    for version, recorded in STORED_JSON.items():
        shape = json.loads((SHAPES / f"v{version}.json").read_text(encoding="utf-8"))
        assert stored_json.digest(shape) == recorded, version


class _Before(BaseModel):
    """A stored model."""

    model_config = ConfigDict(extra="forbid")
    text: str = ""
    description: str = ""


class _NewField(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = ""
    description: str = ""
    draft: str = ""


class _LongerLimit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = ""
    description: str = ""
    note: Note | None = None


class _OtherWords(BaseModel):
    """Another docstring, same shape."""

    model_config = ConfigDict(extra="forbid")
    text: str = ""
    description: str = ""


class _NoDescription(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = ""


def test_the_fingerprint_follows_the_shape_and_not_the_words() -> None:
    before = stored_json.digest({"m": stored_json.shape((_Before,))["_Before/validation"]})
    same = stored_json.digest({"m": stored_json.shape((_OtherWords,))["_OtherWords/validation"]})
    assert before == same  # a docstring and a class name are not the shape
    for changed in (_NewField, _LongerLimit, _NoDescription):
        key = f"{changed.__name__}/validation"
        assert stored_json.digest({"m": stored_json.shape((changed,))[key]}) != before, changed


def test_sub_models_are_written_out_in_place() -> None:
    meeting = stored_json.shape()["Meeting/validation"]
    assert "$defs" not in json.dumps(meeting) and "$ref" not in json.dumps(meeting)
    note = meeting["properties"]["fields"]["additionalProperties"]["properties"]["notes"]
    assert "said_by_name" in note["items"]["properties"]


# -- what an older program meets ------------------------------------------------------------


def _store_with_a_meeting(store: Store) -> tuple[Case, Meeting]:
    family = load_all().get("familie")
    case = Case(name="Familien Test", template_id=family.id)
    store.save_case(case)
    meeting = Meeting(case_id=case.id, number=1, date=dt.date(2026, 3, 2),
                      template_id=family.id, template_version=family.version)
    meeting.field(family.fields[0].id).notes.append(Note(text=SECRET))
    store.save_meeting(meeting, family)
    return case, meeting


def _add_a_key_from_a_newer_program(store: Store, table: str) -> None:
    # What a newer Samtaleduk with one more field would write (every save writes
    # every field), planted as that program would have saved it.
    # (A meeting's current revision keeps no copy: NULL, the meeting row's JSON.)
    for rowid, data in store.conn.execute(
            f"SELECT rowid, data FROM {table} WHERE data IS NOT NULL").fetchall():
        value = json.loads(data)
        value["colour"] = "blå"
        store.conn.execute(f"UPDATE {table} SET data = ? WHERE rowid = ?",
                           (json.dumps(value, ensure_ascii=False), rowid))


def test_a_newer_programs_store_is_refused_by_its_version_and_left_untouched(
    store: Store, _isolated_data_dir: Path
) -> None:
    _store_with_a_meeting(store)
    for table in ("cases", "meetings", "revisions", "templates"):
        _add_a_key_from_a_newer_program(store, table)
    store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.close()
    before = store_file(_isolated_data_dir).read_bytes()
    with pytest.raises(StoreTooNew, match="nyare Samtaleduk") as info:
        Store.open(_isolated_data_dir, TEST_PASSPHRASE)
    assert "Oppdater Samtaleduk" in str(info.value)
    assert store_file(_isolated_data_dir).read_bytes() == before


@pytest.mark.parametrize("table", ["cases", "meetings", "revisions", "templates"])
def test_a_record_this_program_cannot_read_is_refused_calmly(store: Store, table: str) -> None:
    case, meeting = _store_with_a_meeting(store)
    if table == "revisions":  # an earlier revision: the current one is the meeting row
        meeting.fields[next(iter(meeting.fields))].text = "endra"
        store.save_meeting(meeting)
    _add_a_key_from_a_newer_program(store, table)
    reads = {
        "cases": [lambda: store.get_case(case.id), lambda: store.find_case(str(case.id)[:8])],
        "meetings": [lambda: store.get_meeting(meeting.id),
                     lambda: store.list_meetings(case.id)],
        "revisions": [lambda: store.get_revision(store.revisions(meeting.id)[0].id)],
        "templates": [lambda: store.template_snapshot(meeting.template_id,
                                                      meeting.template_version),
                      lambda: store.latest_snapshot(meeting.template_id)],
    }[table]
    for read in reads:
        with pytest.raises(UnreadableRecord) as info:
            read()
        message = str(info.value)
        assert "Ingenting er endra" in message and "Oppdater Samtaleduk" in message
        # Neither pydantic's text nor anything written in the case.
        for leaked in ("validation error", "colour", "blå", SECRET, "Familien"):
            assert leaked not in message
        assert info.value.__cause__ is None and info.value.__suppress_context__


def test_a_new_field_kind_is_not_a_new_schema_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Field kinds come with the duk format (`stored_json.OPEN_ENUMS`): one more kind
    leaves the fingerprint alone; any other enum's new value changes it."""
    fewer = StrEnum("Kinds", {"TEXT": "text", "NOTES": "notes"})
    more = StrEnum("Kinds", {"TEXT": "text", "NOTES": "notes", "SIGNOFF": "signoff"})

    def digest_of(kinds: type[StrEnum]) -> str:
        model = create_model("Field", __config__=ConfigDict(extra="forbid"), kind=(kinds, ...))
        return stored_json.digest({"m": stored_json.shape((model,))["Field/validation"]})

    assert digest_of(fewer) != digest_of(more)
    monkeypatch.setattr(stored_json, "OPEN_ENUMS", (fewer, more))
    assert digest_of(fewer) == digest_of(more)


def test_field_kinds_are_the_one_open_enum() -> None:
    assert stored_json.OPEN_ENUMS == (FieldKind,)
    assert "<values of FieldKind>" in json.dumps(stored_json.shape()["Template/validation"])
