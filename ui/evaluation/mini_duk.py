"""A compact, read-only duk with changes marked: for comparing two meetings.

Laid out from `template.layout_cells()` like the editing canvas and the print, so
any duk file works. Each item is one label; a changed item starts with its mark
(symbol on a tinted chip) and says the mark's word in its tooltip and accessible
name. Items the newer duk no longer has can be drawn struck through ("ghosts").
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from samtaleduk.domain.model import Action, FieldContent, Goal, Helper, Meeting, Note
from samtaleduk.domain.speakers import speaker_text
from samtaleduk.domain.vocab import ACTION_STATUS, GOAL_STATUS, word
from samtaleduk.evaluation import format_date
from samtaleduk.templates.model import Template, TemplateField
from ui.canvas.kinds import widgets_of
from ui.evaluation.change_marks import COLOURS, Ghost, Item, Mark, MarkKind
from ui.look.fonts import scaled_font

COLUMN_MIN_PX = 96
"""Minimum width of a grid column of weight 1: two duker fit a laptop screen."""


def item_text(item: Item, template: Template, lang: str) -> str:
    """An item in one line, as the duk shows it."""
    if isinstance(item, Note):
        bits = []
        domain = template.domain(item.domain) if item.domain else None
        if domain is not None:
            bits.append((domain.short or domain.label).get(lang))
        who = speaker_text(item, lang)  # the name, else the kind of voice
        if who:
            bits.append(who)
        return item.text + (f" ({', '.join(bits)})" if bits else "")
    if isinstance(item, Goal):
        extra = [format_date(item.deadline)] if item.deadline else []
        if item.status.value != "open":
            extra.append(word(GOAL_STATUS, item.status, lang))
        return item.text + (f" ({', '.join(extra)})" if extra else "")
    if isinstance(item, Action):
        bits = [b for b in (item.owner, format_date(item.due) if item.due else "") if b]
        bits.append(word(ACTION_STATUS, item.status, lang))
        text = f"{item.text} — {', '.join(bits)}"
        return text + (f" «{item.comment}»" if item.comment else "")
    if isinstance(item, Helper):
        rel = [b for b in (item.relation, item.helps_with) if b]
        return item.name + (f" ({', '.join(rel)})" if rel else "")
    kinds = {k.id: k.label.get(lang) for f in template.fields for k in f.consent_kinds}
    what = item.description or kinds.get(item.kind, item.kind)
    given = " ".join(b for b in (item.given_by, format_date(item.given_on)
                                 if item.given_on else "") if b)
    return what + (f" — {given}" if given else "")


def _items(content: FieldContent) -> Sequence[Item]:
    return [*content.notes, *content.goals, *content.actions, *content.helpers,
            *content.consents]


class ItemLabel(QLabel):
    """One item, with its marks in front."""

    def __init__(self, item_id: uuid.UUID, text: str, marks: Sequence[Mark],
                 struck: bool = False, was: str | None = None) -> None:
        super().__init__()
        self.item_id = item_id
        self.marks = list(marks)
        self.plain = text
        self.setObjectName("miniItem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        chips = "".join(
            f'<span style="color:{COLOURS[m.kind][0]}; background:{COLOURS[m.kind][1]};'
            f' font-weight:bold">&nbsp;{m.symbol}&nbsp;</span> ' for m in marks)
        body = html.escape(text)
        if struck:
            body = f"<s>{body}</s>"
        if was:
            # The mark's own ink: the tint behind it is light in every theme.
            ink = COLOURS[marks[0].kind][0] if marks else "#4A5560"
            body += f'<br><span style="color:{ink}"><s>{html.escape(was)}</s></span>'
        self.setText(chips + body)
        words = "; ".join(m.word for m in marks)
        self.setToolTip(words)
        self.setAccessibleName(f"{words}: {text}" if words else text)
        if marks:
            ink, tint = COLOURS[marks[0].kind]
            self.setStyleSheet(f"QLabel#miniItem {{ background: {tint}; border-left: 3px solid"
                               f" {ink}; border-radius: 3px; padding: 2px 4px; }}")
        else:
            self.setStyleSheet("QLabel#miniItem { padding: 2px 4px; }")


class MiniField(QFrame):
    """One field of the read-only duk: its label, then its items."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("miniField")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(6, 4, 6, 6)
        self.box.setSpacing(3)
        title = QLabel(label)
        title.setWordWrap(True)
        title.setFont(scaled_font(title.font(), 0.95))
        title.setObjectName("miniFieldTitle")
        self.box.addWidget(title)
        self.items: list[ItemLabel] = []
        self.setAccessibleName(label)

    def add(self, label: ItemLabel) -> None:
        self.items.append(label)
        self.box.addWidget(label)

    def add_text(self, text: str) -> None:
        line = QLabel(text)
        line.setWordWrap(True)
        line.setTextFormat(Qt.TextFormat.PlainText)
        self.box.addWidget(line)

    def finish(self) -> None:
        self.box.addStretch(1)


