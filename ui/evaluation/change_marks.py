"""How a change is marked on screen: a symbol, a short word and a colour.

The symbol and the word carry the meaning (a black-and-white print, colour
blindness, a screen reader); the colour only helps the eye. The symbols are the
printed evaluation's. `marks_for` turns the engine's `Comparison` into the marks of
each item on the older and on the newer duk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from samtaleduk.domain.model import Action, Consent, Goal, Helper, Note
from samtaleduk.evaluation import (
    ActionChange,
    Comparison,
    ConsentDiff,
    GoalChange,
    HelperDiff,
    ItemChange,
    NoteChange,
)


def tr(text: str) -> str:
    # pyside6-lupdate files a bare tr("…") call under the empty context; look there.
    return QCoreApplication.translate("", text)


class MarkKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"
    DONE = "done"
    PARTLY = "partly"
    DROPPED = "dropped"


SYMBOLS: dict[MarkKind, str] = {
    MarkKind.ADDED: "+", MarkKind.REMOVED: "−", MarkKind.CHANGED: "✎", MarkKind.MOVED: "➜",
    MarkKind.DONE: "✓", MarkKind.PARTLY: "◐", MarkKind.DROPPED: "✗",
}

COLOURS: dict[MarkKind, tuple[str, str]] = {
    # (ink, background); Okabe–Ito hues, dark enough ink for 4.5:1 on the tint.
    MarkKind.ADDED: ("#00573F", "#D9F0E6"),
    MarkKind.REMOVED: ("#8A2416", "#F9E3DF"),
    MarkKind.CHANGED: ("#6B4500", "#FCEBC8"),
    MarkKind.MOVED: ("#0B4F80", "#DCEBF7"),
    MarkKind.DONE: ("#00573F", "#D9F0E6"),
    MarkKind.PARTLY: ("#6B4500", "#FCEBC8"),
    MarkKind.DROPPED: ("#4A5560", "#E6E2DA"),
}


def kind_word(kind: MarkKind) -> str:
    """The short word for a mark kind, in the UI language."""
    return {
        MarkKind.ADDED: tr("New"), MarkKind.REMOVED: tr("Removed"),
        MarkKind.CHANGED: tr("Changed"), MarkKind.MOVED: tr("Moved"),
        MarkKind.DONE: tr("Done"), MarkKind.PARTLY: tr("Partly done"),
        MarkKind.DROPPED: tr("Dropped"),
    }[kind]


def legend() -> str:
    """Every symbol with its word, for the line under the summary."""
    return " · ".join(f"{SYMBOLS[k]} {kind_word(k).lower()}" for k in MarkKind)


@dataclass(frozen=True)
class Mark:
    kind: MarkKind
    word: str
    """What the mark says, e.g. "Moved from «Vanskeleg»"."""

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.kind]


Item = Note | Goal | Action | Helper | Consent


@dataclass
class Ghost:
    """An item of the older duk that the newer one no longer has, drawn struck
    through in the one-duk view (in its field, when the newer duk has it)."""

    item: Item
    field: str
    mark: Mark


@dataclass
class SideMarks:
    """The marks on the older duk (`old`) and the newer duk (`new`), by item id;
    `was` holds an edited item's old words for the one-duk view."""

    old: dict[uuid.UUID, list[Mark]] = field(default_factory=dict)
    new: dict[uuid.UUID, list[Mark]] = field(default_factory=dict)
    ghosts: list[Ghost] = field(default_factory=list)
    was: dict[uuid.UUID, str] = field(default_factory=dict)

    def add(self, side: dict[uuid.UUID, list[Mark]], item_id: uuid.UUID, kind: MarkKind,
            word: str | None = None) -> None:
        side.setdefault(item_id, []).append(Mark(kind, word or kind_word(kind)))

    def counts(self) -> dict[MarkKind, int]:
        """How many items carry each kind of mark (either duk, each item once)."""
        seen: dict[MarkKind, set[uuid.UUID]] = {}
        for side in (self.old, self.new):
            for item_id, marks in side.items():
                for m in marks:
                    seen.setdefault(m.kind, set()).add(item_id)
        return {k: len(v) for k, v in seen.items()}


