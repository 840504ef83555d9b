"""Consents fields ("Har vi gjort nokon avtale?"): the template's consent kinds
as tick boxes (samtykke ressursteam, samtykke stafettlogg), who gave it and when;
free-text kinds ("anna") are typed in and get a line each."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QFrame, QHBoxLayout, QWidget

from samtaleduk.domain.model import Consent
from samtaleduk.templates.model import ConsentKind, TemplateField
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.rows import flat, sync
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import DateBlank, line_edit
from ui.meeting.session import MeetingSession


class ConsentLine(QFrame):
    """One consent kind (tick box) or one given consent: given by, date."""

    def __init__(self, owner: ConsentsField, kind: ConsentKind,
                 consent: Consent | None) -> None:
        super().__init__()
        self.owner = owner
        self.kind = kind
        self.consent_id = consent.id if consent else None
        s = owner.session
        lang = owner.style_.lang
        # What (tick box, description) and who/when: side by side when there
        # is room, "who/when" under "what" when the cell is narrow (large text).
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(owner.style_.px(4))
        box = QHBoxLayout()
        box.setSpacing(owner.style_.px(4))
        who = QHBoxLayout()
        who.setSpacing(owner.style_.px(4))
        self.editors: list[QWidget] = []
        self.tick = QCheckBox(kind.label.get(lang))
        owner.style_.mark(self.tick, 0.95)
        self.tick.setChecked(consent is not None)
        self.tick.setAccessibleName(kind.label.get(lang))
        self.tick.toggled.connect(self._toggled)
        box.addWidget(self.tick)
        self.editors.append(self.tick)
        self.description = None
        if kind.free_text and consent is not None:
            self.description = flat(owner, tr("What was agreed"), tr("What was agreed"))
            self.description.textEdited.connect(
                lambda t: s.set_consent(self._id(), description=t))
            box.addWidget(self.description, 2)
            self.editors.append(self.description)
        self.given_by = flat(owner, tr("given by"), tr("Consent given by"), factor=0.9)
        self.given_by.textEdited.connect(lambda t: s.set_consent(self._id(), given_by=t))
        self.given_by.editingFinished.connect(s.seal_typing)
        self.given_on = DateBlank(owner.style_, 0.9)
        self.given_on.setAccessibleName(tr("Consent given on"))
        self.given_on.date_edited.connect(lambda d: s.set_consent(self._id(), given_on=d))
        who.addWidget(self.given_by, 1)
        who.addWidget(self.given_on)
        self._box.addLayout(box, 2 if self.description is not None else 0)
        self._box.addLayout(who, 1)
        self._what, self._who = box, who
        self.editors += [self.given_by, self.given_on]
        self.update_from(consent)

    def resizeEvent(self, event: QResizeEvent) -> None:
        char = max(1, self.given_by.fontMetrics().averageCharWidth())
        need = (self._what.sizeHint().width() + 14 * char
                + self.given_on.sizeHint().width() + self._box.spacing() * 2)
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self._box.direction() != direction:
            self._box.setDirection(direction)
        super().resizeEvent(event)

    def _id(self) -> uuid.UUID:
        assert self.consent_id is not None
        return self.consent_id

    def update_from(self, consent: Consent | None) -> None:
        """Show `consent` (None: the kind is not ticked, who/when wait empty)."""
        self.consent_id = consent.id if consent is not None else None
        on = consent is not None
        if self.tick.isChecked() != on:
            self.tick.blockSignals(True)
            self.tick.setChecked(on)
            self.tick.blockSignals(False)
        self.given_by.setEnabled(on)
        self.given_on.setEnabled(on)
        sync(self.given_by, consent.given_by if consent is not None else "")
        self.given_on.set_value(consent.given_on if consent is not None else None)
        if consent is not None and self.description is not None:
            sync(self.description, consent.description)

    def takes(self, kind: ConsentKind, consent: Consent | None) -> bool:
        """True when this line can show `consent` of `kind` without being rebuilt:
        the same consent, or a tick kind being ticked or unticked."""
        if self.kind.id != kind.id:
            return False
        mine = consent.id if consent is not None else None
        if self.consent_id == mine:
            return True
        return not kind.free_text and (self.consent_id is None or consent is None)

    def _toggled(self, on: bool) -> None:
        s = self.owner.session
        if on and self.consent_id is None:
            s.add_consent(self.owner.field.id, self.kind.id, given_on=s.meeting.date)
        elif not on and self.consent_id is not None:
            s.delete(self.consent_id)


class ConsentsField(FieldFrame):
    """Tick boxes for the field's consent kinds; one line per given consent."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self._lines: list[ConsentLine] = []
        self._shape: list[tuple[str, uuid.UUID | None]] | None = None
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._box.setSpacing(style.px(6))
        self.body.addLayout(self._box)
        self.outcome = line_edit(style, "flat", tr("What did we agree?"))
        self.outcome.setAccessibleName(tr("What did we agree?"))
        self.outcome.textEdited.connect(lambda t: session.set_text(field.id, t))
        self.outcome.editingFinished.connect(session.seal_typing)
        self.body.addWidget(self.outcome)
        self.entry = line_edit(style, "entry", tr("Another agreement? Write, then press Enter"))
        self.entry.returnPressed.connect(self._add_other)
        self.keep_draft(self.entry)
        self._free = next((k for k in field.consent_kinds if k.free_text), None)
        if self._free is not None:
            self.body.addWidget(self.entry)
        else:
            self.entry.hide()
        self.body.addStretch(1)
        self.relabel()
        self.refresh()

    def entry_widget(self) -> QWidget | None:
        lines = getattr(self, "_lines", [])
        return lines[0].tick if lines else getattr(self, "entry", None)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for line in getattr(self, "_lines", []):
            chain += line.editors
        if hasattr(self, "outcome"):
            chain.append(self.outcome)
        if getattr(self, "_free", None) is not None:
            chain.append(self.entry)
        return chain

    def _consents(self) -> list[Consent]:
        content = self.session.meeting.fields.get(self.field.id)
        return list(content.consents) if content is not None else []

    def _wanted(self) -> list[tuple[ConsentKind, Consent | None]]:
        consents = self._consents()
        wanted: list[tuple[ConsentKind, Consent | None]] = []
        for kind in self.field.consent_kinds:
            mine = [c for c in consents if c.kind == kind.id]
            if kind.free_text:
                wanted += [(kind, c) for c in mine]
            else:
                wanted += [(kind, c) for c in mine] or [(kind, None)]
        return wanted

    def refresh(self) -> None:
        super().refresh()
        if not hasattr(self, "outcome"):
            return
        content = self.session.meeting.fields.get(self.field.id)
        sync(self.outcome, content.text if content is not None else "")
        wanted = self._wanted()
        shape = [(k.id, c.id if c else None) for k, c in wanted]
        if shape == self._shape:
            for line, (_, consent) in zip(self._lines, wanted, strict=True):
                line.update_from(consent)
            return
        self._shape = shape
        # Lines are kept where they can be: the tick that was just pressed keeps
        # the keyboard, so Tab goes on to who gave the consent and when.
        spare = list(self._lines)
        lines: list[ConsentLine] = []
        for kind, consent in wanted:
            kept = next((ln for ln in spare if ln.takes(kind, consent)), None)
            if kept is None:
                line = ConsentLine(self, kind, consent)
                self.style_.apply_fonts(line)
            else:
                line = kept
                spare.remove(line)
                line.update_from(consent)
            lines.append(line)
        had_focus = any(w.hasFocus() for line in spare for w in line.editors)
        for line in spare:
            line.hide()
            line.deleteLater()
        while self._box.count():
            self._box.takeAt(0)
        for line in lines:
            self._box.addWidget(line)
            line.show()  # now, so the next Tab can reach it
        self._lines = lines
        entry = self.entry_widget()
        if had_focus and entry is not None:
            entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_other(self) -> None:
        text = self.entry.text().strip()
        if text and self._free is not None:
            s = self.session
            s.add_consent(self.field.id, self._free.id, description=text,
                          given_on=s.meeting.date)
            self.entry.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A wide, low field (the individual duk's bottom strip) lays the kinds
        # side by side, as the paper does; a narrow one stacks them.
        wide = event.size().width() > 60 * self.fontMetrics().averageCharWidth() * 2
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self._box.direction() != direction:
            self._box.setDirection(direction)
        super().resizeEvent(event)