class MiniDuk(QWidget):
    """A whole meeting's duk, read-only, with marks; optionally with ghosts."""

    def __init__(self, meeting: Meeting, template: Template, lang: str,
                 marks: dict[uuid.UUID, list[Mark]], *, ghosts: Sequence[Ghost] = (),
                 was: dict[uuid.UUID, str] | None = None, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.setObjectName("miniDuk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        c = template.colours
        self.setStyleSheet(
            f"QWidget#miniDuk {{ background: {c.paper}; border: 1px solid {c.line};"
            f" border-radius: 6px; }}"
            f" QFrame#miniField {{ background: {c.field}; border: 1px solid {c.line};"
            f" border-radius: 4px; }}"
            f" QLabel {{ color: {c.ink}; }}"
            f" QLabel#miniFieldTitle, QLabel#miniGroup {{ color: {c.heading}; font-weight: bold; }}")
        self.fields: dict[str, MiniField] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        if title:
            heading = QLabel(title)
            heading.setFont(scaled_font(heading.font(), 1.15))
            outer.addWidget(heading)
        grid = QGridLayout()
        grid.setSpacing(4)
        outer.addLayout(grid)
        was = was or {}
        by_field: dict[str, list[Ghost]] = {}
        for g in ghosts:
            by_field.setdefault(g.field, []).append(g)
        for cell in template.layout_cells():
            at = cell.cell
            widget: QWidget
            if cell.element == "group":
                group = template.group(cell.id)
                assert group is not None
                widget = QLabel(group.label.get(lang))
                widget.setObjectName("miniGroup")
                widget.setWordWrap(True)
            elif cell.element == "domains":
                names = [d.label.get(lang) for d in template.life_domains]
                widget = QLabel("\n".join(names))
                widget.setObjectName("miniDomains")
                widget.setStyleSheet(f"color: {template.colours.heading};")
                widget.setAlignment(Qt.AlignmentFlag.AlignTop)
                widget.setAccessibleName(", ".join(names))
            else:
                widget = self._field(template.field(cell.id), template, lang, marks,
                                     by_field.pop(cell.id, []), was)
            grid.addWidget(widget, at.row, at.col, at.row_span, at.col_span)
        for col in range(template.grid.columns):
            w = template.grid.col_weight(col)
            grid.setColumnStretch(col, max(1, round(w * 100)))
            grid.setColumnMinimumWidth(col, round(w * COLUMN_MIN_PX))
        self.orphans = [g for rest in by_field.values() for g in rest]
        """Ghosts from fields this duk does not have (a field removed from the file)."""
        if self.orphans:
            box = MiniField(self.tr("Fields that are not on this duk"))
            for g in self.orphans:
                box.add(ItemLabel(g.item.id, item_text(g.item, template, lang), [g.mark],
                                  struck=True))
            outer.addWidget(box)
        # Rows take the height their items need; the rest is left below the duk.
        outer.addStretch(1)

    def _field(self, field: TemplateField, template: Template, lang: str,
               marks: dict[uuid.UUID, list[Mark]], ghosts: list[Ghost],
               was: dict[uuid.UUID, str]) -> MiniField:
        content = self.meeting.fields.get(field.id) or FieldContent()
        label = field.label.get(lang)
        parts = widgets_of(field.kind)
        if field.date_blank and content.date and parts.date_in_label:
            label = f"{label} {format_date(content.date)}"  # "innan 01.03.2026"
        box = MiniField(label)
        self.fields[field.id] = box
        line = parts.mini_line(self.meeting, content)
        if line:
            box.add_text(line)
        for item in _items(content):
            box.add(ItemLabel(item.id, item_text(item, template, lang),
                              marks.get(item.id, []), was=was.get(item.id)))
        for g in ghosts:
            box.add(ItemLabel(g.item.id, item_text(g.item, template, lang), [g.mark],
                              struck=True))
        box.finish()
        return box

    def item_labels(self) -> list[ItemLabel]:
        return [label for f in self.fields.values() for label in f.items]

    def label_of(self, item_id: uuid.UUID) -> ItemLabel | None:
        return next((x for x in self.item_labels() if x.item_id == item_id), None)


def marked(labels: Sequence[ItemLabel], kind: MarkKind) -> list[ItemLabel]:
    """The labels carrying a mark of `kind` (tests and counts)."""
    return [x for x in labels if any(m.kind is kind for m in x.marks)]
