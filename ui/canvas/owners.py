"""The "Kven" box of an action: who does it, typed or chosen from the case's people.

A plain line edit with a completion *popup* (never inline completion, which shows
letters that are not saved). The popup offers names for the owner being typed,
after the last comma, "og" or "med hjelp frå", so one line can hold several owners
("Sara, med hjelp frå Ingrid Fjeld"). Choosing a name replaces only that part.
Whatever the line shows is what the action stores: every change of the text, typed
or chosen, is committed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from samtaleduk.domain.people import owner_start
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import line_edit


class OwnerCompleter(QCompleter):
    """Completes the last owner of the line, keeping the ones before it."""

    def __init__(self, edit: QLineEdit) -> None:
        self._names = QStringListModel([], edit)
        super().__init__(self._names, edit)
        self._edit = edit
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_names(self, names: Sequence[str]) -> None:
        """The names to offer (the case's people)."""
        if list(names) != self._names.stringList():
            self._names.setStringList(list(names))

    def names(self) -> list[str]:
        """The names offered now."""
        return self._names.stringList()

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path[owner_start(path):]]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        name = super().pathFromIndex(index)
        text = self._edit.text()
        return text[:owner_start(text)] + name


class OwnerEditor(QObject):
    """Wires an owner line edit to a setter: every change of the shown text is
    stored, and `show` puts a stored owner back without storing it again."""

    def __init__(self, edit: QLineEdit, store: Callable[[str], None],
                 seal: Callable[[], None]) -> None:
        super().__init__(edit)
        self.edit = edit
        self._store = store
        self._showing = False
        completer = edit.completer()
        assert isinstance(completer, OwnerCompleter)
        self.completer = completer
        # textChanged, not textEdited: choosing or even highlighting a name in the
        # popup changes the text without an edit signal, and must be saved too.
        edit.textChanged.connect(self._changed)
        edit.editingFinished.connect(seal)
        completer.activated.connect(lambda _name: seal())

    def _changed(self, text: str) -> None:
        # The box is narrow; several owners are read whole on hover.
        self.edit.setToolTip(text)
        if not self._showing:
            self._store(text)

    def show_owner(self, owner: str) -> None:
        """Show the stored owner (after undo, or another view's change)."""
        if self.edit.text() == owner:
            return
        self._showing = True
        try:
            pos = self.edit.cursorPosition()
            self.edit.setText(owner)
            self.edit.setCursorPosition(min(pos, len(owner)))
        finally:
            self._showing = False


def owner_edit(style: CanvasStyle, placeholder: str) -> QLineEdit:
    """A canvas line edit for "who does it" with the owner completer."""
    edit = line_edit(style, "flat", placeholder, 0.9)
    edit.setCompleter(OwnerCompleter(edit))
    return edit
