"""A search hit's snippet: a short text whole, a long one cut to 16 words, exactly as
FTS5's snippet of the text as written makes it (the short ones are taken without it)."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain.model import Case, Meeting, Note
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template

TEXTS = [
    "Leksene går godt.",  # short: whole
    " «Leksene» – heile 32 teikn!!  .",  # 32 characters with separators at both ends
    "a b c d e f g h i j k l m n o leksene",  # 16 words in 37 characters: whole
    "a b c d e f g h i j k l m n o p leksene",  # 17 words in 39 characters: cut
    " ".join(["ord"] * 20) + " leksene " + " ".join(["meir"] * 20),  # long: cut
]


@pytest.fixture(scope="module")
def family() -> Template:
    return load_all().get("familie")


def test_snippets_are_fts5_snippets_for_short_and_long_texts(store: Store,
                                                              family: Template) -> None:
    case = Case(name="Familien Berg", template_id=family.id)
    store.save_case(case)
    meeting = Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 5),
                      template_id=family.id, template_version=family.version)
    notes = meeting.field(family.fields_of_kind(FieldKind.NOTES)[0].id).notes
    notes.extend(Note(text=t) for t in TEXTS)
    store.save_meeting(meeting)
    hits = store.search("leksene")
    expected = {row[0]: row[1] for row in store.conn.execute(
        "SELECT f.text, snippet(search_fts, 0, '', '', '…', 16) FROM search_fts f "
        "WHERE search_fts MATCH '{folded} : \"leksene\"*'")}
    assert sorted(h.snippet for h in hits) == sorted(expected.values())
    assert {h.snippet for h in hits} >= {TEXTS[0], TEXTS[1], TEXTS[2]}
    cut = [h.snippet for h in hits if h.snippet not in TEXTS]
    assert len(cut) == 2 and all(c.endswith("…") and len(c.split()) == 16 for c in cut)
    assert all(h.item_id in {n.id for n in notes} and h.case_id == case.id for h in hits)
