"""The people part of a MeetingSession: today's participants, who the case
remembers, the owners offered for actions, and edits from the people dialog.

The rules are the engine's (`samtaleduk.domain.people`); this mixin applies them to the
open meeting through the session's undoable edits.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from samtaleduk.domain import people
from samtaleduk.domain.model import Case, Meeting, Participant

PARTICIPANTS = "__participants__"
"""The pseudo field id `changed` carries when the meeting's participants change
(views of every participants field and every owner list listen for it)."""


def tr(text: str) -> str:
    """Translate a message of the session (the empty context, as session.tr)."""
    return QCoreApplication.translate("", text)


class _Lister(Protocol):
    def list_meetings(self, case_id: uuid.UUID) -> list[Meeting]: ...


class PeopleEdits:
    """Mixed into MeetingSession; uses its case, meeting, store and edit plumbing."""

    case: Case
    meeting: Meeting
    store: Any
    _case_dirty: bool
    _participants_at_open: list[Participant]
    _elsewhere: people.Elsewhere | None
    _elsewhere_base: people.Elsewhere | None
    # The session's own edit plumbing, used here.
    _add: Callable[[str, str, Any, int | None, str], uuid.UUID]
    _edit: Callable[..., None]
    delete: Callable[[uuid.UUID], None]
    _notify: Callable[[Sequence[str]], None]

    def add_participant(self, name: str, role: str = "") -> uuid.UUID:
        """Add someone to today's list; a person the case knows keeps their id."""
        person = people.participant_for(self.case, self.meeting.participants, name, role)
        return self._add(PARTICIPANTS, "participants", person, None, tr("New participant"))

    def set_participant(self, participant_id: uuid.UUID, **values: str) -> None:
        self._edit(participant_id, tr("Edit participant"), typing=True, **values)

    def remove_participant(self, participant_id: uuid.UUID) -> None:
        self.delete(participant_id)

    def suggested_participants(self) -> list[Participant]:
        """People the case knows who are not listed today."""
        return people.suggested_participants(self.case, self.meeting.participants)

    def owner_choices(self) -> list[str]:
        """Names to offer as an action's owner: today's participants, the case's
        members, then the duk's helpers (`samtaleduk.domain.people.owner_choices`)."""
        return people.owner_choices(self.case, self.meeting)

    def adopt_people(self, edited: Case, removed: set[uuid.UUID]) -> None:
        """The case's people were edited (the people dialog): take its members and
        known participants, carry corrected names onto today's list, and take
        those removed off it, so nobody removed is offered again. The list edits
        are undoable; the case is saved with the meeting."""
        # Everyone the dialog kept is known to the case, whatever happens today.
        self._elsewhere = self._known_elsewhere().including(edited.known_participants)
        self.case.members = list(edited.members)
        self.case.known_participants = [p.model_copy() for p in edited.known_participants]
        by_id = {p.id: p for p in edited.known_participants}
        for p in list(self.meeting.participants):
            if p.id in removed:
                self.remove_participant(p.id)
            elif p.id in by_id and (p.name, p.role) != (by_id[p.id].name, by_id[p.id].role):
                self._edit(p.id, tr("Edit participant"), name=by_id[p.id].name,
                           role=by_id[p.id].role)
        self._case_dirty = True
        self._notify([PARTICIPANTS])

    def _known_elsewhere(self, *, ask_store: bool = True) -> people.Elsewhere:
        """Who the case knows apart from this meeting. Without `ask_store`, only
        from the case as it was at the first look (cheap); with it, also from the
        case's other meetings (read once per session)."""
        if self._elsewhere is not None:
            return self._elsewhere
        if self._elsewhere_base is None:
            # First look, before this session has changed what the case knows.
            self._elsewhere_base = people.known_elsewhere(self.case, self._participants_at_open)
        if not ask_store:
            return self._elsewhere_base
        lister: _Lister = self.store
        others = [p for m in lister.list_meetings(self.case.id) if m.id != self.meeting.id
                  for p in m.participants]
        self._elsewhere = self._elsewhere_base.including(others)
        return self._elsewhere

    def _remember_participants(self) -> bool:
        def remember(elsewhere: people.Elsewhere) -> list[Participant]:
            return people.remember_participants(self.case, self.meeting.participants,
                                                elsewhere, at_open=self._participants_at_open)

        known = remember(self._known_elsewhere(ask_store=False))
        if {p.id for p in self.case.known_participants} - {p.id for p in known}:
            # Someone would be forgotten: only now read the other meetings (once
            # per session) to be sure they were not at one of them.
            known = remember(self._known_elsewhere())
        changed = known != self.case.known_participants
        self.case.known_participants = known
        return changed
