"""Getting in: choosing a passphrase on first start, unlocking later."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import FAST_KDF, Store, store_exists
from ui.pages.unlock import UnlockPage


def _page(qtbot: QtBot, data: Path) -> UnlockPage:
    page = UnlockPage(data, kdf=FAST_KDF)
    qtbot.addWidget(page)
    page.show()
    return page


def _gated_open(store: Store, seconds: float,
                why: str) -> tuple[threading.Event, Callable[[], Store]]:
    """An opener that hands over `store` once the returned gate is set (`why`, as a
    TimeoutError, if it is not within `seconds`)."""
    gate = threading.Event()

    def slow_open() -> Store:
        if not gate.wait(seconds):
            raise TimeoutError(why)
        return store

    return gate, slow_open


def _type(qtbot: QtBot, page: UnlockPage, first: str, second: str | None = None) -> None:
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, first)
    if second is not None:
        page.confirm.clear()
        qtbot.keyClicks(page.confirm, second)


def test_first_start_asks_for_a_passphrase_with_a_plain_warning(
        qtbot: QtBot, _isolated_data_dir: Path) -> None:
    page = _page(qtbot, _isolated_data_dir)
    assert page.creating
    assert page.confirm.isVisible()
    assert page.warning.isVisible()
    # The warning is a full sentence about losing the passphrase, not a word.
    assert len(page.warning.text()) > 80


def test_first_start_refuses_a_mismatch_and_a_short_passphrase(
        qtbot: QtBot, _isolated_data_dir: Path) -> None:
    page = _page(qtbot, _isolated_data_dir)
    with qtbot.assertNotEmitted(page.unlocked):
        _type(qtbot, page, "lang nok frase", "lang nok frasx")
        page.attempt()
        assert page.message.isVisible()
        mismatch = page.message.text()
        _type(qtbot, page, "kort", "kort")
        page.attempt()
        assert page.message.isVisible()
        assert page.message.text() != mismatch
    assert not store_exists(_isolated_data_dir)


def test_first_start_creates_the_store_with_enter(qtbot: QtBot, _isolated_data_dir: Path) -> None:
    page = _page(qtbot, _isolated_data_dir)
    _type(qtbot, page, "ei setning eg hugsar", "ei setning eg hugsar")
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        qtbot.keyClick(page.confirm, "\r")
        assert page.busy
    store = blocker.args[0]
    assert isinstance(store, Store)
    store.close()
    assert store_exists(_isolated_data_dir)
    assert page.passphrase.text() == "" and page.confirm.text() == ""


def test_wrong_passphrase_gets_a_calm_message_then_the_right_one_opens(
        qtbot: QtBot, _isolated_data_dir: Path) -> None:
    Store.create(_isolated_data_dir, "den rette frasen", FAST_KDF).close()
    page = _page(qtbot, _isolated_data_dir)
    assert not page.creating
    assert not page.confirm.isVisible()
    with qtbot.assertNotEmitted(page.unlocked):
        _type(qtbot, page, "feil frase")
        page.attempt()
        qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=10_000)
    assert page.passphrase.isEnabled()
    assert page.passphrase.hasFocus() or page.passphrase.selectedText() == "feil frase"
    _type(qtbot, page, "den rette frasen")
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        qtbot.keyClick(page.passphrase, "\r")
    blocker.args[0].close()
    assert not page.message.isVisible()


def test_the_window_keeps_working_while_the_store_opens(
        qtbot: QtBot, _isolated_data_dir: Path, store: Store) -> None:
    """The open runs off the GUI thread: a timer on the GUI thread must be able to
    fire while it is in progress (here it is what lets the open finish)."""
    from PySide6.QtCore import QTimer

    page = _page(qtbot, _isolated_data_dir)
    gate, slow_open = _gated_open(store, 5, "the GUI thread was blocked")
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        page._run(slow_open)
        QTimer.singleShot(0, gate.set)
    assert blocker.args[0] is store
    assert not page.busy


def test_the_open_shows_its_words_and_then_the_bar_only_when_it_takes_a_while(
        qtbot: QtBot, _isolated_data_dir: Path, store: Store) -> None:
    """At once only the greyed fields and the busy cursor: the words appearing moved
    the card and repainted the window while the key was derived (issue 16). The
    words follow after `WORDS_DELAY_MS`, the bar after `BAR_DELAY_MS`."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    page = _page(qtbot, _isolated_data_dir)
    QApplication.processEvents()
    button_at = page.submit.mapTo(page, QPoint(0, 0))
    gate, slow_open = _gated_open(store, 10, "the test did not let the open finish")
    page._run(slow_open)
    QApplication.processEvents()
    assert page.busy and not page.passphrase.isEnabled() and not page.submit.isEnabled()
    assert page.cursor().shape() == Qt.CursorShape.BusyCursor
    assert not page.busy_label.isVisible() and not page.progress.isVisible()
    assert page.submit.mapTo(page, QPoint(0, 0)) == button_at  # nothing was relaid
    qtbot.waitUntil(page.busy_label.isVisible, timeout=5_000)  # after WORDS_DELAY_MS
    assert not page.progress.isVisible()
    QApplication.processEvents()
    button_at = page.submit.mapTo(page, QPoint(0, 0))
    qtbot.waitUntil(page.progress.isVisible, timeout=5_000)  # after BAR_DELAY_MS
    QApplication.processEvents()
    assert page.submit.mapTo(page, QPoint(0, 0)) == button_at  # the bar's place was kept
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        gate.set()
    assert not page.progress.isVisible() and not page.busy_label.isVisible()
    assert page.cursor().shape() != Qt.CursorShape.BusyCursor


