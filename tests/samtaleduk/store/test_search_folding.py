"""Search finds what a person types in plain letters, names first, newest first and
bounded (issue 16); schema 5 brings an existing store's index along."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samtaleduk.domain.model import Case, Meeting, Note
from samtaleduk.store import db
from samtaleduk.store.folding import fold
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template
from tests.conftest import TEST_PASSPHRASE
from tests.fixtures import make_store_v1 as v1

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_fold_writes_letters_in_their_plain_spelling() -> None:
    assert fold("Ødegård") == "odegard"
    assert fold("Ŋuolja") == "nuolja"
    assert fold("Đuhtor Šiellá čáhppes Æsa žž") == "duhtor siella cahppes aesa zz"


def test_odegard_finds_odegard_and_nuolja_finds_nuolja(store: Store, family: Template) -> None:
    case = Case(name="Familien Ødegård", template_id="familie", members=["Ŋuolja Ánde"])
    store.save_case(case)
    assert {h.case_id for h in store.search("odegard")} == {case.id}
    assert {h.case_id for h in store.search("nuolja")} == {case.id}
    assert {h.case_id for h in store.search("ande")} == {case.id}
    # The written spelling still finds it, and a prefix of two letters too.
    assert {h.case_id for h in store.search("Ødegård")} == {case.id}
    assert {h.case_id for h in store.search("Øde")} == {case.id}
    assert store.matching_case_ids("odeg") == {case.id}


@pytest.fixture(scope="module")
def family() -> Template:
    return load_all().get("familie")


def _meeting_with_notes(store: Store, family: Template, case: Case, texts: list[str]) -> None:
    # One save per note: each note is then newer in the index than the one before.
    meeting = Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 5),
                      template_id=family.id, template_version=family.version)
    notes = family.fields_of_kind(FieldKind.NOTES)[0].id
    for text in texts:
        meeting.field(notes).notes.append(Note(text=text))
        store.save_meeting(meeting)


def test_names_come_first_then_the_newest_and_at_most_the_limit(
        store: Store, family: Template) -> None:
    named = Case(name="Lekse-familien", template_id="familie")
    store.save_case(named)
    other = Case(name="Familien Berg", template_id="familie")
    store.save_case(other)
    _meeting_with_notes(store, family, other, [f"Leksene dag {i}" for i in range(30)])
    hits = store.search("lekse", limit=10)
    assert len(hits) == 10
    assert hits[0].case_id == named.id and hits[0].kind == "case_name"
    notes = [h.snippet for h in hits[1:]]
    assert notes[0] == "Leksene dag 29"  # the newest first
    assert all(h.kind == "note" for h in hits[1:])


def test_schema_5_folds_the_index_of_a_schema_3_store(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    shutil.copytree(FIXTURES / "store_v3", folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) >= 5
        for plain in ("nuvvos", "duhtor siella", "aigecuolbma"):
            assert [h.case_id for h in store.search(plain)][:1] == [v1.CASE_ID], plain
        assert store.search("helgane")[0].meeting_id == v1.MEETING_ID
        rows = store.conn.execute("SELECT count(*) FROM search_fts").fetchone()[0]
        assert rows == store.conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
