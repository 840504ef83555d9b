"""MeetingSession: the one object every edit of an open meeting goes through.

A view never changes the pydantic Meeting itself. It calls a method here; the
method builds an undo command and pushes it on the session's QUndoStack (which runs
it), the command emits `changed(field_id)` for each field it touched, and views
refresh that field only. Every change also schedules the autosave.

Here: saving (autosave, the search entries brought up to date after a pause, the
close), the undo plumbing and finding an item anywhere in the meeting. The edits
themselves are mixed in: the fields' content from `ui.meeting.field_edits`, the
people from `ui.meeting.people`.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.ops.meetings import bring_search_up_to_date, leave_meeting, save_meeting
from samtaleduk.templates.model import Template
from ui.meeting.autosave import Autosaver
from ui.meeting.commands import ReplaceLists, SetAttr
from ui.meeting.field_edits import FieldEdits
from ui.meeting.people import PARTICIPANTS, PeopleEdits
from ui.tools.jobs import jobs

if TYPE_CHECKING:
    from samtaleduk.store.store import Store

__all__ = ["PARTICIPANTS", "MeetingSession"]


_LISTS = ("notes", "goals", "actions", "helpers", "consents")

SEARCH_IDLE_MS = 10_000
"""After a save, this long without another one brings the meeting's search entries
up to date on the store lane (a save only marks them behind: `store.search_stale`)."""

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate a message of the session. pyside6-lupdate only sees calls named
    tr(), and files a bare tr("…") under the empty context; look there."""
    return QCoreApplication.translate("", text)


