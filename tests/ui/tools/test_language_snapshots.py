"""Issue 18: the main window, a message box, the file dialog and the print dialog
speak one language each, with no foreign word: every text a user reads in them
(`ui.tools.snapshot_languages`) is spell-checked with hunspell for nynorsk and
bokmål, and the English ones hold no word only the Norwegian catalogues use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView
from pytestqt.qtbot import QtBot

from tests.language import spelling
from tests.language.texts import Text, catalogue_texts, words
from ui.tools.snapshot_languages import Picture, render_language_tour

VIEWS = {"main-window", "message-box", "file-dialog", "print-dialog"}


AUTONYMS = {"Nynorsk", "Bokmål", "English"}
"""The Language menu names each language in itself, in every UI language."""


def _texts(pictures: list[Picture]) -> list[Text]:
    # A path in the file dialog's folder box is where the files are, not words.
    return [Text(f"{p.name}: «{t}»", t) for p in pictures for t in p.texts
            if not re.match(r"^[/~]|^[A-Z]:\\", t) and t not in AUTONYMS]


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    """The words of the English catalogue and of every English source string."""
    import xml.etree.ElementTree as ET

    from tests.language.texts import I18N

    found = {w.lower() for t in catalogue_texts("en") for w in words(t.text)}
    for name in ("samtaleduk_en.ts", "qtdialogs_nb.ts", "qtdialogs_nn.ts"):
        for source in ET.parse(I18N / name).getroot().iter("source"):
            found |= {w.lower() for w in words(source.text or "")}
    return found


@pytest.fixture(scope="module")
def norwegian_only(english_words: set[str]) -> set[str]:
    """Words the nynorsk and bokmål catalogues use that no English text does."""
    norwegian = {w.lower() for lang in ("nn", "nb") for t in catalogue_texts(lang)
                 for w in words(t.text)}
    return norwegian - english_words


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_the_dialogs_hold_only_words_of_the_ui_language(
        qapp: QApplication, tmp_path: Path, lang: str) -> None:
    pictures = render_language_tour(tmp_path, lang)
    assert {p.name for p in pictures} == VIEWS
    assert all(p.path.stat().st_size > 5000 for p in pictures)
    texts = _texts(pictures)
    assert len(texts) > 100
    report = spelling.check(lang, texts, spelling.accepted_words(lang))
    if report.slips or report.unknown:
        pytest.fail(report.message(), pytrace=False)


def _norwegian_in_english(texts: list[Text], norwegian_only: set[str],
                          english_words: set[str]) -> list[str]:
    """Words of English texts that are Norwegian: used only by our Norwegian
    catalogues, with æ, ø or å, or known to a Norwegian dictionary and used by no
    English text of ours or Qt's (Qt's own nynorsk words, such as «Forkast»)."""
    from tests.language import hunspell

    seen = {w for t in texts for w in words(t.text) if spelling.checked(w)}
    strangers = {w for w in seen if w.lower() not in english_words}
    norwegian = {w for w in strangers
                 if w not in hunspell.unknown_words(strangers, "nb_NO")
                 or w not in hunspell.unknown_words(strangers, "nn_NO")}
    return sorted({f"{t.where}: {w}" for t in texts for w in words(t.text)
                   if w.lower() in norwegian_only or re.search("[æøå]", w, re.I)
                   or w in norwegian})


def test_the_english_dialogs_hold_no_norwegian_word(
        qapp: QApplication, tmp_path: Path, norwegian_only: set[str],
        english_words: set[str]) -> None:
    pictures = render_language_tour(tmp_path, "en")
    found = _norwegian_in_english(_texts(pictures), norwegian_only, english_words)
    assert not found, "\n".join(found)


def test_a_norwegian_word_in_the_english_texts_would_be_found(
        norwegian_only: set[str], english_words: set[str]) -> None:
    texts = [Text("message-box: «x»", "Lagra"), Text("file-dialog: «y»", "Forkast"),
             Text("print-dialog: «z»", "Print to File"), Text("w", "Søk")]
    assert _norwegian_in_english(texts, norwegian_only, english_words) == [
        "file-dialog: «y»: Forkast", "message-box: «x»: Lagra", "w: Søk"]


@pytest.mark.parametrize(("lang", "size"), [("nn", "9 byte"), ("nb", "9 byte"),
                                            ("en", "9 bytes")])
def test_the_apps_file_dialog_writes_sizes_in_the_ui_language(
        qapp: QApplication, qtbot: QtBot, tmp_path: Path, lang: str, size: str) -> None:
    """Qt's file model writes sizes in the system's locale ("9 bytes" in a nynorsk UI
    on an English system); the app's file dialogs write them in the UI language."""
    from ui.dialogs import file_dialogs
    from ui.tools import i18n

    (tmp_path / "duk.pdf").write_bytes(b"%PDF-1.4\n")
    seen: list[str] = []
    tries = iter(range(500))  # Qt lists the folder on a thread; never wait forever

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        view = dialog.findChild(QTreeView, "treeView") if dialog is not None else None
        model = view.model() if view is not None else None
        root = view.rootIndex() if view is not None else None
        listed = model is not None and model.rowCount(root) > 0 and model.index(0, 1, root).data()
        if not listed and next(tries, None) is not None:
            QTimer.singleShot(10, look_and_cancel)
            return
        if model is not None:
            seen.append(str(model.index(0, 1, root).data()))
        if isinstance(dialog, QFileDialog):
            dialog.reject()

    manager = i18n.LanguageManager()
    try:
        manager.set_language(lang)
        QTimer.singleShot(0, look_and_cancel)
        assert file_dialogs.open_file_name(None, "", str(tmp_path), "PDF (*.pdf)") == ""
    finally:
        manager.set_language("en")
    assert seen == [size]
