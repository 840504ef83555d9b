"""`samtaleduk cases|case|meeting|search|passphrase`, run in-process through main()."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from samtaleduk.cli import common, main
from samtaleduk.domain.model import Note
from samtaleduk.store.store import FAST_KDF, Store, store_exists
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def ready(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fast empty store and its passphrase in the environment."""
    Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF).close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    return _isolated_data_dir


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _new_case(capsys: pytest.CaptureFixture[str], *extra: str) -> uuid.UUID:
    code, out, err = _run(capsys, "case", "new", "--name", "Familien Haugland",
                          "--duk", "familie", *extra)
    assert code == 0, err
    return uuid.UUID(out.strip())


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("samtaleduk: ") and "Traceback" not in err
    return lines[0]


def test_cases_empty_and_listed(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "cases")
    assert code == 0 and "Ingen saker" in out
    case_id = _new_case(capsys, "--member", "Emil", "--member", "Sara", "--lang", "nb")
    code, out, _ = _run(capsys, "cases", "--json")
    assert code == 0
    (row,) = json.loads(out)["cases"]
    assert row["id"] == str(case_id) and row["name"] == "Familien Haugland"
    assert row["kind"] == "family" and row["status"] == "open"
    assert row["members"] == ["Emil", "Sara"] and row["meeting_count"] == 0
    code, out, _ = _run(capsys, "cases")
    assert str(case_id) in out and "Familien Haugland" in out
    with Store.open(ready, TEST_PASSPHRASE) as store:
        assert store.get_case(case_id).language == "nb"


def test_case_new_individual_kind(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "case", "new", "--name", "Jonas", "--duk", "individuell")
    assert code == 0
    code, out, _ = _run(capsys, "cases", "--json")
    assert json.loads(out)["cases"][0]["kind"] == "individual"


def test_case_new_errors(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "case", "new", "--name", "X", "--duk", "finst_ikkje")
    assert code == 1 and "finst_ikkje" in _one_line_error(err)
    code, _, err = _run(capsys, "case", "new", "--name", "Bad\udcff", "--duk", "familie")
    assert code == 1 and "ugyldig teikn" in _one_line_error(err)
    code, _, err = _run(capsys, "case", "new", "--name", "x" * 600, "--duk", "familie")
    assert code == 1 and "for lang" in _one_line_error(err)
    with pytest.raises(SystemExit) as usage:
        main(["case", "new", "--name", "X", "--duk", "familie", "--lang", "sv"])
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        main(["case", "new", "--duk", "familie"])
    assert usage.value.code == 2
    capsys.readouterr()
    code, out, _ = _run(capsys, "cases", "--json")
    assert json.loads(out)["cases"] == []


