"""Pictures of what a user reads in one UI language, beside the words themselves:
the main window (the case list of the demo cases, with the menu bar), a message box
with Qt's standard buttons, Qt's own file dialog and Qt's print dialog, as the app
shows them (issue 18: no foreign word in nn, nb or en).

`render_language_tour` draws them offscreen into PNGs and returns, per picture, every
text a user can read in it (labels, buttons, menus, tool tips, headers, combo items,
window titles; not the user's own data such as case names or file names), so that
a test can check the words and a person can look at the pictures
(`samtaleduk snapshot --languages --out DIR`).
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.loading import load_all
from ui.dialogs.file_dialogs import save_dialog
from ui.tools.snapshot import _grab, _settle, fill_demo_store

MAIN_SIZE = (1366, 768)


@dataclass(frozen=True)
class Picture:
    """One rendered view: its file and the texts a user reads in it."""

    name: str
    path: Path
    texts: tuple[str, ...]


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0]


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub)
        elif not action.isSeparator():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def _header_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount(QModelIndex())):
        value = model.headerData(column, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def visible_texts(widget: QWidget, *, item_columns: dict[str, tuple[int, ...]] | None = None
                  ) -> list[str]:
    """Every text of the app or Qt a user reads in `widget` and its children that
    are visible: the window title, labels, buttons and their tool tips, group titles,
    placeholders, combo-box items, tab titles, column headers and menus. Item views
    show the user's data (names, files), so only their headers count, and the
    columns named in `item_columns` (object name -> columns) for the words Qt puts
    there itself (a file dialog's "Folder")."""
    texts = [widget.windowTitle()]
    children = [w for w in widget.findChildren(QWidget) if w.isVisibleTo(widget)]
    for w in children:
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            texts += list(_header_texts(w))
            model = w.model()
            for column in (item_columns or {}).get(w.objectName(), ()):
                if model is not None:
                    root = w.rootIndex()
                    texts += [str(model.index(row, column, root).data() or "")
                              for row in range(model.rowCount(root))]
    menu_bar = getattr(widget, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                texts += list(_menu_texts(sub))
    texts += [a.text() for a in widget.findChildren(QAction)
              if a.isVisible() and a.parent() is widget and a.text()]
    return [t for t in (_plain(x).strip() for x in texts) if t]


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def render_language_tour(out: Path, lang: str) -> list[Picture]:
    """Draw the main window, a message box, the file dialog and the print dialog in
    `lang` into `out` (`<view>-<lang>.png`); returns them with their texts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ui.shell.app import application, prepare
    from ui.shell.main_window import MainWindow
    from ui.shell.prefs import Prefs

    app = application()
    pictures: list[Picture] = []

    def keep(name: str, widget: QWidget, **options: dict[str, tuple[int, ...]]) -> None:
        path = _grab(widget, out / f"{name}-{lang}.png")
        pictures.append(Picture(name, path, tuple(visible_texts(widget, **options))))

    with tempfile.TemporaryDirectory(prefix="samtaleduk-") as tmp:
        data = Path(tmp) / "data"
        Prefs(data).language = lang
        prefs, languages = prepare(app, data)
        window = MainWindow(data, load_all(), languages, prefs, kdf=FAST_KDF)
        try:
            window.resize(*MAIN_SIZE)
            window.show()
            store = Store.create(data, secrets.token_urlsafe(16), FAST_KDF)
            window.set_store(store)
            fill_demo_store(store)
            window.show_cases()
            keep("main-window", window)

            box = window.unsaved_question()
            box.show()
            keep("message-box", box)
            box.close()

            folder = Path(tmp) / "pdf"  # the path shows too: no English word in it
            # A folder named in no language: no picture shows another language's word.
            (folder / "Samtaleduk").mkdir(parents=True)
            (folder / "duk.pdf").write_bytes(b"%PDF-1.4\n")
            files = save_dialog(window, _translate("PrintDialog", "Save as PDF"), str(folder),
                                _translate("PrintDialog", "PDF files (*.pdf)"))
            files.resize(800, 500)
            files.show()
            _wait_for_listing(files)
            keep("file-dialog", files, item_columns={"treeView": (1, 2)})
            files.close()

            printer = QPrinter()
            printing = QPrintDialog(printer, window)
            printing.setWindowTitle(_translate("PrintDialog", "Print"))
            printing.show()
            keep("print-dialog", printing)
            printing.close()
        finally:
            for dialog in window.findChildren(QDialog):
                dialog.deleteLater()
            window.close()
            window.deleteLater()
            _settle()
    return pictures


def _wait_for_listing(dialog: QWidget, rounds: int = 200) -> None:
    """Qt lists a folder on a thread of its own: let it fill the view (and the type
    column, which is where "Folder" shows)."""
    from PySide6.QtWidgets import QTreeView

    view = dialog.findChild(QTreeView, "treeView")
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if view is not None and view.model().rowCount(view.rootIndex()) >= 2 and all(
                view.model().index(r, 2, view.rootIndex()).data()
                for r in range(view.model().rowCount(view.rootIndex()))):
            return
