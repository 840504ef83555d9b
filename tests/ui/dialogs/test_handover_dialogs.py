"""Handover (export and import of one case file), the access export, the backup
banner after unlock, and the print buttons of the comparison and journey windows."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from samtaleduk.store.errors import StoreError
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.ui.dialogs.window_support import open_window
from ui.dialogs.handover import (
    AccessDialog,
    ExportDialog,
    ImportDialog,
    access_folder,
    default_file_name,
)
from ui.dialogs.print_dialog import PrintDialog
from ui.shell.main_window import MainWindow

FILE_PASSPHRASE = "berre for denne fila"
WAIT_MS = 20_000


def _family(store: Store) -> uuid.UUID:
    return next(s.id for s in store.list_cases() if len(store.meeting_summaries(s.id)) >= 3)


def _show(qtbot: QtBot, dialog: object) -> None:
    qtbot.addWidget(dialog)  # type: ignore[arg-type]
    dialog.show()  # type: ignore[attr-defined]


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(tmp_path / "colleague", TEST_PASSPHRASE, FAST_KDF) as store:
        yield store


def _export(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, store: Store, case_id: uuid.UUID,
            out: Path) -> ExportDialog:
    dialog = ExportDialog(store, case_id, kdf=FAST_KDF)
    _show(qtbot, dialog)
    assert dialog.path.text().endswith(default_file_name(case_id))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.choose_button.click()
    dialog.passphrase.setText(FILE_PASSPHRASE)
    dialog.confirm.setText(FILE_PASSPHRASE)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None or dialog.finished_ok, timeout=WAIT_MS)
    return dialog


def _import(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, store: Store, path: Path,
            passphrase: str) -> ImportDialog:
    dialog = ImportDialog(store)
    _show(qtbot, dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog.choose_button.click()
    dialog.passphrase.setText(passphrase)
    dialog.go_button.click()
    return dialog


def test_export_then_import_round_trips_a_case(
        qtbot: QtBot, english: None, monkeypatch: pytest.MonkeyPatch, demo_store: Store,
        other_store: Store, tmp_path: Path) -> None:
    case_id = _family(demo_store)
    out = tmp_path / "overlevering"  # the suffix is added
    exported = _export(qtbot, monkeypatch, demo_store, case_id, out)
    assert exported.written == tmp_path / "overlevering.samtaleduk"
    assert exported.written.exists() and "passphrase" in exported.message.text()
    assert not exported.go_button.isVisible() and exported.passphrase.text() == ""

    dialog = _import(qtbot, monkeypatch, other_store, exported.written, FILE_PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=WAIT_MS)
    assert "3 meetings" in dialog.message.text()
    original = demo_store.get_case(case_id)
    assert other_store.get_case(case_id).name == original.name
    assert ([m.model_dump() for m in other_store.list_meetings(case_id)]
            == [m.model_dump() for m in demo_store.list_meetings(case_id)])


def test_export_too_big_with_history_goes_without_it(
        qtbot: QtBot, english: None, monkeypatch: pytest.MonkeyPatch, demo_store: Store,
        tmp_path: Path) -> None:
    # Issue 13, point 10: export refuses what import would refuse; the dialog then
    # hands the case over without its history and says so.
    from samtaleduk.handover import case_file, limits

    case_id = _family(demo_store)
    monkeypatch.setattr(limits, "MAX_REVISIONS", 1)
    exported = _export(qtbot, monkeypatch, demo_store, case_id, tmp_path / "stor")
    assert exported.written is not None and not exported.with_history
    assert "left out" in exported.message.text()
    assert case_file.read_case_file(exported.written, FILE_PASSPHRASE).revisions == []


def test_export_needs_the_passphrase_twice(qtbot: QtBot, english: None,
                                           demo_store: Store, tmp_path: Path) -> None:
    dialog = ExportDialog(demo_store, _family(demo_store), kdf=FAST_KDF)
    _show(qtbot, dialog)
    dialog.path.setText(str(tmp_path / "a.samtaleduk"))
    before = sorted(tmp_path.iterdir())
    dialog.passphrase.setText(FILE_PASSPHRASE)
    dialog.confirm.setText("noko anna heilt")
    dialog.go_button.click()
    assert "not the same" in dialog.message.text() and not dialog.working
    assert sorted(tmp_path.iterdir()) == before  # no file written


def test_wrong_passphrase_and_damaged_file_write_nothing(
        qtbot: QtBot, english: None, monkeypatch: pytest.MonkeyPatch, demo_store: Store,
        other_store: Store, tmp_path: Path) -> None:
    exported = _export(qtbot, monkeypatch, demo_store, _family(demo_store),
                       tmp_path / "sak.samtaleduk")
    assert exported.written is not None
    dialog = _import(qtbot, monkeypatch, other_store, exported.written, "feil passordfrase")
    qtbot.waitUntil(lambda: not dialog.working and dialog.message.isVisible(), timeout=WAIT_MS)
    # The engine's message in the UI language (issue 18).
    assert dialog.message.text() == "The passphrase for the case file is wrong. Nothing was imported."
    assert dialog.imported is None and dialog.go_button.isVisible()
    junk = tmp_path / "junk.samtaleduk"
    junk.write_bytes(b"ikkje ei saksfil")
    dialog = _import(qtbot, monkeypatch, other_store, junk, FILE_PASSPHRASE)
    qtbot.waitUntil(lambda: not dialog.working and dialog.message.isVisible(), timeout=WAIT_MS)
    assert "damaged" in dialog.message.text() and "\n" not in dialog.message.text()
    assert other_store.list_cases() == []


def test_existing_case_asks_keep_both_replace_or_cancel(
        qtbot: QtBot, english: None, monkeypatch: pytest.MonkeyPatch, demo_store: Store,
        tmp_path: Path) -> None:
    case_id = _family(demo_store)
    before = len(demo_store.list_cases())
    exported = _export(qtbot, monkeypatch, demo_store, case_id, tmp_path / "sak.samtaleduk")
    assert exported.written is not None
    dialog = _import(qtbot, monkeypatch, demo_store, exported.written, FILE_PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.conflict_box is not None, timeout=WAIT_MS)
    assert dialog.conflict_box is not None and "already" in dialog.conflict_box.text()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.conflict_box is None)
    assert dialog.message.text() == "Nothing was received."
    assert len(demo_store.list_cases()) == before

    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.conflict_box is not None, timeout=WAIT_MS)
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=WAIT_MS)
    names = [s.name for s in demo_store.list_cases()]
    assert len(names) == before + 1
    assert demo_store.get_case(case_id).name + " (kopi)" in names


def test_access_export_writes_a_new_folder(
        qtbot: QtBot, english: None, monkeypatch: pytest.MonkeyPatch, demo_store: Store,
        tmp_path: Path) -> None:
    case_id = _family(demo_store)
    dialog = AccessDialog(demo_store, case_id, "nn")
    _show(qtbot, dialog)
    chosen = tmp_path / "til-familien"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    dialog.choose_button.click()
    dialog.go_button.click()
    assert dialog.working and dialog.busy.isVisible()
    dialog.reject()  # refused while writing
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT_MS)
    (folder,) = chosen.iterdir()
    assert folder.name.startswith("innsyn-" + str(case_id)[:8])
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["forlop.pdf", "innsyn.json", "mote-01.pdf", "mote-02.pdf", "mote-03.pdf"]
    data = json.loads((folder / "innsyn.json").read_text(encoding="utf-8"))
    assert data["case"]["id"] == str(case_id) and len(data["meetings"]) == 3
    assert "5 files" in dialog.message.text()
    assert access_folder(chosen, case_id) != folder  # a second copy gets its own folder


def _window(qtbot: QtBot, data: Path, templates: TemplateSet) -> MainWindow:
    return open_window(qtbot, data, templates)


def test_failed_backup_at_unlock_shows_a_banner(
        qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        _isolated_data_dir: Path, templates: TemplateSet) -> None:
    from samtaleduk.store import backup

    Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF).close()

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise StoreError("Disken er full.")

    # The day's backup runs after the list is drawn (store/upkeep.py), by write_backup.
    monkeypatch.setattr(backup, "write_backup", full_disk)
    win = _window(qtbot, _isolated_data_dir, templates)
    assert win.backup_banner.isHidden()
    win.unlock_page.passphrase.setText(TEST_PASSPHRASE)
    win.unlock_page.attempt()
    qtbot.waitUntil(lambda: win.backup_banner.isVisible(), timeout=WAIT_MS)
    assert win.store is not None and win.pages.currentWidget() is win.cases_page
    assert "backup could not be made" in win.backup_banner.text()
    assert "Disken er full." in win.backup_banner.text()
    win.lock()
    assert win.backup_banner.isHidden()
    win.close()


def test_broken_audit_log_at_unlock_shows_a_banner(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path,
        templates: TemplateSet) -> None:
    import sqlcipher3

    from samtaleduk.store import restore
    from samtaleduk.store.store import store_file

    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        store.log_event("locked")
        store.log_event("unlocked")
    key, _ = restore.data_key_for(_isolated_data_dir, TEST_PASSPHRASE)
    with sqlcipher3.connect(str(store_file(_isolated_data_dir)), isolation_level=None) as raw:
        raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        raw.execute("DELETE FROM audit WHERE event = 'locked'")  # outside the program
    win = _window(qtbot, _isolated_data_dir, templates)
    win.unlock_page.passphrase.setText(TEST_PASSPHRASE)
    win.unlock_page.attempt()
    qtbot.waitUntil(lambda: win.backup_banner.isVisible(), timeout=WAIT_MS)
    assert win.store is not None and win.pages.currentWidget() is win.cases_page
    assert "audit log does not match" in win.backup_banner.text()
    assert "contact IT" in win.backup_banner.text()
    win.close()


@pytest.fixture
def window(qtbot: QtBot, _isolated_data_dir: Path, demo_store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    win = _window(qtbot, _isolated_data_dir, templates)
    win.set_store(demo_store)
    yield win
    win.close_side_windows()
    win.store = None  # the store fixture closes it


def test_menu_actions_follow_the_page(window: MainWindow, demo_store: Store) -> None:
    actions = window.handover_actions
    assert actions.act_import.isEnabled() and not actions.act_export.isEnabled()
    window.open_case(_family(demo_store))
    assert actions.act_export.isEnabled() and actions.act_access.isEnabled()
    actions.act_export.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert not window.lock_controller.timer.isActive()  # no idle lock under a dialog
    dialog.reject()
    assert actions.dialog is None and window.lock_controller.timer.isActive()
    actions.act_import.trigger()
    assert isinstance(actions.dialog, ImportDialog)
    window.lock()  # the dialog holds the store: a lock closes it
    assert actions.dialog is None and window.store is None
    assert not actions.act_import.isEnabled()


def test_comparison_print_button_presets_the_evaluation(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    window.open_case(_family(demo_store))
    side = window.open_side_window("compare")
    assert side is not None
    side.view.pick(1, 3)  # type: ignore[attr-defined]
    side.print_button.click()  # type: ignore[attr-defined]
    dialog = window.active_dialog
    assert isinstance(dialog, PrintDialog)
    assert dialog.options.what() == "evaluation"
    assert dialog.options.choice().paper == "a4"
    previous = dialog.subject.previous
    assert previous is not None and previous[0].number == 1
    assert dialog.subject.meeting.number == 3
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        pass
    dialog.reject()
    assert window.active_dialog is None


def test_journey_print_button_presets_the_journey(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    window.open_case(_family(demo_store))
    side = window.open_side_window("journey")
    assert side is not None
    side.print_button.click()  # type: ignore[attr-defined]
    dialog = window.active_dialog
    assert isinstance(dialog, PrintDialog)
    assert dialog.options.what() == "journey" and len(dialog.subject.meetings) == 3
    dialog.reject()


def test_lock_waits_for_a_running_copy(window: MainWindow, demo_store: Store,
                                       tmp_path: Path) -> None:
    window.open_case(_family(demo_store))
    window.handover_actions.act_access.trigger()
    dialog = window.handover_actions.dialog
    assert isinstance(dialog, AccessDialog)
    dialog.folder.setText(str(tmp_path))
    dialog.go_button.click()
    assert dialog.working
    window.lock()  # the store is closed only after the copy is written
    assert window.store is None and window.handover_actions.dialog is None
    (folder,) = (p for p in tmp_path.iterdir() if p.name.startswith("innsyn-"))
    assert (folder / "innsyn.json").exists() and (folder / "forlop.pdf").exists()
