"""Every file dialog of the app: where to save a PDF or a case file, which case
file to receive, which folder gets a family's copy.

Qt's own file dialog remembers the last folder and its history in
`~/.config/QtProject.conf` (0644), outside the data folder; the folder a person
picks is often named after the family. The system's native dialogs keep recent
lists of their own that the app cannot clear (GTK's recently-used.xbel, the
Windows registry). So the dialogs here are always Qt's own (`DontUseNativeDialog`),
Qt's user settings are pointed into the data folder (`ui.tools.qt_settings`),
and the remembered folders are wiped again as soon as a dialog closes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QTreeView,
    QWidget,
)

from ui.tools.qt_settings import ensure_redirected

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


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


SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = 1, 2, 3


class UiLocaleFiles(QIdentityProxyModel):
    """A file dialog's sizes and dates in the UI language. Qt's file model writes
    them in the system's locale, so a nynorsk UI on an English system showed
    "9 bytes"; this proxy writes them with the app's locale (`QLocale()`, which the
    language manager sets) instead."""

    def data(self, index: QModelIndex | QPersistentModelIndex,  # noqa: D102
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(source, QFileSystemModel):
            inner = self.mapToSource(index)
            if index.column() == SIZE_COLUMN and not source.isDir(inner):
                return QLocale().formattedDataSize(source.size(inner))
            if index.column() == DATE_COLUMN:
                return QLocale().toString(source.lastModified(inner),
                                          QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def in_ui_language(dialog: QFileDialog) -> QFileDialog:
    """`dialog` with its sizes and dates in the UI language (`UiLocaleFiles`)."""
    if not isinstance(dialog.proxyModel(), UiLocaleFiles):
        dialog.setProxyModel(UiLocaleFiles(dialog))
        view = dialog.findChild(QTreeView, "treeView")
        if view is not None:  # Norwegian words and dates are longer than Qt's columns
            for column in (SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN):
                view.header().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


class _LanguageOnShow(QObject):
    """Gives every file dialog shown while it is installed `in_ui_language`: Qt's
    static dialog functions build their dialog out of reach."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802, D102
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            in_ui_language(watched)
        return False


@contextmanager
def _dialogs_in_ui_language() -> Iterator[None]:
    app = QApplication.instance()
    watcher = _LanguageOnShow()
    if app is not None:
        app.installEventFilter(watcher)
    try:
        yield
    finally:
        if app is not None:
            app.removeEventFilter(watcher)


def save_dialog(parent: QWidget | None, caption: str, start: str,
                name_filter: str) -> QFileDialog:
    """The dialog `save_file_name` shows, built but not shown or run: for pictures
    of it (`ui.tools.snapshot_languages`)."""
    ensure_redirected()
    dialog = QFileDialog(parent, caption, start, name_filter)
    dialog.setOptions(_OPTIONS)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return in_ui_language(dialog)


def save_file_name(parent: QWidget | None, caption: str, suggested: str,
                   name_filter: str) -> str:
    """Ask where to save a file; "" when cancelled."""
    ensure_redirected()
    try:
        with _dialogs_in_ui_language():
            path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested,
                                                        name_filter, options=_OPTIONS)
    finally:
        forget_folders()
    return str(path)


def save_path_in_documents(parent: QWidget | None, caption: str, name: str,
                           name_filter: str, suffix: str) -> Path | None:
    """Ask where to save `name` (a name that names no one), starting in the
    user's Documents folder; the path chosen, with `suffix` added when the name
    typed lacks it, or None when cancelled."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    path = save_file_name(parent, caption, str(Path(folder) / name), name_filter)
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def open_file_name(parent: QWidget | None, caption: str, start: str, name_filter: str) -> str:
    """Ask which file to open; "" when cancelled."""
    ensure_redirected()
    try:
        with _dialogs_in_ui_language():
            path, _chosen = QFileDialog.getOpenFileName(parent, caption, start, name_filter,
                                                        options=_OPTIONS)
    finally:
        forget_folders()
    return str(path)


def existing_directory(parent: QWidget | None, caption: str, start: str) -> str:
    """Ask for a folder; "" when cancelled."""
    ensure_redirected()
    try:
        with _dialogs_in_ui_language():
            path = QFileDialog.getExistingDirectory(
                parent, caption, start, QFileDialog.Option.ShowDirsOnly | _OPTIONS)
    finally:
        forget_folders()
    return str(path)