def test_an_open_shorter_than_the_delays_shows_neither_words_nor_bar(
        qtbot: QtBot, _isolated_data_dir: Path, store: Store) -> None:
    page = _page(qtbot, _isolated_data_dir)
    shown: list[bool] = []

    def quick_open() -> Store:
        return store

    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        page._run(quick_open)
        shown += [page.busy_label.isVisible(), page.progress.isVisible()]
    shown += [page.busy_label.isVisible(), page.progress.isVisible()]
    assert shown == [False] * 4
    assert not page.opening.words_timer.isActive() and not page.opening.bar_timer.isActive()


def _malformed() -> Exception:
    """SQLite's "malformed" as the store's connection raises it (by its code)."""
    import sqlcipher3

    from samtaleduk.store.faults import SQLITE_CORRUPT

    exc = sqlcipher3.dbapi2.DatabaseError("database disk image is malformed")
    exc.sqlite_errorcode = SQLITE_CORRUPT  # type: ignore[attr-defined]
    return exc


def test_damage_met_as_the_store_opens_is_proved_at_once_and_only_once(
        qtbot: QtBot, _isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The open reads the list's first screen (`unlock_ahead`): a malformed page met
    there has the file proved with the passphrase just typed, as at unlock, without
    asking for it again; a proof that does not settle it ends in a calm message."""
    from samtaleduk.store import safe_open

    Store.create(_isolated_data_dir, "den rette frasen", FAST_KDF).close()
    proofs: list[bool] = []

    def damaged_open(_folder: Path, passphrase: str, **kwargs: object) -> Store:
        assert passphrase == "den rette frasen"
        proofs.append(bool(kwargs["prove_first"]))
        raise _malformed()

    monkeypatch.setattr(safe_open, "open_store", damaged_open)
    page = _page(qtbot, _isolated_data_dir)
    _type(qtbot, page, "den rette frasen")
    with qtbot.assertNotEmitted(page.unlocked):
        qtbot.keyClick(page.passphrase, "\r")
        qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=10_000)
    assert proofs == [False, True]
    assert page.passphrase.isEnabled() and "malformed" not in page.message.text()
