"""A passphrase chosen in the window (a new store's, a case file's) follows one set
of rules in one wording, and counts its length as the engine does."""

from __future__ import annotations

import unicodedata
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Case
from samtaleduk.errors import UserError
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.trust.keyfile import check_new_passphrase
from ui.dialogs.handover import ExportDialog
from ui.pages.unlock import UnlockPage
from ui.tools.new_passphrase import new_passphrase_problem

GOOD = "kaffi på trappa før bussen går"
SHORT = "The passphrase must be at least 8 characters long."
# Seven letters typed decomposed (å as a + ring, as some keyboards send it):
# fourteen code points, seven characters once normalised as the engine keys them.
DECOMPOSED_SEVEN = unicodedata.normalize("NFD", "påsåkåt")


def test_a_good_passphrase_typed_twice_has_no_problem() -> None:
    assert new_passphrase_problem(GOOD, GOOD) is None


def test_too_short_then_not_the_same_then_too_easy() -> None:
    assert new_passphrase_problem("kort", "kort") == SHORT
    assert new_passphrase_problem(GOOD, GOOD + "x") == (
        "The two passphrases are not the same. Type them again.")
    weak = new_passphrase_problem("passord1", "passord1")
    assert weak is not None and weak.startswith("This passphrase is too easy to guess")


def test_a_decomposed_passphrase_is_counted_as_the_engine_counts_it() -> None:
    # The old rule counted fourteen code points and let it through; the engine
    # then refused it (too short) after the work had started.
    with pytest.raises(UserError):
        check_new_passphrase(DECOMPOSED_SEVEN)
    assert new_passphrase_problem(DECOMPOSED_SEVEN, DECOMPOSED_SEVEN) == SHORT
    eight = unicodedata.normalize("NFD", "påsåkåtå")
    assert new_passphrase_problem(eight, eight) != SHORT


@pytest.mark.parametrize("typed", ["abcdefg", "       x", " " * 9, "ab\u030acdefg"])
def test_what_the_engine_finds_too_short_the_window_refuses_first(typed: str) -> None:
    try:
        check_new_passphrase(typed)
    except UserError:
        assert new_passphrase_problem(typed, typed) == SHORT


def test_the_unlock_page_and_the_case_file_dialog_say_the_same(
        qtbot: QtBot, _isolated_data_dir: Path, store: Store, tmp_path: Path) -> None:
    page = UnlockPage(_isolated_data_dir, kdf=FAST_KDF)
    qtbot.addWidget(page)
    case = Case(name="Familien Qxvfjell", template_id="familie")
    store.save_case(case)
    dialog = ExportDialog(store, uuid.UUID(str(case.id)), kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "sak.samtaleduk"))
    for first, second in (("kort", "kort"), (GOOD, GOOD + "x"), ("passord1", "passord1"),
                          (DECOMPOSED_SEVEN, DECOMPOSED_SEVEN), (GOOD, GOOD)):
        page.passphrase.setText(first)
        page.confirm.setText(second)
        dialog.passphrase.setText(first)
        dialog.confirm.setText(second)
        assert page.validate_new() == dialog.problem() == new_passphrase_problem(first, second)