def test_meeting_new_blank_then_carried_forward(
    ready: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = _new_case(capsys)
    code, out, _ = _run(capsys, "meeting", "new", str(case_id)[:8], "--date", "2026-02-03")
    assert code == 0
    first_id = uuid.UUID(out.strip())
    note = Note(text="Emil et frukost kvar morgon")
    with Store.open(ready, TEST_PASSPHRASE) as store:
        first = store.get_meeting(first_id)
        assert (first.number, first.date) == (1, dt.date(2026, 2, 3))
        first.field("fungerer").notes.append(note)
        store.save_meeting(first)

    code, out, _ = _run(capsys, "meeting", "new", str(case_id), "--date", "2026-03-03")
    assert code == 0
    code, out2, _ = _run(capsys, "meeting", "new", str(case_id), "--blank")
    assert code == 0
    with Store.open(ready, TEST_PASSPHRASE) as store:
        second = store.get_meeting(uuid.UUID(out.strip()))
        third = store.get_meeting(uuid.UUID(out2.strip()))
        assert second.number == 2 and second.continued_from == first_id
        carried = [n for c in second.fields.values() for n in c.notes]
        assert [n.id for n in carried] == [note.id]
        assert third.number == 3 and third.date == dt.date.today()
        assert not [n for c in third.fields.values() for n in c.notes]
        assert store.list_cases()[0].meeting_count == 3


def test_meeting_new_errors(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["meeting", "new", "abcd1234", "--date", "3. mars"])
    assert usage.value.code == 2
    capsys.readouterr()
    code, _, err = _run(capsys, "meeting", "new", "0000dead")
    assert code == 1 and "0000dead" in _one_line_error(err)
    code, _, err = _run(capsys, "meeting", "new", "Haugland")
    line = _one_line_error(err)
    assert code == 1 and "Haugland" not in line


def test_search(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_id = _new_case(capsys, "--member", "Čáhppe Emil")
    code, out, _ = _run(capsys, "search", "cahppe", "--json")
    assert code == 0
    (hit,) = json.loads(out)["hits"]
    assert hit["case_id"] == str(case_id) and hit["kind"] == "member"
    assert hit["case_name"] == "Familien Haugland" and hit["meeting_number"] is None
    code, out, _ = _run(capsys, "search", "emil")
    assert code == 0 and "Familien Haugland" in out
    assert "· namn: " in out and "member" not in out  # the kind in Norwegian
    code, out, _ = _run(capsys, "search", "ingenting-her")
    assert code == 0 and "Fann ingenting" in out


def test_search_names_every_hit_kind_in_nynorsk() -> None:
    from samtaleduk.cli.cases_cmd import HIT_KIND_WORDS
    from samtaleduk.domain.demo import demo_cases
    from samtaleduk.store.index import case_entries, meeting_entries

    kinds = {e.kind for case, meetings in demo_cases()
             for e in case_entries(case) + [x for m in meetings for x in meeting_entries(m)]}
    assert {"note", "goal", "action", "helper"} <= kinds
    assert kinds <= HIT_KIND_WORDS.keys()
    assert str(HIT_KIND_WORDS["note"]) == "notat" and str(HIT_KIND_WORDS["goal"]) == "mål"
    assert str(HIT_KIND_WORDS["action"]) == "tiltak"
    assert str(HIT_KIND_WORDS["consent"]) == "samtykke"


def test_case_delete(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gone = _new_case(capsys)
    code, _, _ = _run(capsys, "case", "new", "--name", "Familien Bliande", "--duk", "familie")
    assert _run(capsys, "meeting", "new", str(gone))[0] == 0
    code, out, _ = _run(capsys, "case", "delete", str(gone))
    assert code == 0 and str(gone) in out and "Haugland" not in out
    code, out, _ = _run(capsys, "cases", "--json")
    assert [c["name"] for c in json.loads(out)["cases"]] == ["Familien Bliande"]
    code, _, err = _run(capsys, "case", "delete", str(gone))
    assert code == 1 and "Fann inga sak" in _one_line_error(err)


def test_case_delete_asks_at_a_terminal(
    ready: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _new_case(capsys)
    monkeypatch.setattr("samtaleduk.cli.cases_cmd.interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "nei")
    code, out, _ = _run(capsys, "case", "delete", str(case_id))
    assert code == 1 and "Ingenting er sletta" in out
    monkeypatch.setattr("builtins.input", lambda prompt: "slett")
    assert _run(capsys, "case", "delete", str(case_id))[0] == 0


def test_wrong_passphrase(ready: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", "ikkje rett")
    code, _, err = _run(capsys, "cases")
    assert code == 1
    assert _one_line_error(err) == "samtaleduk: Passordfrasa er feil. Prøv på nytt."


def test_three_tries_at_a_terminal(ready: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMTALEDUK_PASSPHRASE")
    monkeypatch.setattr(common, "interactive", lambda: True)
    answers = iter(["feil ein", "feil to", TEST_PASSPHRASE])
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt="": next(answers))
    code, _, err = _run(capsys, "cases")
    assert code == 0 and err.count("Passordfrasa er feil") == 2
    answers = iter(["feil"] * 3)
    code, _, err = _run(capsys, "cases")
    assert code == 1


def test_no_passphrase_without_terminal(ready: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMTALEDUK_PASSPHRASE")
    monkeypatch.setattr(common, "interactive", lambda: False)
    code, _, err = _run(capsys, "cases")
    assert code == 1 and "SAMTALEDUK_PASSPHRASE" in _one_line_error(err)


def test_first_use_creates_the_store(
    _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "interactive", lambda: True)
    answers = iter(["ei ny passordfrase", "ei anna passordfrase"])
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt="": next(answers))
    code, _, err = _run(capsys, "cases")
    assert code == 1 and "ikkje like" in err.splitlines()[-1]
    assert not store_exists(_isolated_data_dir)

    answers = iter(["kort", "kort"])
    code, _, err = _run(capsys, "cases")
    assert code == 1 and "minst 8" in err.splitlines()[-1]
    assert not store_exists(_isolated_data_dir)

    answers = iter(["ei ny passordfrase"] * 2)
    code, out, err = _run(capsys, "cases")
    assert code == 0 and str(_isolated_data_dir) in err and "Ingen saker" in out
    Store.open(_isolated_data_dir, "ei ny passordfrase").close()


def test_change_passphrase(ready: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALEDUK_NEW_PASSPHRASE", "kort")
    code, _, err = _run(capsys, "passphrase")
    assert code == 1 and "minst 8" in _one_line_error(err)
    monkeypatch.setenv("SAMTALEDUK_NEW_PASSPHRASE", "ny og lang ŋ passordfrase")
    code, _, err = _run(capsys, "passphrase")
    assert code == 0 and "bytt" in err
    code, _, err = _run(capsys, "cases")
    assert code == 1 and "feil" in err
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", "ny og lang ŋ passordfrase")
    assert _run(capsys, "cases")[0] == 0


def test_change_passphrase_without_store(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "passphrase")
    assert code == 1 and "ikkje noko lager" in _one_line_error(err)


def test_data_dir_option(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "annan-stad"
    Store.create(elsewhere, TEST_PASSPHRASE, FAST_KDF).close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    code, out, _ = _run(capsys, "--data-dir", str(elsewhere), "case", "new",
                        "--name", "A", "--duk", "familie")
    assert code == 0
    with Store.open(elsewhere, TEST_PASSPHRASE) as store:
        assert [c.name for c in store.list_cases()] == ["A"]


def test_cases_answers_before_the_days_check_and_backup(
        ready: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 16: `cases` wrote a backup (7.6 GB at 10k) before it printed anything.
    from samtaleduk.store import backup

    _new_case(capsys)
    with Store.open(ready, TEST_PASSPHRASE) as store:
        store.conn.execute("DELETE FROM settings WHERE key = 'last_full_check'")
    for old in backup.list_backups(ready):
        old.path.unlink()
    printed_first: list[bool] = []
    real = backup.write_backup

    def watched(*args: object, **kwargs: object) -> object:
        printed_first.append("Familien Haugland" in capsys.readouterr().out)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "write_backup", watched)
    code = main(["cases"])
    assert code == 0
    assert printed_first == [True]  # the answer was out before the backup began
    with Store.open(ready, TEST_PASSPHRASE) as store:
        assert store.setting("last_full_check") is not None
