"""Undo commands for a meeting: two small shapes cover every edit.

The meeting's objects (each field's FieldContent, every note, goal, action …) are
never replaced while a session is open: lists are changed in place and attributes
are set on the same objects. So a command may hold direct references to them:

- `SetAttr` sets one or more attributes (typing, a date, a status). Consecutive
  `SetAttr`s with the same merge key fold into one command, so a whole note edit is
  undone in one step.
- `ReplaceLists` swaps the contents of one or more lists (add, delete, move,
  reorder). The lists hold the same item objects before and after, so attribute
  commands further up the stack stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGE_ID = 0x5D01
"""QUndoCommand.id() shared by every mergeable SetAttr."""

Notify = Callable[[Sequence[str]], None]
"""Called with the field ids a command touched, after it ran."""


class SetAttr(QUndoCommand):
    """Set attributes on model objects: [(obj, attr, old, new), …]."""

    def __init__(
        self,
        text: str,
        changes: list[tuple[Any, str, Any, Any]],
        fields: Sequence[str],
        notify: Notify,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._changes = changes
        self._fields = tuple(fields)
        self._notify = notify
        self.merge_key = merge_key

    def _apply(self, new: bool) -> None:
        for obj, attr, old, value in self._changes:
            setattr(obj, attr, value if new else old)
        self._notify(self._fields)

    def redo(self) -> None:
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAttr) or other.merge_key != self.merge_key:
            return False
        if self.merge_key is None or len(other._changes) != len(self._changes):
            return False
        # Keep our "old" values and take the newest "new" ones.
        self._changes = [
            (obj, attr, old, other_new)
            for (obj, attr, old, _), (_, _, _, other_new) in zip(
                self._changes, other._changes, strict=True
            )
        ]
        # Typing back to where one started leaves nothing to undo.
        self.setObsolete(all(old == new for _, _, old, new in self._changes))
        return True


class ReplaceLists(QUndoCommand):
    """Replace the contents of lists in place: [(the_list, before, after), …]."""

    def __init__(
        self,
        text: str,
        changes: list[tuple[list[Any], list[Any], list[Any]]],
        fields: Sequence[str],
        notify: Notify,
    ) -> None:
        super().__init__(text)
        self._changes = changes
        self._fields = tuple(fields)
        self._notify = notify

    def redo(self) -> None:
        for target, _, after in self._changes:
            target[:] = after
        self._notify(self._fields)

    def undo(self) -> None:
        for target, before, _ in self._changes:
            target[:] = before
        self._notify(self._fields)
