"""Qt's own user settings (QtProject.conf: the file dialog's last folder and
history) kept inside the data folder, never in `~/.config` (`ui.dialogs.file_dialogs`
says why). Apart from the dialogs so that the start-up can point them there before
the first paint without loading the file dialogs' classes (~4.5 ms, issue 16)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FOLDER = "qt-settings"
"""Where Qt's own user settings go, inside the data folder."""

_redirected: Path | None = None


def redirect_qt_settings(data_dir: Path) -> Path:
    """Send Qt's user-scope settings to a private folder inside `data_dir`; returns
    that folder. Called at start, before any dialog, and again if the data folder
    changes."""
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


def ensure_redirected() -> None:
    """Redirect to the app's data folder if nothing has yet (a dialog before the
    start-up: tests, a tool)."""
    if _redirected is None:
        from samtaleduk.paths import data_dir

        redirect_qt_settings(data_dir(None))
