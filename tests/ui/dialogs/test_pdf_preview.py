"""The preview from memory: the bytes shown are the bytes given back for a save,
and the document still reads its pages after the caller let go of them."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.printing import blank_pdf
from samtaleduk.templates.loading import TemplateSet
from ui.dialogs.pdf_preview import PdfPreview


def test_the_loaded_pdf_is_shown_and_given_back(qtbot: QtBot, templates: TemplateSet) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    preview = PdfPreview(owner, "somePreview")
    assert not preview.loaded() and preview.data() == b""
    assert preview.view.objectName() == "somePreview" and preview.document.parent() is owner
    data = blank_pdf(templates.get("familie"), paper="a4", lang="nn")
    preview.load(bytes(data))
    del data
    gc.collect()
    assert preview.loaded() and preview.document.status() == QPdfDocument.Status.Ready
    assert not preview.document.render(0, QSize(200, 280)).isNull()
    again = blank_pdf(templates.get("familie"), paper="a3", lang="nn")
    preview.load(again)
    assert preview.data() == again
    assert preview.document.pageCount() >= 1
