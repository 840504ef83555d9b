"""A PDF shown from memory, as the print dialog and the invitation preview it:
the engine's bytes in a QtPdf document, its pages on a calm table instead of
Qt's dark grey. The document reads from a buffer that must outlive it until
the next load; `PdfPreview` keeps it, and gives the bytes back for a save."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

from ui.look.theme import colour


class PdfPreview:
    """The `document` (a child of `owner`) and its `view` (named `object_name`;
    the caller sets its page and zoom modes and lays it out)."""

    def __init__(self, owner: QObject, object_name: str) -> None:
        self.document = QPdfDocument(owner)
        self.view = QPdfView()
        self.view.setObjectName(object_name)
        self.view.setDocument(self.document)
        # A calm table under the pages instead of the default dark grey.
        pal = self.view.palette()
        pal.setColor(QPalette.ColorRole.Dark, QColor(colour("surface_alt")).darker(112))
        self.view.setPalette(pal)
        self._buffer: QBuffer | None = None

    def load(self, data: bytes) -> None:
        """Show the PDF `data` in place of what was shown."""
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        # The document reads from the buffer: keep it alive until the next load.
        self._buffer = buffer

    def loaded(self) -> bool:
        """Whether a PDF was ever loaded."""
        return self._buffer is not None

    def data(self) -> bytes:
        """The PDF bytes last loaded; empty before the first load."""
        return bytes(self._buffer.data().data()) if self._buffer is not None else b""
