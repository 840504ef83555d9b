"""The engine's messages on the unlock page speak the UI language and name the
menu, not the command line's command (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store import backup
from samtaleduk.store.store import FAST_KDF, Store, store_file
from tests.conftest import TEST_PASSPHRASE
from ui.pages.unlock import UnlockPage
from ui.tools.i18n import LanguageManager


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager()
    yield manager
    manager.set_language("en")  # as the `english` fixture leaves the app


def _damaged_store_with_backup(folder: Path) -> None:
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        backup.make_backup(store)
        (root,) = store.conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'cases'").fetchone()
    # A damaged page of the cases (not of the schema, which the migrations of a new
    # store may place anywhere in the file: then the file does not fit the key).
    db = store_file(folder)
    data = bytearray(db.read_bytes())
    data[(root - 1) * 4096 + 200] ^= 0x40
    db.write_bytes(bytes(data))


@pytest.mark.parametrize(("lang", "says", "menu"), [
    ("nb", "Lageret svarte med en lesefeil", "Fil → Hent fram sikkerhetskopi"),
    ("nn", "Lageret svarte med ein lesefeil", "Fil → Hent fram tryggingskopi"),
    ("en", "The store answered with a read error", "File → Restore a backup"),
])
def test_a_damaged_store_is_told_in_the_ui_language_with_the_menu_path(
        qtbot: QtBot, _isolated_data_dir: Path, languages: LanguageManager,
        lang: str, says: str, menu: str) -> None:
    _damaged_store_with_backup(_isolated_data_dir)
    languages.set_language(lang)
    page = UnlockPage(_isolated_data_dir, kdf=FAST_KDF)
    qtbot.addWidget(page)
    page.show()
    # A damaged page is found by the check after the unlock, which locks and has the
    # next unlock prove the file (tests/ui/controllers/test_upkeep.py): this is that
    # next unlock, where the damage is told.
    page.suspect_damage()
    page.passphrase.setText(TEST_PASSPHRASE)  # keyClicks cannot type "ŋ"
    with qtbot.waitSignal(page.damaged, timeout=20_000):
        qtbot.keyClick(page.passphrase, "\r")
    text = page.message.text()
    assert says in text and menu in text, text
    assert "samtaleduk restore" not in text
