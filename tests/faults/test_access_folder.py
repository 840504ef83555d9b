"""Issue 13, point 12: `samtaleduk access` wrote into a folder that was already in
use, so two families' files ended up side by side, and two meetings with the same
number overwrote each other's PDF. Now the folder must be new or empty, and every
file name is unique."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.domain.model import Meeting
from samtaleduk.errors import UserError
from samtaleduk.handover import access
from samtaleduk.store.store import FAST_KDF, Store
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import family, marked_case


@pytest.fixture
def two_families(_isolated_data_dir: Path,
                 monkeypatch: pytest.MonkeyPatch) -> tuple[uuid.UUID, uuid.UUID]:
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        first = marked_case(store, "Fyrstefamilie", meetings=2, edits=1)
        second = marked_case(store, "Andrefamilie", meetings=1, edits=1)
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    return first.id, second.id


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_second_family_is_not_written_into_the_first_ones_folder(
        two_families: tuple[uuid.UUID, uuid.UUID], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    first, second = two_families
    folder = tmp_path / "innsyn"
    assert _run(capsys, "access", str(first), "--out", str(folder))[0] == 0
    before = _files(folder)
    code, out, err = _run(capsys, "access", str(second), "--out", str(folder))
    assert code == 1 and "Traceback" not in err
    assert "ikkje tom" in err and "Ingenting er skrive" in err and "ny mappe" in err
    assert _files(folder) == before  # nothing added, nothing overwritten
    code, _, _ = _run(capsys, "access", str(first), "--out", str(folder))
    assert code == 1 and _files(folder) == before  # not even the same family again


def test_an_empty_folder_or_a_new_one_is_fine(two_families: tuple[uuid.UUID, uuid.UUID],
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    first, _ = two_families
    empty = tmp_path / "tom"
    empty.mkdir()
    assert _run(capsys, "access", str(first), "--out", str(empty), "--no-pdf")[0] == 0
    assert list(_files(empty)) == ["innsyn.json"]
    nested = tmp_path / "ny" / "innsyn"
    assert _run(capsys, "access", str(first), "--out", str(nested), "--no-pdf")[0] == 0
    assert list(_files(nested)) == ["innsyn.json"]


def test_a_file_in_the_way_is_refused(two_families: tuple[uuid.UUID, uuid.UUID],
                                      tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    first, _ = two_families
    blocker = tmp_path / "innsyn"
    blocker.write_bytes(b"anna")
    code, _, err = _run(capsys, "access", str(first), "--out", str(blocker), "--no-pdf")
    assert code == 1 and "Traceback" not in err and blocker.read_bytes() == b"anna"


def test_two_meetings_with_one_number_get_two_files(store: Store, tmp_path: Path) -> None:
    case = marked_case(store, "Dobbelnummer", meetings=2, edits=1)
    t = family()
    again = Meeting(case_id=case.id, number=2, date=dt.date(2026, 3, 1),
                    template_id=t.id, template_version=t.version)
    store.save_meeting(again, t)
    made = access.access_export(store, case.id, tmp_path / "innsyn")
    names = sorted(p.name for p in made.files)
    assert names == ["forlop.pdf", "innsyn.json", "mote-01.pdf", "mote-02-2.pdf",
                     "mote-02.pdf"]
    assert len({p.read_bytes() for p in made.files}) == 5
    assert sorted(p.name for p in (tmp_path / "innsyn").iterdir()) == names


def test_the_engine_refuses_too(store: Store, tmp_path: Path) -> None:
    case = marked_case(store, "Motor", meetings=1, edits=1)
    folder = tmp_path / "i-bruk"
    folder.mkdir()
    (folder / "anna-familie.pdf").write_bytes(b"%PDF")
    with pytest.raises(UserError, match="ikkje tom"):
        access.access_export(store, case.id, folder, pdf=False)
    assert [p.name for p in folder.iterdir()] == ["anna-familie.pdf"]
    assert "access_exported" not in [e.event for e in store.audit_events(case.id)]