def marks_for(c: Comparison, label: Callable[[str], str]) -> SideMarks:
    """The marks of every changed item of comparison `c`; `label(field_id)` names a
    field in the case's language."""
    s = SideMarks()
    for n in c.notes:
        _note(s, n.change, n.id, n.old, n.old_field, n.new_field, n.text_changed, label)
    for g in c.goals:
        _status_item(s, g, {GoalChange.NEW: MarkKind.ADDED, GoalChange.REACHED: MarkKind.DONE,
                            GoalChange.DROPPED: MarkKind.DROPPED},
                     {GoalChange.REMOVED, GoalChange.FIELD_REMOVED}, label,
                     {GoalChange.REACHED: tr("Reached")})
        if g.old and g.new and (g.text_changed or g.deadline_changed):
            s.add(s.new, g.id, MarkKind.CHANGED,
                  tr("New deadline") if g.deadline_changed and not g.text_changed else None)
            if g.text_changed:
                s.was[g.id] = g.old.text
    for a in c.actions:
        _status_item(s, a, {ActionChange.NEW: MarkKind.ADDED, ActionChange.DONE: MarkKind.DONE,
                            ActionChange.PARTLY: MarkKind.PARTLY,
                            ActionChange.DROPPED: MarkKind.DROPPED},
                     {ActionChange.REMOVED, ActionChange.FIELD_REMOVED}, label, {})
        if a.old and a.new and a.changed - {"field", "comment"}:
            s.add(s.new, a.id, MarkKind.CHANGED)
            if "text" in a.changed:
                s.was[a.id] = a.old.text
    others: list[HelperDiff | ConsentDiff] = [*c.helpers, *c.consents]
    for h in others:
        either = h.new or h.old
        assert either is not None
        item_id = either.id
        if h.change is ItemChange.ADDED:
            s.add(s.new, item_id, MarkKind.ADDED)
        elif h.change in (ItemChange.REMOVED, ItemChange.FIELD_REMOVED) and h.old:
            s.add(s.old, item_id, MarkKind.REMOVED)
            s.ghosts.append(Ghost(h.old, h.field, Mark(MarkKind.REMOVED, kind_word(
                MarkKind.REMOVED))))
        elif h.change is ItemChange.WITHDRAWN:
            s.add(s.new, item_id, MarkKind.DROPPED, tr("Withdrawn"))
        elif h.change is ItemChange.CHANGED:
            s.add(s.old, item_id, MarkKind.CHANGED)
            s.add(s.new, item_id, MarkKind.CHANGED)
    return s


def _note(s: SideMarks, change: NoteChange, item_id: uuid.UUID, old: Note | None,
          old_field: str | None, new_field: str | None, text_changed: bool,
          label: Callable[[str], str]) -> None:
    if change is NoteChange.ADDED:
        s.add(s.new, item_id, MarkKind.ADDED)
    elif change in (NoteChange.REMOVED, NoteChange.FIELD_REMOVED) and old is not None:
        s.add(s.old, item_id, MarkKind.REMOVED)
        s.ghosts.append(Ghost(old, old_field or "", Mark(MarkKind.REMOVED,
                                                         kind_word(MarkKind.REMOVED))))
    elif change is NoteChange.CHANGED and old is not None:
        s.add(s.old, item_id, MarkKind.CHANGED)
        s.add(s.new, item_id, MarkKind.CHANGED)
        s.was[item_id] = old.text
    elif change is NoteChange.MOVED and old_field and new_field:
        s.add(s.old, item_id, MarkKind.MOVED,
              tr("Moved to «%1»").replace("%1", label(new_field)))
        s.add(s.new, item_id, MarkKind.MOVED,
              tr("Moved from «%1»").replace("%1", label(old_field)))
        if text_changed and old is not None:
            s.add(s.new, item_id, MarkKind.CHANGED)
            s.was[item_id] = old.text


def _status_item(s: SideMarks, d: object, new_kinds: dict[object, MarkKind],
                 gone: set[object], label: Callable[[str], str],
                 words: dict[object, str]) -> None:
    change = getattr(d, "change")  # noqa: B009
    old, new = getattr(d, "old"), getattr(d, "new")  # noqa: B009
    item_id: uuid.UUID = (new or old).id
    if change in new_kinds:
        s.add(s.new, item_id, new_kinds[change], words.get(change))
    elif change in gone and old is not None:
        s.add(s.old, item_id, MarkKind.REMOVED)
        s.ghosts.append(Ghost(old, getattr(d, "field"),  # noqa: B009
                              Mark(MarkKind.REMOVED, kind_word(MarkKind.REMOVED))))
    old_field, new_field = getattr(d, "old_field"), getattr(d, "new_field")  # noqa: B009
    if old_field and new_field and old_field != new_field:
        s.add(s.old, item_id, MarkKind.MOVED, tr("Moved to «%1»").replace("%1", label(new_field)))
        s.add(s.new, item_id, MarkKind.MOVED,
              tr("Moved from «%1»").replace("%1", label(old_field)))
