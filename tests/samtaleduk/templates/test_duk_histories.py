"""The corpus of duk histories (tests/samtaleduk/templates/duk_histories.py), each checked
through carry-forward, print and compare: whatever happens to the user's `familie`
file after a case was written on v2, the next meeting keeps every note of the last
one, prints every note with its life domain's label, and the comparison loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.evaluation import carry_forward, compare_meetings
from samtaleduk.printing.content import field_items
from samtaleduk.store.store import Store
from samtaleduk.templates.continuation import continuation, left_behind
from samtaleduk.templates.identity import content_hash, meeting_template
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import Template
from tests.samtaleduk.templates import duk_histories as h


def _notes(meeting: Meeting) -> dict[str, str]:
    return {str(n.id): n.text for c in meeting.fields.values() for n in c.notes}


def _printed(meeting: Meeting, template: Template) -> str:
    """Everything the duk print puts in the fields (texts and their tags)."""
    parts: list[str] = []
    for f in template.fields:
        for item in field_items(meeting, template, f, "nn", 9.0):
            parts += [item.text, item.after, item.before]
    return "\n".join(parts)


def _written_on_v2(store: Store) -> tuple[Case, Meeting]:
    case = h.family_case()
    store.save_case(case)
    first = h.filled_meeting(case, h.v2())
    store.save_meeting(first, h.v2())
    return case, first


@pytest.mark.parametrize("history", h.histories(), ids=lambda x: x.name)
def test_a_case_on_v2_survives_every_later_state_of_the_file(
        history: h.History, store: Store, tmp_path: Path) -> None:
    case, first = _written_on_v2(store)
    templates = load_all(history.write(tmp_path / "duker"))
    start = continuation(store, templates, case, first)
    # Carry-forward: the same duk as the last meeting (v2 as stored), every note along.
    assert content_hash(start.template) == content_hash(h.v2())
    if history.name != "v2 installed":
        assert start.note, "a continuation that is not the plain file says why"
    second = carry_forward(first, start.template, number=2, date=first.date)
    assert _notes(second) == _notes(first)
    assert left_behind(first, h.v2(), start.template).is_empty()
    store.save_meeting(second, start.template)
    # Print: both meetings on the stored v2; the v2-only domain by its label.
    for m in (first, second):
        shown = meeting_template(store, templates, m.template_id, m.template_version)
        assert shown is not None and content_hash(shown) == content_hash(h.v2())
        printed = _printed(m, shown)
        assert all(text in printed for text in _notes(m).values())
        assert "Nettverk" in printed
    # Compare: nothing reported as gone.
    comparison = compare_meetings(first, second, h.v2(), start.template)
    assert not any(d.change in ("removed", "field_removed") for d in comparison.notes)


def test_v1_to_v2_renames_carry_and_removals_are_named(store: Store, tmp_path: Path) -> None:
    case = h.family_case()
    store.save_case(case)
    first = h.filled_meeting(case, h.v1())
    store.save_meeting(first, h.v1())
    templates = load_all(h.History("v2", {"familie.toml": h.v2_text()}).write(tmp_path / "d"))
    start = continuation(store, templates, case, first)
    assert start.source == "newer" and start.template.version == h.V2 and start.note
    gone = left_behind(first, h.v1(), start.template)
    assert gone.fields == (h.REMOVED,)
    second = carry_forward(first, start.template, number=2, date=first.date)
    assert second.fields[h.RENAMED_TO].notes == first.fields[h.RENAMED_FROM].notes
    removed = {str(n.id) for n in first.fields[h.REMOVED].notes}
    assert set(_notes(second)) == set(_notes(first)) - removed
    comparison = compare_meetings(first, second, h.v1(), start.template)
    gone = {str(d.id) for d in comparison.notes if d.change == "field_removed"}
    assert gone == removed


def test_an_imported_snapshot_is_used_only_by_the_imported_case(
        store: Store, tmp_path: Path) -> None:
    from samtaleduk.handover import case_file
    from samtaleduk.trust.keyfile import FAST_KDF
    from tests.conftest import TEST_PASSPHRASE

    own_case, own_first = _written_on_v2(store)
    with Store.create(tmp_path / "other", TEST_PASSPHRASE, FAST_KDF) as other:
        theirs = h.family_case()
        other.save_case(theirs)
        other.save_meeting(h.filled_meeting(theirs, h.imported_v2()), h.imported_v2())
        case_file.export_case(other, theirs.id, tmp_path / "f", "filpassord", kdf=FAST_KDF)
    imported = case_file.import_case(store, tmp_path / "f", "filpassord")
    templates = load_all(tmp_path / "no-user-duker")
    (their_first,) = store.list_meetings(imported.case_id)
    their_start = continuation(store, templates, store.get_case(imported.case_id), their_first)
    own_start = continuation(store, templates, own_case, own_first)
    assert content_hash(own_start.template) == content_hash(h.v2())
    assert their_start.template.id == their_first.template_id != "familie"
    assert their_start.note and "saksfil" in their_start.note
    assert their_start.template.field("fungerer").label.nn == "Dette går bra hjå oss"


@pytest.mark.skipif(not h.domain_renames_supported(),
                    reason="life-domain former_ids (issue 14 defect 6) not merged yet")
def test_v2_to_v3_a_renamed_life_domain_keeps_its_notes_tagged(
        store: Store, tmp_path: Path) -> None:
    case, first = _written_on_v2(store)
    history = h.History("v3", {"familie.toml": h.v3_domain_renamed_text()})
    templates = load_all(history.write(tmp_path / "d"))
    start = continuation(store, templates, case, first)
    assert start.source == "newer" and start.template.version == h.V3
    assert left_behind(first, h.v2(), start.template).is_empty()
    second = carry_forward(first, start.template, number=2, date=first.date)
    assert _notes(second) == _notes(first)
    printed = _printed(second, start.template)
    assert "Sosialt nettverk" in printed
    comparison = compare_meetings(first, second, h.v2(), start.template)
    assert not any(d.change in ("removed", "field_removed") for d in comparison.notes)