class MeetingSession(QObject, PeopleEdits, FieldEdits):
    """Edits, undo/redo and autosave for one open meeting."""

    changed = Signal(str)
    """A field changed (its id), or PARTICIPANTS."""
    saved = Signal(object)
    """Everything is written; carries the local datetime of the write."""
    save_failed = Signal(str)
    """A write failed; carries a short Norwegian message for a banner. The data stays
    in memory and the session keeps retrying."""

    def __init__(
        self,
        store: Store,
        case: Case,
        meeting: Meeting,
        template: Template,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case = case
        self.meeting = meeting
        self.template = template
        self.undo_stack = QUndoStack(self)
        self.read_only = False
        """An earlier meeting opened for reading: every edit is refused (left as it is)."""
        self._typing_generation = 0
        self._case_dirty = False
        self._template_saved = False
        self._autosave = Autosaver(self._write, self)
        self._autosave.saved.connect(self.saved)
        self._autosave.failed.connect(self._on_failed)
        self.last_saved: dt.datetime | None = None
        self._autosave.saved.connect(self._remember_saved)
        self._search_idle = QTimer(self)
        self._search_idle.setSingleShot(True)
        self._search_idle.setInterval(SEARCH_IDLE_MS)
        self._search_idle.timeout.connect(self._bring_search_up_to_date)
        self._autosave.saved.connect(lambda _when: self._search_idle.start())
        self._participants_at_open = [p.model_copy() for p in meeting.participants]
        self._elsewhere = self._elsewhere_base = None

    # ----------------------------------------------------------------- saving
    @property
    def dirty(self) -> bool:
        """True while a change is not yet written to the store."""
        return self._autosave.dirty

    @property
    def save_failing(self) -> bool:
        """True after a failed write, until a write succeeds."""
        return self._autosave.failing

    def flush(self) -> bool:
        """Write any unsaved change now. True when everything is saved."""
        return self._autosave.flush()

    def close(self) -> bool:
        """Flush and stop the timers; True when everything was saved. Then the
        meeting is left (`ops.meetings.leave_meeting`): its burst of editing ends
        and its search entries are brought up to date. That is one meeting's few
        rows, done here because a lock or quit closes the store right after (the
        flush has just waited for the store lane); a failure loses nothing, as
        the next search brings the entries up to date all the same."""
        ok = self.flush()
        if ok:
            self._autosave.stop()
            self._search_idle.stop()
            if not self.read_only and self.last_saved is not None:
                try:
                    leave_meeting(self.store, self.meeting.id)
                except Exception as exc:  # noqa: BLE001 (nothing is lost; see above)
                    log.warning("leaving the meeting: %s", type(exc).__name__)
        return ok

    def _bring_search_up_to_date(self) -> None:
        # Typing goes on: the next pause will do it.
        if self.dirty or not self.store.is_open:
            return
        store = self.store
        jobs().run(lambda: bring_search_up_to_date(store), self._search_done, owner=self,
                   uses_store=True)

    @staticmethod
    def _search_done(result: object) -> None:
        if isinstance(result, Exception):
            log.warning("bringing search up to date: %s", type(result).__name__)

    def _write(self) -> None:
        # Remembered at write time, not per keystroke, so a half-typed name
        # is not offered at the next meeting.
        self._case_dirty = self._remember_participants() or self._case_dirty
        # One transaction; the first write also snapshots the meeting's own duk.
        save_meeting(self.store, self.meeting,
                     None if self._template_saved else self.template,
                     self.case if self._case_dirty else None)
        self._template_saved = True
        self._case_dirty = False

    def _remember_saved(self, when: dt.datetime) -> None:
        self.last_saved = when

    def _on_failed(self, _kind: str) -> None:
        self.save_failed.emit(
            tr("Could not save. Everything is still here on screen; trying again…")
        )

    # --------------------------------------------------------- undo plumbing
    def undo(self) -> None:
        """Undo the last edit (in any field)."""
        self.seal_typing()
        self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        self.seal_typing()
        self.undo_stack.redo()

    def seal_typing(self) -> None:
        """End the current typing run: the next keystroke starts a new undo step."""
        self._typing_generation += 1

    def _notify(self, fields: Sequence[str]) -> None:
        for fid in fields:
            self.changed.emit(fid)
        self._autosave.mark_dirty()

    def _set(
        self,
        label: str,
        changes: list[tuple[Any, str, Any]],
        fields: Sequence[str],
        merge: Hashable | None = None,
    ) -> None:
        if self.read_only:
            return
        full = [(obj, attr, getattr(obj, attr), new) for obj, attr, new in changes]
        if all(old == new for _, _, old, new in full):
            return
        key = None if merge is None else (merge, self._typing_generation)
        self.undo_stack.push(SetAttr(label, full, fields, self._notify, key))

    def _lists(
        self, label: str, changes: list[tuple[list[Any], list[Any]]], fields: Sequence[str]
    ) -> None:
        if self.read_only:
            return
        self.seal_typing()
        full = [(target, list(target), after) for target, after in changes]
        self.undo_stack.push(ReplaceLists(label, full, fields, self._notify))

    # ---------------------------------------------------------------- lookup
    def find(self, item_id: uuid.UUID) -> tuple[str, str, Any]:
        """(field id, list name, item) for an item anywhere in the meeting; the
        field id is PARTICIPANTS for a participant. KeyError if there is none."""
        for fid, content in self.meeting.fields.items():
            for name in _LISTS:
                for item in getattr(content, name):
                    if item.id == item_id:
                        return fid, name, item
        for p in self.meeting.participants:
            if p.id == item_id:
                return PARTICIPANTS, "participants", p
        raise KeyError(item_id)

    def _container(self, fid: str, name: str) -> list[Any]:
        if fid == PARTICIPANTS:
            return self.meeting.participants
        lst: list[Any] = getattr(self.meeting.field(fid), name)
        return lst

    def _add(self, fid: str, name: str, item: Any, index: int | None, label: str) -> uuid.UUID:
        target = self._container(fid, name)
        after = list(target)
        after.insert(len(after) if index is None else max(0, min(index, len(after))), item)
        self._lists(label, [(target, after)], [fid])
        return uuid.UUID(str(item.id))

    def delete(self, item_id: uuid.UUID) -> None:
        """Delete any item (note, goal, action, helper, consent, participant)."""
        fid, name, item = self.find(item_id)
        target = self._container(fid, name)
        self._lists(tr("Delete"), [(target, [x for x in target if x is not item])], [fid])

    def move(self, item_id: uuid.UUID, to_field: str, index: int | None = None) -> None:
        """Move an item to another field of the same kind, or to another place in
        its own field. The item keeps its id (the evaluation follows it)."""
        fid, name, item = self.find(item_id)
        if fid == PARTICIPANTS:
            raise ValueError("participants are not moved between fields")
        source = self._container(fid, name)
        target = self._container(to_field, name)
        src_after = [x for x in source if x is not item]
        dst_after = src_after if source is target else list(target)
        pos = len(dst_after) if index is None else max(0, min(index, len(dst_after)))
        dst_after.insert(pos, item)
        if source is target:
            if dst_after == source:
                return
            self._lists(tr("Move"), [(source, dst_after)], [fid])
        else:
            self._lists(tr("Move"), [(source, src_after), (target, dst_after)], [fid, to_field])

    def _edit(self, item_id: uuid.UUID, label: str, typing: bool = False, **values: Any) -> None:
        fid, _, item = self.find(item_id)
        changes = [(item, attr, value) for attr, value in values.items()]
        merge = (item_id, tuple(values)) if typing else None
        self._set(label, changes, [fid], merge)
