"""Every file dialog of the app: where to save a PDF or a case file, which case
file to receive, which folder gets a family's copy.

Qt's own file dialog remembers the last folder and its history in
`~/.config/QtProject.conf` (0644), outside the data folder; the folder a person
picks is often named after the family. The system's native dialogs keep recent
lists of their own that the app cannot clear (GTK's recently-used.xbel, the
Windows registry). So the dialogs here are always Qt's own (`DontUseNativeDialog`),
Qt's user settings are pointed into the data folder (`redirect_qt_settings`),
and the remembered folders are wiped again as soon as a dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_FOLDER = "qt-settings"
"""Where Qt's own user settings go, inside the data folder."""

_OPTIONS = QFileDialog.Option.DontUseNativeDialog
_redirected: Path | None = None


def redirect_qt_settings(data_dir: Path) -> Path:
    """Send Qt's user-scope settings (QtProject.conf: the file dialog's last folder
    and history) to a private folder inside `data_dir`; returns that folder.
    Called at start, before any dialog, and again if the data folder changes."""
    global _redirected
    folder = Path(data_dir) / SETTINGS_FOLDER
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        # A read-only or full data folder: Qt then fails to write its settings,
        # silently, which is still better than writing them outside.
        pass
    # INI by default: Windows' native format is the registry and macOS' a plist
    # in ~/Library, where setPath has no effect. The app's own settings name
    # their file, so only Qt's (QtProject) follow the default.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    _redirected = folder
    return folder


def _ensure_redirected() -> None:
    if _redirected is None:  # a dialog before start-up (tests, a tool): the app's folder
        from samtaleduk.paths import data_dir

        redirect_qt_settings(data_dir(None))


def forget_folders() -> None:
    """Wipe what Qt's file dialog remembered (last folder, history, sidebar)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()
    path = Path(settings.fileName())
    try:
        if path.exists():
            path.chmod(0o600)
    except OSError:  # not ours to fix here; nothing personal is left in it
        pass


def save_file_name(parent: QWidget | None, caption: str, suggested: str,
                   name_filter: str) -> str:
    """Ask where to save a file; "" when cancelled."""
    _ensure_redirected()
    try:
        path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter,
                                                    options=_OPTIONS)
    finally:
        forget_folders()
    return str(path)


def open_file_name(parent: QWidget | None, caption: str, start: str, name_filter: str) -> str:
    """Ask which file to open; "" when cancelled."""
    _ensure_redirected()
    try:
        path, _chosen = QFileDialog.getOpenFileName(parent, caption, start, name_filter,
                                                    options=_OPTIONS)
    finally:
        forget_folders()
    return str(path)


def existing_directory(parent: QWidget | None, caption: str, start: str) -> str:
    """Ask for a folder; "" when cancelled."""
    _ensure_redirected()
    try:
        path = QFileDialog.getExistingDirectory(
            parent, caption, start, QFileDialog.Option.ShowDirsOnly | _OPTIONS)
    finally:
        forget_folders()
    return str(path)
