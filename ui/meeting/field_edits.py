"""The content part of a MeetingSession: the cards and lines of the duk's fields
(notes, goals, actions, helpers, consents), a field's draft entry line, its text
and its date.

Each edit names what it changes and goes through the session's undoable edit
plumbing (`_add`, `_edit`, `_set`, `move`, `delete`), so it is one undo step and
schedules the autosave like any other.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

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
from samtaleduk.templates.model import Template
from ui.meeting.autosave import Autosaver


def tr(text: str) -> str:
    """Translate a message of the session (the empty context, as session.tr)."""
    return QCoreApplication.translate("", text)


class FieldEdits:
    """Mixed into MeetingSession; uses its case, meeting, template and edit plumbing."""

    case: Case
    meeting: Meeting
    template: Template
    read_only: bool
    _autosave: Autosaver
    # The session's own edit plumbing, used here.
    _add: Callable[[str, str, Any, int | None, str], uuid.UUID]
    _edit: Callable[..., None]
    _set: Callable[..., None]
    move: Callable[[uuid.UUID, str, int | None], None]
    delete: Callable[[uuid.UUID], None]

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
