"""What presentation mode draws, and its measures: no Qt widgets here.

`sheet_blocks` turns a meeting into the words of each cell of the template (an
item per line, consents with their tick box); `bands` cuts the template's grid
into runs of rows no field crosses; `SheetMetrics` holds the fonts and spacings
for one size of type and says how tall a cell's words are at a width.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from samtaleduk.domain.model import FieldContent, GoalStatus, Meeting
from samtaleduk.domain.vocab import GOAL_STATUS, word
from samtaleduk.evaluation import format_date
from samtaleduk.fieldkinds import spec_of
from samtaleduk.templates.model import LayoutCell, Template, TemplateField
from ui.canvas.frame import tr
from ui.evaluation.mini_duk import item_text


@dataclass
class Line:
    """One paragraph of a field: an item, or a consent with its tick box."""

    text: str
    tick: bool | None = None
    """None: no box; True/False: a consent given / not given."""
    muted: bool = False


@dataclass
class Block:
    """What one cell of the template shows, and where it was drawn."""

    cell: LayoutCell
    title: str
    lines: list[Line]
    kind: str
    """"field", "group" or "domains"."""
    number: int | None = None
    blank: bool = False
    """A header blank (names, date, who is here): as wide as its words want."""
    rect: QRect = field(default_factory=QRect)

    @property
    def heading(self) -> str:
        """The title as drawn: with its conversation number, as on the paper."""
        return (f"{self.number}. " if self.number is not None else "") + self.title


@dataclass
class Stack:
    """The cells of one band that share a column range, top to bottom."""

    col: int
    col_span: int
    blocks: list[Block]


def _content_lines(template: Template, meeting: Meeting, f: TemplateField, lang: str) -> list[Line]:
    content = meeting.fields.get(f.id) or FieldContent()
    lines: list[Line] = []
    spec = spec_of(f.kind)
    if spec.value is not None:  # who is here, the day: that alone
        value = spec.value(meeting, content)
        return [Line(value)] if value else []
    if content.text:
        lines.append(Line(content.text))
    lines += [Line(item_text(n, template, lang)) for n in content.notes]
    for g in content.goals:
        extra = [format_date(g.deadline)] if g.deadline else []
        if g.status is not GoalStatus.OPEN:
            extra.append(word(GOAL_STATUS, g.status, lang))
        lines.append(Line(g.text + (f" ({', '.join(extra)})" if extra else ""),
                          muted=g.status is GoalStatus.DROPPED))
    for a in content.actions:
        who = [b for b in (a.owner, format_date(a.due) if a.due else "") if b]
        lines.append(Line(a.text + (f" — {', '.join(who)}" if who else "")))
    lines += [Line(item_text(h, template, lang)) for h in content.helpers]
    given = {c.kind for c in content.consents}
    for kind in f.consent_kinds:
        if not kind.free_text and kind.id not in given:
            lines.append(Line(kind.label.get(lang), tick=False, muted=True))
    labels = {k.id: k.label.get(lang) for k in f.consent_kinds}
    for c in content.consents:
        what = c.description or labels.get(c.kind, c.kind)
        given_by = " ".join(b for b in (c.given_by, format_date(c.given_on) if c.given_on else "")
                            if b)
        lines.append(Line(what + (f" — {given_by}" if given_by else ""), tick=True))
    return lines


def _title(f: TemplateField, content: FieldContent | None, lang: str) -> str:
    label = f.label.get(lang)
    if f.date_blank and content is not None and content.date:
        return f"{label} {format_date(content.date)}"
    return label


def sheet_blocks(template: Template, meeting: Meeting, lang: str) -> list[Block]:
    """Every cell of the template with the words it shows, in reading order."""
    blocks: list[Block] = []
    for cell in template.layout_cells():
        if cell.element == "group":
            group = template.group(cell.id)
            assert group is not None
            sub = group.subtitle.get(lang) if group.subtitle else ""
            blocks.append(Block(cell, group.label.get(lang), [Line(sub, muted=True)] if sub
                                else [], "group"))
        elif cell.element == "domains":
            blocks.append(Block(cell, tr("Life domains"),
                                [Line(d.label.get(lang)) for d in template.life_domains],
                                "domains"))
        else:
            f = template.field(cell.id)
            blocks.append(Block(cell, _title(f, meeting.fields.get(f.id), lang),
                                _content_lines(template, meeting, f, lang), "field", f.number,
                                blank=spec_of(f.kind).one_line))
    return blocks


def bands(template: Template) -> list[tuple[int, int]]:
    """Runs of grid rows (first, last) that no cell crosses."""
    rows = template.grid.rows
    joined = [False] * rows  # joined[r]: some cell spans from row r into r + 1
    for cell in template.layout_cells():
        c = cell.cell
        for r in range(c.row, c.row + c.row_span - 1):
            joined[r] = True
    out: list[tuple[int, int]] = []
    start = 0
    for r in range(rows):
        if not joined[r] or r == rows - 1:
            out.append((start, r))
            start = r + 1
    return out


class SheetMetrics:
    """Fonts and spacings for one body size."""

    def __init__(self, body_pt: float) -> None:
        self.body_pt = body_pt
        base = QFont(QApplication.font())
        self.body = QFont(base)
        self.body.setPointSizeF(body_pt)
        self.title = QFont(base)
        self.title.setPointSizeF(body_pt)
        self.title.setBold(True)
        self.group = QFont(base)
        self.group.setPointSizeF(body_pt * 1.15)
        self.group.setBold(True)
        em = QFontMetrics(self.body).height()
        self.pad = max(4, round(em * 0.28))
        self.gap = max(4, round(em * 0.28))
        self.line_gap = max(2, round(em * 0.12))
        self.tick = round(em * 0.8)

    def fonts(self, block: Block) -> tuple[QFont, QFont]:
        """(title font, line font) of a block."""
        return (self.group if block.kind == "group" else self.title), self.body

    def text_height(self, font: QFont, text: str, width: int) -> int:
        rect = QFontMetrics(font).boundingRect(
            QRect(0, 0, max(1, width), 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return rect.height()

    def line_indent(self, line: Line) -> int:
        return self.tick + self.pad if line.tick is not None else 0

    def need(self, block: Block, width: int) -> int:
        """The height `block` needs at `width`."""
        title_font, body = self.fonts(block)
        pad = self.pad if block.kind == "field" else 0
        inner = width - 2 * pad
        height = 2 * pad + self.text_height(title_font, block.heading, inner)
        for line in block.lines:
            height += self.line_gap + self.text_height(
                body, line.text, inner - self.line_indent(line))
        return height


@dataclass
class Strip:
    """Stacks side by side across the page (a band of the sheet, or part of one)."""

    stacks: list[Stack]
    weight: float
    """Its share of spare height: the paper weight of its rows."""
    need: int = 0
