"""Text, date and next-step fields: the header blanks ("Namnet mitt er ____",
"Dato ____") and "Kva er neste steg? Dato ____" (a line of text, the date of the
next meeting in the label's blank, and who does what until then)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samtaleduk.templates.model import TemplateField
from ui.canvas.actions import ActionsField
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.rows import sync
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import DateBlank, line_edit
from ui.meeting.session import MeetingSession


def _text(session: MeetingSession, field_id: str) -> str:
    content = session.meeting.fields.get(field_id)
    return content.text if content is not None else ""


class TextField(FieldFrame):
    """One line of free text written on the blank."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self.edit = line_edit(style, "flat", "", 1.15)
        self.edit.textEdited.connect(lambda t: session.set_text(field.id, t))
        self.edit.editingFinished.connect(session.seal_typing)
        # On the line, after the label, as the blank on the paper.
        self.header.setStretchFactor(self.title, 0)
        self.header.addWidget(self.edit, 1)
        self.relabel()
        self.refresh()

    def entry_widget(self) -> QWidget | None:
        return getattr(self, "edit", None)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "edit"):
            sync(self.edit, _text(self.session, self.field.id))


class DateField(FieldFrame):
    """A date on the blank (the meeting's date for the template's first one)."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self.date = DateBlank(style, 1.15)
        self.date.date_edited.connect(lambda d: session.set_field_date(field.id, d))
        self.header.setStretchFactor(self.title, 0)
        self.header.addWidget(self.date, 0)
        self.header.addStretch(1)
        self.relabel()
        self.refresh()

    def entry_widget(self) -> QWidget | None:
        return getattr(self, "date", None)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "date"):
            self.date.set_value(self.session.field_date(self.field.id))


class NextStepField(ActionsField):
    """The next step in words, its date, and the actions until then."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self.step = line_edit(style, "flat", tr("The next step"), 1.0)
        self.step.setAccessibleName(tr("The next step"))
        self.step.textEdited.connect(lambda t: session.set_text(field.id, t))
        self.step.editingFinished.connect(session.seal_typing)
        # On the label's line, after the date (before the stretch that follows
        # a date blank): "Kva er neste steg? Dato ____ ____", so the rows of who
        # does what get the height.
        at = self.header.count() - 1 if self.date_blank is not None else self.header.count()
        self.header.insertWidget(at, self.step, 3)
        self.entry.setPlaceholderText(tr("Who does what? Write, then press Enter"))
        self.refresh()

    def item_chain(self) -> list[QWidget]:
        # The next step in words stands on the label's line, before the rows.
        step: list[QWidget] = [self.step] if hasattr(self, "step") else []
        return step + super().item_chain()

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "step"):
            sync(self.step, _text(self.session, self.field.id))
