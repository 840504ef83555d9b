"""Issue 13, point 11: a case file's `continued_from` may point only at a meeting
in the same file. Before, a hostile or broken file could name another family's
meeting, which the program then opened by its id (the review of last time)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from samtaleduk.domain.model import Meeting
from samtaleduk.handover import case_file
from samtaleduk.handover.limits import BundleError
from samtaleduk.store.store import Store
from tests.faults import hostile_corpus as hc
from tests.faults.test_hostile_files import state
from tests.samtaleduk.trust.trust_support import family, marked_case


@pytest.mark.parametrize("on_conflict", [None, "copy"])
def test_a_reference_to_another_familys_meeting_is_refused(
        on_conflict: case_file.OnConflict, store: Store, tmp_path: Path) -> None:
    other = marked_case(store, "Annanfamilie", meetings=1, edits=1)
    (foreign,) = store.list_meetings(other.id)
    case_id, data = hc.crossref_file(foreign.id)
    path = tmp_path / "kryss.samtaleduk"
    path.write_bytes(data)
    before = state(store)
    with pytest.raises(BundleError) as caught:
        case_file.import_case(store, path, hc.FILE_PASS, on_conflict=on_conflict)
    message = str(caught.value)
    assert "held fram eit møte som ikkje er i saksfila" in message
    assert "Ingenting er importert" in message and str(foreign.id) not in message
    assert state(store) == before
    assert case_id not in [c.id for c in store.list_cases()]


def test_a_reference_to_a_meeting_nowhere_is_refused(store: Store, tmp_path: Path) -> None:
    _, data = hc.crossref_file(uuid.uuid4())
    path = tmp_path / "kryss.samtaleduk"
    path.write_bytes(data)
    with pytest.raises(BundleError, match="held fram"):
        case_file.import_case(store, path, hc.FILE_PASS)


def test_a_chain_inside_the_file_still_imports_and_copies(store: Store,
                                                          tmp_path: Path) -> None:
    fr = hc.frame()
    first, second = uuid.uuid4(), uuid.uuid4()
    cont = b',"continued_from":"' + str(first).encode() + b'"'
    data = hc.seal_stream([fr.head, b',"meetings":[', fr.meeting(first, 1), b",",
                           fr.meeting(second, 2, cont), b'],"revisions":[],"templates":',
                           fr.templates, b"}"])
    path = tmp_path / "kjede.samtaleduk"
    path.write_bytes(data)
    assert case_file.import_case(store, path, hc.FILE_PASS).meetings == 2
    copy = case_file.import_case(store, path, hc.FILE_PASS, on_conflict="copy")
    one, two = store.list_meetings(copy.case_id)
    assert two.continued_from == one.id != first
    assert store.previous_meeting(two) == one


def test_the_store_never_follows_a_reference_out_of_the_case(store: Store) -> None:
    # A store that took in such a file before the check: the link is not followed.
    other = marked_case(store, "Framand", meetings=1, edits=1)
    (foreign,) = store.list_meetings(other.id)
    case = marked_case(store, "Eiga", meetings=1, edits=1)
    t = family()
    odd = Meeting(case_id=case.id, number=2, date=dt.date(2026, 2, 1), template_id=t.id,
                  template_version=t.version, continued_from=foreign.id)
    store.save_meeting(odd, t)
    assert store.previous_meeting(odd) is None
    (first,) = [m for m in store.list_meetings(case.id) if m.number == 1]
    assert store.previous_meeting(first) is None  # a blank start
