"""Issue 14 from the command line: a user duk edited, broken or gone after cases
use it never silently moves a case (defects 2, 3, 8)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from samtaleduk.cli import main
from samtaleduk.paths import user_duker_dir
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.identity import content_hash
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.templates import duk_histories as h


@pytest.fixture
def ready(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF).close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    return _isolated_data_dir


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _user_file(data: Path, text: str, name: str = "familie.toml") -> Path:
    folder = user_duker_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def _case_with_v2_meeting(data: Path, capsys: pytest.CaptureFixture[str]) -> uuid.UUID:
    """A case on the user's familie v2 with a filled first meeting."""
    _user_file(data, h.v2_text())
    code, out, err = _run(capsys, "case", "new", "--name", "Familien Test", "--duk", "familie")
    assert code == 0, err
    case_id = uuid.UUID(out.strip())
    with Store.open(data, TEST_PASSPHRASE) as store:
        case = store.get_case(case_id)
        store.save_meeting(h.filled_meeting(case, h.v2()), h.v2())
    return case_id


def _meetings(data: Path, case_id: uuid.UUID) -> list[Any]:
    with Store.open(data, TEST_PASSPHRASE) as store:
        return store.list_meetings(case_id)


def test_meeting_new_with_broken_v2_continues_on_the_stored_v2_and_says_so(
        ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Defect 2: it fell back to the built-in v1 with exit 0 and no word."""
    case_id = _case_with_v2_meeting(ready, capsys)
    _user_file(ready, h.v2_broken_text())
    code, _out, err = _run(capsys, "meeting", "new", str(case_id))
    assert code == 0, err
    first, second = _meetings(ready, case_id)
    assert (second.template_id, second.template_version) == ("familie", h.V2)
    assert second.fields[h.RENAMED_TO].notes == first.fields[h.RENAMED_TO].notes
    assert [n.domain for n in second.fields["fungerer"].notes] == [h.NEW_DOMAIN]
    assert "familie.toml" in err and "lageret" in err and "notat" in err
    # The print of the new meeting: the v2-only domain by its label, never the raw id.
    from pypdf import PdfReader

    out = ready / "duk.pdf"
    code, _out, err = _run(capsys, "print", str(case_id), "--out", str(out))
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Nettverk" in text and "notat i utfordringar" in text


def test_meeting_new_with_the_file_gone_continues_on_the_stored_duk(
        ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_id = _case_with_v2_meeting(ready, capsys)
    (user_duker_dir(ready) / "familie.toml").unlink()
    code, _out, err = _run(capsys, "meeting", "new", str(case_id))
    assert code == 0, err
    assert _meetings(ready, case_id)[-1].template_version == h.V2
    assert "lageret" in err and f"eldre versjon ({h.V1})" in err


def test_case_new_with_a_broken_duk_names_the_file(
        ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Defect 8: it said "ingen duk med id …"."""
    broken = h.v2_broken_text().replace('id = "familie"', 'id = "velferd"', 1)
    _user_file(ready, broken, "velferdsduk.toml")
    code, _out, err = _run(capsys, "case", "new", "--name", "X", "--duk", "velferd")
    assert code == 1
    assert "velferdsduk.toml" in err and "notat" in err and "ingen duk med id" not in err


def test_meeting_new_with_a_broken_duk_and_no_snapshot_names_the_file(
        ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Defect 8 for `meeting new`: the case's duk is broken and the store never kept it."""
    path = _user_file(ready, h.v2_text().replace('id = "familie"', 'id = "velferd"', 1),
                      "velferdsduk.toml")
    code, out, err = _run(capsys, "case", "new", "--name", "X", "--duk", "velferd")
    assert code == 0, err
    case_id = out.strip()
    with Store.open(ready, TEST_PASSPHRASE) as store:
        store.conn.execute("DELETE FROM templates WHERE id = 'velferd'")
    path.write_text(h.v2_broken_text().replace('id = "familie"', 'id = "velferd"', 1), "utf-8")
    code, _out, err = _run(capsys, "meeting", "new", case_id)
    assert code == 1
    assert "velferdsduk.toml" in err and "ingen duk med id" not in err


def test_edited_without_a_bump_new_meeting_and_blank_print_agree_and_warn(
        ready: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect 3: new meetings used the stored v2, `print --blank` the edited file."""
    case_id = _case_with_v2_meeting(ready, capsys)
    _user_file(ready, h.v2_edited_text())
    code, _out, err = _run(capsys, "meeting", "new", str(case_id))
    assert code == 0 and "version" in err and "endra" in err

    from samtaleduk import printing

    printed: list[Any] = []
    monkeypatch.setattr(printing, "print_blank",
                        lambda template, out, **_kw: printed.append(template) or out)
    code, _out, err = _run(capsys, "print", "--blank", "familie", "--out",
                           str(ready / "tom.pdf"))
    assert code == 0, err
    assert content_hash(printed[0]) == content_hash(h.v2())
    assert "version" in err and "familie.toml" in err


def test_duker_list_and_check_say_the_file_differs_from_the_store(
        ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _case_with_v2_meeting(ready, capsys)
    path = _user_file(ready, h.v2_edited_text())
    code, out, _err = _run(capsys, "duker", "list")
    assert "familie.toml" in out and "version" in out and "endra" in out
    code, out, err = _run(capsys, "duker", "check", str(path))
    assert code == 1
    assert "endra" in out + err and "version" in out + err
    _user_file(ready, h.v2_text())
    code, out, _err = _run(capsys, "duker", "check", str(path))
    assert code == 0 and "endra" not in out


def test_duker_list_without_a_passphrase_still_lists(
        ready: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _case_with_v2_meeting(ready, capsys)
    _user_file(ready, h.v2_edited_text())
    monkeypatch.delenv("SAMTALEDUK_PASSPHRASE")
    code, out, err = _run(capsys, "duker", "list")
    assert code == 0 and "familie" in out and "ENDRA" not in out
    assert "SAMTALEDUK_PASSPHRASE" in err


def test_first_meeting_of_a_case_whose_own_duk_is_gone_uses_the_stored_one(
        ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _user_file(ready, h.v2_text().replace('id = "familie"', 'id = "velferd"', 1),
                      "velferdsduk.toml")
    code, out, err = _run(capsys, "case", "new", "--name", "X", "--duk", "velferd")
    assert code == 0, err
    path.unlink()
    code, _out, err = _run(capsys, "meeting", "new", out.strip())
    assert code == 0, err
    (meeting,) = _meetings(ready, uuid.UUID(out.strip()))
    assert (meeting.template_id, meeting.template_version) == ("velferd", h.V2)
    assert "lageret" in err and "finst ikkje lenger" in err
