"""The restore dialog (offered when the store is found damaged, and from the menu)
and the deletion dialog (says how long the case stays in older backups)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from samtaleduk.store import backup, restore
from samtaleduk.store.store import Store, store_file
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.ui.dialogs.window_support import open_window, type_passphrase_and_unlock
from ui.dialogs.trust import DeleteCaseDialog, RestoreDialog
from ui.shell.main_window import MainWindow


def _window(qtbot: QtBot, data: Path, templates: TemplateSet) -> MainWindow:
    return open_window(qtbot, data, templates)


def _unlock(qtbot: QtBot, win: MainWindow) -> None:
    type_passphrase_and_unlock(win)


def test_damaged_store_offers_the_backup_and_restores_it(
        qtbot: QtBot, qapp: QApplication, closed_store: Path, templates: TemplateSet) -> None:
    store_file(closed_store).write_bytes(b"")
    win = _window(qtbot, closed_store, templates)
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: isinstance(win.trust_actions.dialog, RestoreDialog)
                    and win.trust_actions.dialog.isVisible(), timeout=10_000)
    dialog = win.trust_actions.dialog
    assert isinstance(dialog, RestoreDialog)
    # The GUI names its menu, not the command line's command (issue 18).
    assert "File → Restore a backup" in dialog.message.text()
    assert "samtaleduk restore" not in dialog.message.text()
    assert dialog.backups.count() == 1 and dialog.restore_button.isEnabled()
    assert len(restore.list_aside(closed_store)) == 1  # put aside, not deleted
    assert win.store is None
    dialog.passphrase.setText("feil passordfrase")
    dialog.restore_button.click()
    assert dialog.busy.isVisible() and not dialog.restore_button.isEnabled()
    dialog.reject()  # refused while the worker runs
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert dialog.isVisible()  # nothing changed
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: win.trust_actions.dialog is None)
    assert "backup is back" in win.unlock_page.message.text()
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.store is not None, timeout=10_000)
    assert win.store is not None
    assert [c.name for c in win.store.list_cases()] == ["Familien Dialogmerke"]
    win.close()


def test_restore_from_the_menu_locks_first(qtbot: QtBot, qapp: QApplication,
                                           closed_store: Path, templates: TemplateSet) -> None:
    win = _window(qtbot, closed_store, templates)
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.store is not None, timeout=10_000)
    win.trust_actions.act_restore.trigger()
    assert win.store is None  # the store must be closed to be replaced
    dialog = win.trust_actions.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.backups.count() >= 1
    dialog.reject()
    qtbot.waitUntil(lambda: win.trust_actions.dialog is None)
    win.close()


def test_delete_dialog_needs_a_tick_and_deletes_completely(
        qtbot: QtBot, qapp: QApplication, closed_store: Path, templates: TemplateSet) -> None:
    win = _window(qtbot, closed_store, templates)
    with qtbot.waitSignal(win.upkeep.finished, timeout=20_000):
        # The day's check and backup end first: a deletion that meets them in the
        # middle is another test's matter (noted on issue 16).
        _unlock(qtbot, win)
    assert win.store is not None
    assert not win.trust_actions.act_delete.isEnabled()  # no case shown
    (summary,) = win.store.list_cases()
    win.open_case(summary.id)
    assert win.trust_actions.act_delete.isEnabled()
    win.trust_actions.act_delete.trigger()
    dialog = win.trust_actions.dialog
    assert isinstance(dialog, DeleteCaseDialog)
    assert str(backup.MAX_AGE_DAYS) in dialog.explanation.text()
    assert not dialog.delete_button.isEnabled()
    dialog.understood.setChecked(True)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: win.trust_actions.dialog is None)
    assert win.store.list_cases() == []
    assert win.pages.currentWidget() is win.cases_page
    assert backup.list_backups(closed_store)[0].kind == "after-delete"
    win.close()


def test_dialog_pictures(qtbot: QtBot, qapp: QApplication, closed_store: Path,
                         tmp_path: Path) -> None:
    restore_dialog = RestoreDialog(closed_store)
    delete_dialog = DeleteCaseDialog("Familien Døme", "nn")
    for dialog in (restore_dialog, delete_dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.grab().isNull()
        dialog.grab().save(str(tmp_path / f"{dialog.objectName()}.png"))
    assert restore_dialog.backups.count() == 1


def test_closed_cases_past_retention_are_offered_once_a_day(
        qtbot: QtBot, qapp: QApplication, closed_store: Path, templates: TemplateSet) -> None:
    import datetime as dt

    from samtaleduk.domain.model import CaseStatus

    with Store.open(closed_store, TEST_PASSPHRASE) as store:
        (summary,) = store.list_cases()
        case = store.get_case(summary.id)
        store.save_case(case.model_copy(update={"status": CaseStatus.CLOSED,
                                                "closed_on": dt.date(2020, 1, 1)}))
    win = _window(qtbot, closed_store, templates)
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.trust_actions.retention_box is not None, timeout=10_000)
    box = win.trust_actions.retention_box
    assert box is not None and "365" in box.text() and ": 1." in box.text()
    box.accept()
    qtbot.waitUntil(lambda: win.trust_actions.retention_box is None)
    win.lock()
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.store is not None, timeout=10_000)
    assert win.trust_actions.retention_box is None  # not again today
    assert win.store is not None and len(win.store.list_cases()) == 1  # nothing deleted
    win.close()


def test_deleting_runs_off_the_gui_thread_with_a_busy_bar(
        qtbot: QtBot, qapp: QApplication) -> None:
    import threading

    release = threading.Event()

    def deleting() -> str:
        release.wait(5)
        return threading.current_thread().name

    dialog = DeleteCaseDialog("Familien Døme", "nn", deleting=deleting)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.understood.setChecked(True)
    dialog.delete_button.click()
    assert dialog.busy.isVisible() and not dialog.delete_button.isEnabled()
    dialog.reject()  # Escape while it runs: a deletion half done is never cut off
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome != threading.main_thread().name


def test_a_deletion_whose_rebuild_failed_tells_the_case_is_deleted(
        qtbot: QtBot, qapp: QApplication, closed_store: Path, templates: TemplateSet,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlcipher3
    from PySide6.QtWidgets import QMessageBox

    def busy(self: Store) -> None:
        raise sqlcipher3.dbapi2.OperationalError("database table is locked")

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(Store, "compact", busy)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a: told.append((title, text)))
    win = _window(qtbot, closed_store, templates)
    with qtbot.waitSignal(win.upkeep.finished, timeout=20_000):
        _unlock(qtbot, win)
    assert win.store is not None
    (summary,) = win.store.list_cases()
    win.open_case(summary.id)
    win.trust_actions.act_delete.trigger()
    dialog = win.trust_actions.dialog
    assert isinstance(dialog, DeleteCaseDialog)
    dialog.understood.setChecked(True)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: win.trust_actions.dialog is None)
    assert win.store.list_cases() == []
    assert win.pages.currentWidget() is win.cases_page
    # Said as it is: deleted, with the rebuild's problem; not "nothing was changed".
    assert [title for title, _ in told] == ["Case deleted"]
    assert told[0][1].startswith("The case is deleted.")
    win.close()
