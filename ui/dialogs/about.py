"""Help › About: what Samtaleduk is, and the versions IT needs to judge its security.

sqlcipher3 bundles its own OpenSSL, which the system's security updates never touch, so
the dialog names it (read from SQLCipher, samtaleduk/trust/crypto_provider.py) beside the
program, Qt and Python versions. The texts are selectable, to paste into a ticket.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

import samtaleduk
from samtaleduk.trust.crypto_provider import read_versions


def version_rows() -> list[tuple[str, str]]:
    """(what, version) for the program and what it runs on; the crypto library's label
    is translated, the others are names."""
    found = read_versions()
    crypto = QCoreApplication.translate("AboutDialog", "Crypto library")
    return [
        ("Samtaleduk", str(getattr(samtaleduk, "__version__", ""))),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
        ("Python", platform.python_version()),
        ("SQLCipher", f"{found.sqlcipher} (SQLite {found.sqlite})"),
        (f"{crypto} ({found.provider})", found.provider_version),
    ]


class AboutDialog(QDialog):
    """What the program is, that it works offline, the font's licence, and the versions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The title and the text keep the context they had as a message box in the menus,
        # so their translations stay.
        self.setWindowTitle(QCoreApplication.translate("MainMenus", "About Samtaleduk"))
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "MainMenus",
            "<h3>Samtaleduk %1</h3>"
            "<p>Conversation canvases for family-team meetings and first "
            "conversations, built on Asker velferdslab's paper duk.</p>"
            "<p>Works offline. Everything is stored encrypted on this computer.</p>"
            "<p>Font: DejaVu Sans (free licence).</p>").replace(
                "%1", str(getattr(samtaleduk, "__version__", ""))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        heading = QLabel("<b>" + self.tr("Versions") + "</b>")
        layout.addWidget(heading)
        form = QFormLayout()
        self.version_labels: dict[str, QLabel] = {}
        for what, version in version_rows():
            value = QLabel(version)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(what)
            form.addRow(f"{what}:", value)
            self.version_labels[what] = value
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
