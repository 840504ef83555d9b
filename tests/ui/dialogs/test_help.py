"""The user guide window: the right language, pictures loaded and fitted, no way out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.dialogs import help as guide_help
from ui.dialogs.help import MAX_IMAGE_WIDTH, GuideDialog, guide_path, image_names, open_user_guide


def _images(dialog: GuideDialog) -> list[tuple[str, float]]:
    doc = dialog.browser.document()
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append((fmt.toImageFormat().name(), fmt.toImageFormat().width()))
            it += 1
        block = block.next()
    assert [name for name, _w in found] == image_names(doc)
    return found


@pytest.mark.parametrize(("lang", "title"), [
    ("nn", "Samtaleduk – rettleiing"), ("nb", "Samtaleduk – veiledning"),
    ("en", "Samtaleduk – veiledning"), ("xx", "Samtaleduk – rettleiing")])
def test_guide_opens_in_the_language_asked_for(qtbot: QtBot, lang: str, title: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_user_guide(parent, lang)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == title
    assert dialog.browser.accessibleName() == title
    assert "passordfrase" in dialog.browser.toPlainText()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()


def test_every_picture_is_loaded_and_fits_the_window(qtbot: QtBot) -> None:
    dialog = GuideDialog(guide_path("nn"))
    qtbot.addWidget(dialog)
    images = _images(dialog)
    assert len(images) >= 4
    doc = dialog.browser.document()
    for name, width in images:
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
        # Width 0: drawn at its own size, which then is narrow enough already.
        assert (width or image.width()) <= MAX_IMAGE_WIDTH, name
    assert any(width for _n, width in images)  # the full-window screenshots were scaled


def test_links_out_of_the_guide_are_not_followed(qtbot: QtBot, tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# Prøve\n\n[nett](https://example.org) [fil](other.md)\n",
                     encoding="utf-8")
    (tmp_path / "other.md").write_text("# Anna\n", encoding="utf-8")
    dialog = GuideDialog(guide)
    qtbot.addWidget(dialog)
    before = dialog.browser.toPlainText()
    dialog.browser.anchorClicked.emit(QUrl("https://example.org"))
    dialog.browser.anchorClicked.emit(QUrl("other.md"))
    assert dialog.browser.toPlainText() == before
    assert not dialog.browser.openExternalLinks() and not dialog.browser.openLinks()


def test_a_missing_guide_falls_back_to_the_other_norwegian_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rettleiing-nn.md").write_text("# Rettleiing\n", encoding="utf-8")
    monkeypatch.setattr(guide_help, "guide_dir", lambda: tmp_path)
    assert guide_path("nb") == tmp_path / "rettleiing-nn.md"
    assert guide_path("nn") == tmp_path / "rettleiing-nn.md"


class _Host:
    """The main window's side of the menus, doing nothing (only Help is tested)."""

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: None


@pytest.mark.parametrize(("lang", "title"), [
    ("nb", "Samtaleduk – veiledning"), ("nn", "Samtaleduk – rettleiing")])
def test_help_menu_opens_the_guide_in_the_ticked_language(
        qtbot: QtBot, lang: str, title: str) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.shell.menus import MainMenus

    window = QMainWindow()
    qtbot.addWidget(window)
    menus = MainMenus(window, _Host(), language="en", high_contrast=False)  # type: ignore[arg-type]
    assert menus.act_guide in menus.help_menu.actions()
    assert menus.act_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    menus.check_language(lang)
    menus.act_guide.trigger()
    dialogs = window.findChildren(GuideDialog)
    assert [d.windowTitle() for d in dialogs] == [title]
    dialogs[0].close()
