"""The user guide in a window: the Markdown in docs/guide, shown with its pictures.

Nynorsk and bokmål have their own guide; English readers get the bokmål one (there is
no English guide, and bokmål is the form most often learnt as a second language).
The window is not modal, so the guide can stay open beside the duk. Links out of the
program are never followed: Samtaleduk does not go on the net.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QShowEvent, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from samtaleduk.paths import app_root

GUIDES = {"nn": "rettleiing-nn.md", "nb": "veiledning-nb.md", "en": "veiledning-nb.md"}
MAX_IMAGE_WIDTH = 760
"""Screenshots are drawn at most this wide, so that they fit the window without scrolling sideways."""


def guide_dir() -> Path:
    return app_root() / "docs" / "guide"


def guide_path(lang: str) -> Path:
    """The guide for the UI language `lang` (nynorsk for an unknown one); the other
    Norwegian one if that file is missing (`samtaleduk selftest` reports a missing guide)."""
    wanted = guide_dir() / GUIDES.get(lang, GUIDES["nn"])
    if wanted.is_file():
        return wanted
    other = guide_dir() / (GUIDES["nn"] if wanted.name == GUIDES["nb"] else GUIDES["nb"])
    return other if other.is_file() else wanted


class GuideDialog(QDialog):
    """A reading window for one guide."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # no link leaves the guide (offline, and no surprises)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(f"{path.parent}/"))
        self.browser.setSearchPaths([str(path.parent)])
        text = path.read_text(encoding="utf-8")
        self.browser.document().setMarkdown(text)
        _fit_images(self.browser.document(), MAX_IMAGE_WIDTH)
        title = _first_heading(text) or "Samtaleduk"
        self.setWindowTitle(title)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.browser, 1)
        box.addWidget(buttons)
        self.resize(900, 720)
        # The guide is read from its beginning: the cursor (which the browser keeps
        # in view) at the start, and the view at the top once it is laid out.
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.to_top()
        # The document is laid out lazily (the pictures last): again when it is.
        QTimer.singleShot(0, self, self.to_top)

    def to_top(self) -> None:
        """Show the guide from its beginning."""
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)
        self.browser.horizontalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        # Anchors inside the guide only; anything else (web, files) stays closed.
        if url.scheme() in ("", "file") and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())


def _first_heading(markdown: str) -> str:
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def image_names(document: QTextDocument) -> list[str]:
    """The image references in `document`, in order."""
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def _fit_images(document: QTextDocument, max_width: int) -> None:
    """Scale wide screenshots down to `max_width`, keeping their proportions."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image_format = fmt.toImageFormat()
                image = document.resource(QTextDocument.ResourceType.ImageResource,
                                          QUrl(image_format.name()))
                size = getattr(image, "size", lambda: None)()
                if size is not None and size.width() > max_width:
                    scaled = QTextImageFormat(image_format)
                    scaled.setWidth(max_width)
                    scaled.setHeight(size.height() * max_width / size.width())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(scaled)
            it += 1
        block = block.next()


def open_user_guide(parent: QWidget | None, lang: str) -> GuideDialog:
    """Show the user guide in `lang` (nn, nb; en reads bokmål) beside `parent`."""
    dialog = GuideDialog(guide_path(lang), parent)
    # Owned by `parent` while open; gone when closed (F1 again opens a fresh one).
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    dialog.raise_()
    return dialog
