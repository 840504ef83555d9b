"""MeetingSession: the one object every edit of an open meeting goes through.

A view never changes the pydantic Meeting itself. It calls a method here; the
method builds an undo command and pushes it on the session's QUndoStack (which runs
it), the command emits `changed(field_id)` for each field it touched, and views
refresh that field only. Every change also schedules the autosave.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from samtaleduk.domain import speakers
from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Case,
    Consent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    SaidBy,
)
from samtaleduk.domain.speakers import Speaker
from samtaleduk.fieldkinds import meeting_date_fields, spec_of
from samtaleduk.ops.meetings import bring_search_up_to_date, leave_meeting, save_meeting
from samtaleduk.templates.model import Template
from ui.meeting.autosave import Autosaver
from ui.meeting.commands import ReplaceLists, SetAttr
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


class MeetingSession(QObject, PeopleEdits):
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

    # ----------------------------------------------------------------- notes
    def add_note(
        self,
        field_id: str,
        text: str,
        *,
        index: int | None = None,
        domain: str | None = None,
        said_by: SaidBy | None = None,
        said_by_name: str = "",
    ) -> uuid.UUID:
        """Add a card to a notes field; returns its id."""
        note = Note(text=text, domain=domain, said_by=said_by, said_by_name=said_by_name.strip())
        return self._add(field_id, "notes", note, index, tr("New note"))

    def set_note_text(self, note_id: uuid.UUID, text: str) -> None:
        """Change a note's text; keystrokes of one edit merge into one undo step."""
        self._edit(note_id, tr("Edit note"), typing=True, text=text)

    def set_note_domain(self, note_id: uuid.UUID, domain: str | None) -> None:
        self._edit(note_id, tr("Life domain"), domain=domain)

    def set_note_said_by(self, note_id: uuid.UUID, said_by: SaidBy | None) -> None:
        """Set only the kind of voice of a note (its name, if any, stays)."""
        self._edit(note_id, tr("Who said it"), said_by=said_by)

    def speaker_choices(self) -> list[Speaker]:
        """People a note can be attributed to: today's participants (with their
        kind of voice when their role says it), then the case's other members."""
        return speakers.speaker_choices(self.case, self.meeting)

    def set_note_speaker(self, note_id: uuid.UUID, name: str, role: SaidBy | None) -> None:
        """Who said a note, by name ("" for none) and kind of voice; one undo step."""
        self._edit(note_id, tr("Who said it"), said_by=role, said_by_name=name.strip())

    def move_note(self, note_id: uuid.UUID, to_field: str, index: int | None = None) -> None:
        self.move(note_id, to_field, index)

    def delete_note(self, note_id: uuid.UUID) -> None:
        self.delete(note_id)

    # ----------------------------------------------------------------- goals
    def add_goal(
        self, field_id: str, text: str, *, deadline: dt.date | None = None
    ) -> uuid.UUID:
        return self._add(field_id, "goals", Goal(text=text, deadline=deadline), None,
                         tr("New goal"))

    def set_goal_text(self, goal_id: uuid.UUID, text: str) -> None:
        self._edit(goal_id, tr("Edit goal"), typing=True, text=text)

    def set_goal_deadline(self, goal_id: uuid.UUID, deadline: dt.date | None) -> None:
        self._edit(goal_id, tr("Deadline"), deadline=deadline)

    def set_goal_status(self, goal_id: uuid.UUID, status: GoalStatus) -> None:
        self._edit(goal_id, tr("Goal status"), status=status)

    def set_goal_comment(self, goal_id: uuid.UUID, comment: str) -> None:
        """The review's comment on a goal; keystrokes merge into one undo step."""
        self._edit(goal_id, tr("Comment"), typing=True, comment=comment)

    # --------------------------------------------------------------- actions
    def add_action(
        self, field_id: str, text: str, *, owner: str = "", due: dt.date | None = None
    ) -> uuid.UUID:
        return self._add(field_id, "actions", Action(text=text, owner=owner, due=due), None,
                         tr("New action"))

    def set_action_text(self, action_id: uuid.UUID, text: str) -> None:
        self._edit(action_id, tr("Edit action"), typing=True, text=text)

    def set_action_owner(self, action_id: uuid.UUID, owner: str) -> None:
        self._edit(action_id, tr("Who does it"), typing=True, owner=owner)

    def set_action_due(self, action_id: uuid.UUID, due: dt.date | None) -> None:
        self._edit(action_id, tr("By when"), due=due)

    def set_action_status(self, action_id: uuid.UUID, status: ActionStatus) -> None:
        self._edit(action_id, tr("Action status"), status=status)

    def set_action_comment(self, action_id: uuid.UUID, comment: str) -> None:
        """The review's comment on an action ("one of two conversations held");
        keystrokes of one edit merge into one undo step."""
        self._edit(action_id, tr("Comment"), typing=True, comment=comment)

    # --------------------------------------------------------------- helpers
    def add_helper(
        self, field_id: str, name: str, *, relation: str = "", helps_with: str = ""
    ) -> uuid.UUID:
        helper = Helper(name=name, relation=relation, helps_with=helps_with)
        return self._add(field_id, "helpers", helper, None, tr("New helper"))

    def set_helper(self, helper_id: uuid.UUID, **values: str) -> None:
        """Change a helper's name, relation and/or helps_with (typing merges)."""
        self._edit(helper_id, tr("Edit helper"), typing=True, **values)

    # -------------------------------------------------------------- consents
    def consent_kinds(self, field_id: str) -> list[str]:
        return [k.id for k in self.template.field(field_id).consent_kinds]

    def add_consent(
        self,
        field_id: str,
        kind: str,
        *,
        given_by: str = "",
        given_on: dt.date | None = None,
        description: str = "",
    ) -> uuid.UUID:
        """Record a consent of one of the field's template consent kinds."""
        if kind not in self.consent_kinds(field_id):
            raise ValueError(f"unknown consent kind {kind!r} for field {field_id!r}")
        consent = Consent(kind=kind, given_by=given_by, given_on=given_on,
                          description=description)
        return self._add(field_id, "consents", consent, None, tr("New agreement"))

    def set_consent(self, consent_id: uuid.UUID, **values: Any) -> None:
        """Change given_by, given_on, description … of a consent."""
        typing = all(isinstance(v, str) for v in values.values())
        self._edit(consent_id, tr("Edit agreement"), typing=typing, **values)

    # ---------------------------------------------------------------- drafts
    def draft(self, field_id: str) -> str:
        """What was left typed in a field's entry line (see FieldContent.draft)."""
        content = self.meeting.fields.get(field_id)
        return content.draft if content is not None else ""

    def set_draft(self, field_id: str, text: str) -> None:
        """Keep what stands in a field's entry line, saved like any change but no
        undo step (it is not content until Enter adds it)."""
        if self.read_only or self.draft(field_id) == text:
            return
        self.meeting.field(field_id).draft = text
        self._autosave.mark_dirty()

    # ------------------------------------------------------------ text, date
    def set_text(self, field_id: str, text: str) -> None:
        """A text field's text, or the free text of a next-step field."""
        self._set(tr("Edit text"), [(self.meeting.field(field_id), "text", text)],
                  [field_id], merge=(field_id, "text"))

    def set_field_date(self, field_id: str, date: dt.date | None) -> None:
        """A date field, or the date in a label's blank ("innan ____"). The first
        date field of the template is the meeting's own date."""
        changes: list[tuple[Any, str, Any]] = [(self.meeting.field(field_id), "date", date)]
        dates = meeting_date_fields(self.template)
        if date is not None and dates and dates[0].id == field_id:
            changes.append((self.meeting, "date", date))
        self._set(tr("Date"), changes, [field_id])

    def field_date(self, field_id: str) -> dt.date | None:
        """What a date field or blank shows (a date field falls back to the meeting's)."""
        content = self.meeting.fields.get(field_id)
        if content is not None and content.date is not None:
            return content.date
        if spec_of(self.template.field(field_id).kind).is_meeting_date:
            return self.meeting.date
        return None
