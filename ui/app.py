"""Starting the graphical app: `run()` is what `samtaleduk` (no subcommand) calls.

Order matters for a calm start: the QApplication, then the shipped font, the
theme and the language (so the very first frame is right), then the
one-instance lock, then the window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import samtaleduk
from samtaleduk import duker
from samtaleduk.paths import APP_NAME, user_duker_dir
from samtaleduk.paths import data_dir as resolve_data_dir
from samtaleduk.store import KdfParams


def application() -> QApplication:
    """The running QApplication, created with the app's name if there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(getattr(samtaleduk, "__version__", ""))
    app.setOrganizationName(APP_NAME)
    return app


def prepare(app: QApplication, data: Path) -> tuple[Any, Any]:
    """Font, theme and language for `app` from the settings in `data`;
    returns (prefs, language manager)."""
    from ui.fonts import install_app_font
    from ui.i18n import LanguageManager
    from ui.prefs import Prefs
    from ui.theme import apply_theme

    prefs = Prefs(data)
    install_app_font(app)
    apply_theme(app, prefs.theme)
    languages = LanguageManager()
    languages.set_language(prefs.language)
    return prefs, languages


def start(data_dir: str | os.PathLike[str] | None = None, passphrase: str | None = None,
          **options: Any) -> tuple[Any, Any] | None:
    """Build and show the main window; returns (window, instance lock), or None
    when another instance holds the data folder (after saying so).

    Options: `kdf` (KdfParams for a new store; tests and the demo use cheap ones)
    and `hint` (a text shown on the unlock page, e.g. the demo passphrase).
    """
    from ui.main_window import MainWindow
    from ui.single_instance import InstanceLock

    app = application()
    data = resolve_data_dir(data_dir)
    prefs, languages = prepare(app, data)

    lock = InstanceLock(data)
    if not lock.acquire():
        QMessageBox.information(
            None, QCoreApplication.translate("App", "Samtaleduk is already open"),
            QCoreApplication.translate(
                "App", "Samtaleduk is already open on this computer, in another window. "
                "Switch to that window to go on.\n\nOnly one window at a time may use "
                "the same cases, so that nothing written in one is lost in the other."))
        return None

    templates = duker.load_all(user_duker_dir(data))
    kdf = options.get("kdf")
    window = MainWindow(data, templates, languages, prefs,
                        kdf=kdf if isinstance(kdf, KdfParams) else None,
                        hint=str(options.get("hint") or ""))
    window.show()
    if templates.problems:
        # A broken duk file never stops the app; say which one, without content.
        QMessageBox.warning(
            window, QCoreApplication.translate("App", "A duk file has errors"),
            QCoreApplication.translate(
                "App", "These duk files could not be read and are left out:")
            + "\n\n" + "\n".join(p.message() for p in templates.problems[:10]))
    if passphrase:
        window.unlock_page.passphrase.setText(passphrase)
        window.unlock_page.confirm.setText(passphrase)
        window.unlock_page.attempt()
    return window, lock


def run(data_dir: str | os.PathLike[str] | None = None, passphrase: str | None = None,
        **options: Any) -> int:
    """Open the main window on the store in `data_dir` and run until it closes;
    returns the exit code (1 when another instance already has the folder).
    Options as for `start`."""
    started = start(data_dir, passphrase, **options)
    if started is None:
        return 1
    window, lock = started
    try:
        code = application().exec()
    finally:
        window.deleteLater()
        lock.release()
    return int(code)
