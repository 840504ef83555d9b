"""Translations: compiled on demand, Qt's own strings in Norwegian, every string done."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.tools import i18n


@pytest.fixture
def ts_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources/i18n folder with the .ts sources only (no .qm)."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    for ts in i18n.i18n_dir().glob("*.ts"):
        (folder / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(i18n, "i18n_dir", lambda: folder)
    monkeypatch.setenv(i18n.CACHE_ENV, str(tmp_path / "cache"))
    return folder


def test_missing_catalogue_is_compiled_into_the_cache(ts_copy: Path, tmp_path: Path) -> None:
    path = i18n.qm_path("nn")
    assert path == tmp_path / "cache" / "samtaleduk_nn.qm"
    assert path.exists() and path.stat().st_size > 0


def test_without_lrelease_the_app_falls_back_to_source_strings(
        ts_copy: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    assert i18n.qm_path("nb") is None
    manager = i18n.LanguageManager()
    try:
        assert manager.set_language("nb") is False
        assert QCoreApplication.translate("MainMenus", "&File") == "&File"
        assert any("lrelease" in r.getMessage() for r in caplog.records)
    finally:
        manager.set_language("en")


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_qt_own_dialog_words_are_norwegian(qapp: QApplication, lang: str) -> None:
    manager = i18n.LanguageManager()
    try:
        assert manager.set_language(lang)
        assert QCoreApplication.translate("MainMenus", "&File") == "&Fil"
        # Standard buttons of Qt's own dialogs (QMessageBox, file dialogs).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    finally:
        manager.set_language("en")


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_every_string_is_translated(lang: str) -> None:
    root = ET.parse(i18n.i18n_dir() / f"samtaleduk_{lang}.ts").getroot()
    untranslated = [
        m.findtext("source") for m in root.iter("message")
        if not _target(m).strip()
        or (m.find("translation") is not None
            and m.find("translation").get("type") in ("unfinished", "vanished", "obsolete"))
    ]
    assert untranslated == []


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_accelerators_and_placeholders_survive_translation(lang: str) -> None:
    root = ET.parse(i18n.i18n_dir() / f"samtaleduk_{lang}.ts").getroot()
    for m in root.iter("message"):
        source = m.findtext("source") or ""
        for target in _forms(m):
            for marker in ("%1", "%2", "%3", "%n"):
                assert (marker in source) == (marker in target), (source, target)
            assert ("&" in source) <= ("&" in target), (source, target)


def _forms(message: ET.Element) -> list[str]:
    """A message's translation: its plural forms (numerus="yes"), else the one text."""
    forms = [f.text or "" for f in message.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [message.findtext("translation") or ""]


def _target(message: ET.Element) -> str:
    forms = _forms(message)
    return "" if not all(f.strip() for f in forms) else "\n".join(forms)


def test_the_sources_hold_every_string_in_ui(tmp_path: Path) -> None:
    """A new tr() string that nobody has translated fails here: run
    scripts/update-translations.sh and translate the new entries."""
    tool = Path(i18n.find_lrelease() or "").with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ui_dir = Path(i18n.__file__).parents[1]
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in ui_dir.rglob("*.py"))
    subprocess.run([str(tool), "-silent", *sources, "-ts", str(fresh)], check=True)
    wanted = {(c.findtext("name") or "", m.findtext("source") or "")
              for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    have = {(c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(i18n.i18n_dir() / "samtaleduk_nn.ts").getroot().iter("context")
            for m in c.iter("message")}
    assert sorted(wanted - have) == []


def test_canvas_chrome_is_translated_at_run_time(qapp: QApplication) -> None:
    """The canvas's own tr() helper must look where lupdate filed its strings."""
    from ui.canvas.frame import tr

    manager = i18n.LanguageManager()
    try:
        manager.set_language("nn")
        assert tr("Write, then press Enter") == "Skriv, og trykk Enter"
    finally:
        manager.set_language("en")
    assert tr("Write, then press Enter") == "Write, then press Enter"


def test_translate_helpers_use_the_context_lupdate_files_them_under() -> None:
    """A helper `tr(text)` forwarding to translate() must use the empty context:
    lupdate files its literal calls there, so any other context finds nothing."""
    import re

    ui_dir = Path(i18n.__file__).parents[1]
    helper = re.compile(r'translate\(\s*"([^"]*)"\s*,\s*[A-Za-z_]\w*\s*\)')
    wrong = [(p.name, m.group(1)) for p in ui_dir.rglob("*.py")
             for m in helper.finditer(p.read_text(encoding="utf-8")) if m.group(1)]
    assert wrong == []


def test_pseudo_translation_keeps_what_makes_a_string_work() -> None:
    assert i18n.pseudo("&File") == "[&Fîlé·]"
    longer = i18n.pseudo("Write, then press Enter")
    assert len(longer) >= 1.3 * len("Write, then press Enter")
    assert "%1" in i18n.pseudo("Saved %1") and "<h3>" in i18n.pseudo("<h3>Hi</h3>")
    assert i18n.pseudo("&Print …\tCtrl+P").endswith("]\tCtrl+P")


def test_pseudo_switch_answers_every_lookup(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    manager = i18n.LanguageManager()
    try:
        manager.set_language("nn")
        assert QCoreApplication.translate("MainMenus", "&File") == i18n.pseudo("&File")
    finally:
        monkeypatch.delenv(i18n.PSEUDO_ENV)
        manager.set_language("en")
    assert QCoreApplication.translate("MainMenus", "&File") == "&File"


@pytest.mark.parametrize(("lang", "save", "discard"), [
    ("nn", "Lagra", "Forkast"), ("nb", "Lagre", "Forkast"), ("en", "Save", "Discard")])
def test_message_box_buttons_speak_the_ui_language(
        qapp: QApplication, lang: str, save: str, discard: str) -> None:
    """Qt ships no bokmål catalogue (only qtbase_nn); the app's own bokmål
    catalogue for Qt's dialogs answers first in the bokmål UI (issue 18, point 2)."""
    from PySide6.QtWidgets import QMessageBox

    manager = i18n.LanguageManager()
    try:
        manager.set_language(lang)
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
        texts = (box.button(QMessageBox.StandardButton.Save).text(),
                 box.button(QMessageBox.StandardButton.Discard).text())
        box.deleteLater()
        assert texts == (save, discard)
    finally:
        manager.set_language("en")


@pytest.mark.parametrize(("context", "source", "bokmal"), [
    ("QFileDialog", "Look in:", "Søk i:"), ("QFileDialog", "File &name:", "Fil&navn:"),
    ("QPlatformTheme", "Open", "Åpne"), ("QPlatformTheme", "&No", "&Nei")])
def test_qt_dialog_words_are_bokmal_in_the_bokmal_ui(
        qapp: QApplication, context: str, source: str, bokmal: str) -> None:
    manager = i18n.LanguageManager()
    try:
        manager.set_language("nb")
        assert QCoreApplication.translate(context, source) == bokmal
    finally:
        manager.set_language("en")
