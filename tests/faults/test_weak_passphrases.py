"""Issue 13, point 16: "12345678" and "passord1" were accepted as new passphrases.

Every place a person chooses a passphrase refuses one that is easy to guess, with
a calm Norwegian message, before anything is written: the first start in the
window, a case file's passphrase, and the CLI's new store, passphrase change,
case file and recovery key."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samtaleduk.cli import main
from samtaleduk.domain.model import Case
from samtaleduk.store.store import FAST_KDF, Store, store_exists
from samtaleduk.trust.passphrase_strength import NORWEGIAN_WORDS, is_weak, strength
from tests.conftest import TEST_PASSPHRASE
from ui.dialogs.handover import ExportDialog
from ui.pages.unlock import UnlockPage

WEAK = ["12345678", "passord1", "Passord123", "qwertyui", "sommar2025", "Haugland2026"]
STRONG = "kaffi på trappa før bussen går"


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "Traceback" not in err, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("samtaleduk: "), err
    return last


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_weak_and_a_sentence_is_not(weak: str) -> None:
    assert is_weak(weak)
    assert not is_weak(STRONG)
    assert not is_weak(TEST_PASSPHRASE)


def test_norwegian_words_count_as_dictionary_words() -> None:
    # zxcvbn alone scores these 3–4: its lists are English.
    from zxcvbn import zxcvbn

    for guessable in ("sommar2025", "Haugland2026"):
        assert zxcvbn(guessable)["score"] >= 3
        assert strength(guessable) < 3
    assert {"passord", "sommar", "haugland", "kari"} <= set(NORWEGIAN_WORDS)


def test_a_very_long_passphrase_is_estimated_quickly() -> None:
    # zxcvbn refuses more than 72 characters; the estimate uses the first 72.
    assert not is_weak(STRONG + " ord" * 2_000)


@pytest.mark.parametrize("weak", ["12345678", "passord1"])
def test_cli_refuses_a_weak_passphrase_for_a_new_store(
        weak: str, _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", weak)
    err = _error(capsys, "cases")
    assert "for lett å gjetta" in err and "Ingenting er endra" in err
    assert not store_exists(_isolated_data_dir)


def test_cli_refuses_a_weak_new_passphrase_and_the_old_one_still_opens(
        _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF).close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("SAMTALEDUK_NEW_PASSPHRASE", "passord1")
    assert "for lett å gjetta" in _error(capsys, "passphrase")
    Store.open(_isolated_data_dir, TEST_PASSPHRASE).close()


def test_cli_refuses_a_weak_case_file_passphrase(
        _isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        case = Case(name="Familien Haugland", template_id="familie")
        store.save_case(case)
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("SAMTALEDUK_FILE_PASSPHRASE", "12345678")
    out = tmp_path / "sak.samtaleduk"
    assert "for lett å gjetta" in _error(capsys, "export", str(case.id), "--out", str(out))
    assert not out.exists()


def test_cli_refuses_a_weak_recovery_key_passphrase(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Long enough for the recovery key's 16-character rule, and still easy to guess.
    monkeypatch.setenv("SAMTALEDUK_RECOVERY_PASSPHRASE", "passord123456789")
    keys = tmp_path / "keys"
    assert "for lett å gjetta" in _error(capsys, "recovery", "keygen", "--out", str(keys))
    assert not keys.exists() or not any(keys.iterdir())


@pytest.mark.parametrize("weak", ["12345678", "passord1"])
def test_first_start_in_the_window_refuses_a_weak_passphrase(
        weak: str, qtbot: QtBot, _isolated_data_dir: Path) -> None:
    page = UnlockPage(_isolated_data_dir, kdf=FAST_KDF)
    qtbot.addWidget(page)
    page.show()
    with qtbot.assertNotEmitted(page.unlocked):
        qtbot.keyClicks(page.passphrase, weak)
        qtbot.keyClicks(page.confirm, weak)
        page.attempt()
        assert page.message.isVisible() and not page.busy
        assert "guess" in page.message.text() or "gjett" in page.message.text()
    assert not store_exists(_isolated_data_dir)


def test_case_file_dialog_refuses_a_weak_passphrase(
        qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    case = Case(name="Familien Haugland", template_id="familie")
    store.save_case(case)
    dialog = ExportDialog(store, uuid.UUID(str(case.id)), kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "sak.samtaleduk"))
    dialog.passphrase.setText("passord1")
    dialog.confirm.setText("passord1")
    dialog.go_button.click()
    assert not dialog.working and dialog.written is None
    assert not (tmp_path / "sak.samtaleduk").exists()
