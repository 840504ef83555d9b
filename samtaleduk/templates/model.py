"""The schema of a duk template: the data in `duker/*.toml`.

A template says which fields a duk has, what kind each one is, its labels and help
texts in nynorsk, bokmål and English, the group headings, the life domains, the
colours, and a grid position for every element. The screen canvas and the PDF both
draw from `Template.layout_cells()`; no code anywhere knows a particular duk.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from samtaleduk.domain.model import Language
from samtaleduk.messages import Message, msg

TEMPLATE_FORMAT_VERSION = 1
"""The newest template file format this program reads."""

_ID_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
_COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"


class TemplateRuleError(ValueError):
    """A rule that spans several entries was broken (duplicate ids, overlapping
    cells, …). It says which entry, so that the loader can name the field and
    find its line: `section` is the array the entry is in ("fields", "groups",
    "life_domains") or a top-level key, `element` the entry's id, `key` the key
    inside it, and `last` picks the last entry with that id (for duplicates). The
    problem is a message of the catalogue (`dukfile.rule.*`)."""

    def __init__(
        self,
        problem: Message,
        *,
        section: str | None = None,
        element: str | None = None,
        key: str | None = None,
        last: bool = False,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.section = section
        self.element = element
        self.key = key
        self.last = last


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A user-facing string in each language. nn and nb are required; en falls
    back to nb when a municipality's own file leaves it out."""

    nn: str = Field(min_length=1, max_length=2_000)
    nb: str = Field(min_length=1, max_length=2_000)
    en: str | None = Field(default=None, max_length=2_000)

    def get(self, lang: Language | str) -> str:
        """The text in `lang` (nn, nb or en), falling back to nb, then nn."""
        if lang == "nn":
            return self.nn
        if lang == "en" and self.en:
            return self.en
        return self.nb


class FieldKind(StrEnum):
    """What a field holds; this decides its editor on screen and its print."""

    TEXT = "text"
    DATE = "date"
    PARTICIPANTS = "participants"
    NOTES = "notes"
    GOALS = "goals"
    ACTIONS = "actions"
    HELPERS = "helpers"
    CONSENTS = "consents"
    NEXT_STEP = "next_step"


class Cell(_Strict):
    """A rectangle on the template's grid, in whole grid units."""

    col: int = Field(ge=0, le=99)
    row: int = Field(ge=0, le=99)
    col_span: int = Field(default=1, ge=1, le=100)
    row_span: int = Field(default=1, ge=1, le=100)

    def overlaps(self, other: Cell) -> bool:
        """True when the two rectangles share at least one grid square."""
        return not (
            self.col + self.col_span <= other.col
            or other.col + other.col_span <= self.col
            or self.row + self.row_span <= other.row
            or other.row + other.row_span <= self.row
        )


class Grid(_Strict):
    """The sheet's grid; column and row weights give relative sizes."""

    columns: int = Field(ge=1, le=100)
    rows: int = Field(ge=1, le=100)
    column_weights: list[float] | None = None
    row_weights: list[float] | None = None

    @model_validator(mode="after")
    def _weights_match(self) -> Grid:
        if self.column_weights is not None and len(self.column_weights) != self.columns:
            raise TemplateRuleError(
                msg("dukfile.rule.weights_count", key="column_weights",
                    count=len(self.column_weights), of="columns", expected=self.columns),
                key="column_weights",
            )
        if self.row_weights is not None and len(self.row_weights) != self.rows:
            raise TemplateRuleError(
                msg("dukfile.rule.weights_count", key="row_weights",
                    count=len(self.row_weights), of="rows", expected=self.rows),
                key="row_weights",
            )
        for name, weights in (("column_weights", self.column_weights),
                              ("row_weights", self.row_weights)):
            if any(w <= 0 for w in weights or []):
                raise TemplateRuleError(msg("dukfile.rule.weights_positive"), key=name)
        return self

    def col_weight(self, col: int) -> float:
        return self.column_weights[col] if self.column_weights else 1.0

    def row_weight(self, row: int) -> float:
        return self.row_weights[row] if self.row_weights else 1.0


class Colours(_Strict):
    """The sheet's palette; the screen and the PDF use the same colours."""

    paper: str = Field(default="#FBF8F1", pattern=_COLOUR_PATTERN)
    ink: str = Field(default="#1F2933", pattern=_COLOUR_PATTERN)
    line: str = Field(default="#B8AE9C", pattern=_COLOUR_PATTERN)
    heading: str = Field(default="#2F4858", pattern=_COLOUR_PATTERN)
    field: str = Field(default="#FFFFFF", pattern=_COLOUR_PATTERN)
    accent: str = Field(default="#33658A", pattern=_COLOUR_PATTERN)


class LifeDomain(_Strict):
    """One of the life domains a note can be tagged with (Jobb, Rus, …)."""

    id: str = Field(pattern=_ID_PATTERN)
    label: Text
    short: Text | None = None
    """A short form for tight places (tags on cards)."""
    former_ids: list[str] = Field(default_factory=list)
    """Ids this life domain had in earlier versions of the template (a rename): notes
    tagged with one of them carry forward onto this domain and compare as unchanged."""


class ConsentKind(_Strict):
    """An option in a consents field, e.g. "samtykke ressursteam"."""

    id: str = Field(pattern=_ID_PATTERN)
    label: Text
    free_text: bool = False
    """True for "anna": the consent's description is typed."""


class Group(_Strict):
    """A heading drawn over several fields, e.g. "SLIK VI HAR DET I DAG"."""

    id: str = Field(pattern=_ID_PATTERN)
    label: Text
    subtitle: Text | None = None
    layout: Cell
    colour: str | None = Field(default=None, pattern=_COLOUR_PATTERN)


class TemplateField(_Strict):
    """One field of the duk, with its place on the grid."""

    id: str = Field(pattern=_ID_PATTERN)
    kind: FieldKind
    label: Text
    help: Text | None = None
    number: int | None = Field(default=None, ge=1, le=99)
    """The conversation order printed on the paper (1–5 on the individual duk)."""
    group: str | None = None
    layout: Cell
    colour: str | None = Field(default=None, pattern=_COLOUR_PATTERN)
    domain_tags: bool = False
    """Notes in this field can carry a life-domain tag."""
    date_blank: bool = False
    """The label has a blank for a date ("innan ____", "Dato ____")."""
    horizon: Literal["short", "long"] | None = None
    """For goals fields: short or long term."""
    consent_kinds: list[ConsentKind] = Field(default_factory=list)
    former_ids: list[str] = Field(default_factory=list)
    """Ids this field had in earlier versions of the template (a rename)."""

    @model_validator(mode="after")
    def _kind_specific(self) -> TemplateField:
        if self.kind is FieldKind.CONSENTS and not self.consent_kinds:
            raise TemplateRuleError(msg("dukfile.rule.consents_need_kinds"), key="kind")
        if self.kind is not FieldKind.CONSENTS and self.consent_kinds:
            raise TemplateRuleError(msg("dukfile.rule.kinds_only_consents"),
                                    key="consent_kinds")
        if self.horizon is not None and self.kind is not FieldKind.GOALS:
            raise TemplateRuleError(msg("dukfile.rule.horizon_only_goals"), key="horizon")
        ids = [k.id for k in self.consent_kinds]
        if len(set(ids)) != len(ids):
            raise TemplateRuleError(msg("dukfile.rule.kinds_same_id"), key="consent_kinds")
        return self


def _former_ids_are_unambiguous(section: str, entries: list[LifeDomain] | list[TemplateField],
                                what: Message, a: Message, one: Message) -> None:
    """Each former id leads to one entry: it is not an id of this version (own
    ids win, so the rename would silently do nothing) and only one entry claims
    it (carry-forward and the comparison must agree on where it went)."""
    present = {e.id for e in entries}
    claimed: dict[str, str] = {}
    for e in entries:
        for former in e.former_ids:
            if former == e.id:
                problem = msg("dukfile.rule.former_is_own", former=former, what=what)
            elif former in present:
                problem = msg("dukfile.rule.former_present", former=former, what=what, a=a)
            elif former in claimed:
                problem = msg("dukfile.rule.former_claimed", former=former, what=what,
                              owner=claimed[former], one=one)
            else:
                claimed[former] = e.id
                continue
            raise TemplateRuleError(problem, section=section, element=e.id, key="former_ids")


class LayoutCell(_Strict):
    """One drawable element of the sheet, resolved from the template."""

    element: Literal["field", "group", "domains"]
    id: str
    cell: Cell


def _layout_error(message: Message, cell: LayoutCell) -> TemplateRuleError:
    """A `TemplateRuleError` pointing at where this layout cell is written."""
    if cell.element == "domains":
        return TemplateRuleError(message, section="domains_layout")
    section = "fields" if cell.element == "field" else "groups"
    return TemplateRuleError(message, section=section, element=cell.id, key="layout")


class Template(_Strict):
    """A duk template as read from a file in `duker/` or the user's own folder."""

    format_version: int = Field(ge=1)
    id: str = Field(pattern=_ID_PATTERN)
    version: int = Field(ge=1, default=1)
    """The template's own revision; a municipality bumps it when it edits the file."""
    name: Text
    description: Text | None = None
    case_kind: Literal["family", "individual"]
    grid: Grid
    colours: Colours = Field(default_factory=Colours)
    life_domains: list[LifeDomain] = Field(default_factory=list)
    domains_layout: Cell | None = None
    """Where the strip of life domains is drawn (the family duk's left edge)."""
    groups: list[Group] = Field(default_factory=list)
    fields: list[TemplateField] = Field(min_length=1)

    @field_validator("format_version")
    @classmethod
    def _known_format(cls, v: int) -> int:
        if v > TEMPLATE_FORMAT_VERSION:
            raise TemplateRuleError(msg("dukfile.rule.format_too_new", version=v,
                                        newest=TEMPLATE_FORMAT_VERSION))
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Template:
        for section, ids, what in (
            ("fields", [f.id for f in self.fields], msg("dukfile.word.the_field")),
            ("groups", [g.id for g in self.groups], msg("dukfile.word.the_group")),
            ("life_domains", [d.id for d in self.life_domains],
             msg("dukfile.word.the_domain")),
        ):
            seen: set[str] = set()
            for ident in ids:
                if ident in seen:
                    raise TemplateRuleError(
                        msg("dukfile.rule.id_twice", what=what, ident=ident),
                        section=section, element=ident, key="id", last=True,
                    )
                seen.add(ident)
        self._ids_are_unambiguous()
        group_ids = {g.id for g in self.groups}
        for f in self.fields:
            if f.group is not None and f.group not in group_ids:
                known = ", ".join(sorted(group_ids)) or msg("dukfile.none")
                raise TemplateRuleError(
                    msg("dukfile.rule.no_such_group", group=f.group, known=known),
                    section="fields", element=f.id, key="group",
                )
            if f.domain_tags and not self.life_domains:
                raise TemplateRuleError(
                    msg("dukfile.rule.tags_without_domains"),
                    section="fields", element=f.id, key="domain_tags",
                )
        if self.domains_layout is not None and not self.life_domains:
            raise TemplateRuleError(msg("dukfile.rule.layout_without_domains"),
                                    section="domains_layout")
        cells = self.layout_cells()
        for c in cells:
            if c.cell.col + c.cell.col_span > self.grid.columns:
                raise _layout_error(msg("dukfile.rule.past_columns", col=c.cell.col,
                                        span=c.cell.col_span, columns=self.grid.columns), c)
            if c.cell.row + c.cell.row_span > self.grid.rows:
                raise _layout_error(msg("dukfile.rule.past_rows", row=c.cell.row,
                                        span=c.cell.row_span, rows=self.grid.rows), c)
        for i, a in enumerate(cells):
            for b in cells[i + 1:]:
                if a.cell.overlaps(b.cell):
                    raise _layout_error(msg("dukfile.rule.overlaps", other=a.id), b)
        return self

    def _ids_are_unambiguous(self) -> None:
        """A word given to `--leave-out`, a note's stored tag or a stored field id
        must name one thing: no field shares an id with a life domain, and the
        `former_ids` of domains and of fields are unambiguous."""
        domain_ids = {d.id for d in self.life_domains}
        for f in self.fields:
            if f.id in domain_ids:
                raise TemplateRuleError(
                    msg("dukfile.rule.field_is_domain", ident=f.id),
                    section="fields", element=f.id, key="id")
        _former_ids_are_unambiguous("life_domains", self.life_domains,
                                    msg("dukfile.word.the_domain"),
                                    msg("dukfile.word.a_domain"),
                                    msg("dukfile.word.one_domain"))
        _former_ids_are_unambiguous("fields", self.fields, msg("dukfile.word.the_field"),
                                    msg("dukfile.word.a_field"), msg("dukfile.word.one_field"))

    def layout_cells(self) -> list[LayoutCell]:
        """Every drawable element with its grid cell, in reading order (top to
        bottom, left to right). This is the one layout both the screen and the
        PDF draw from."""
        cells = [LayoutCell(element="field", id=f.id, cell=f.layout) for f in self.fields]
        cells += [LayoutCell(element="group", id=g.id, cell=g.layout) for g in self.groups]
        if self.domains_layout is not None:
            cells.append(LayoutCell(element="domains", id="life_domains", cell=self.domains_layout))
        return sorted(cells, key=lambda c: (c.cell.row, c.cell.col))

    def field(self, field_id: str) -> TemplateField:
        """The field with this id; KeyError if the template has none."""
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def has_field(self, field_id: str) -> bool:
        return any(f.id == field_id for f in self.fields)

    def fields_of_kind(self, kind: FieldKind) -> list[TemplateField]:
        return [f for f in self.fields if f.kind is kind]

    def domain(self, domain_id: str) -> LifeDomain | None:
        """The life domain a note tagged `domain_id` belongs to: the domain with that
        id, else the one that lists it in `former_ids` (a rename); None if neither."""
        for d in self.life_domains:
            if d.id == domain_id:
                return d
        for d in self.life_domains:
            if domain_id in d.former_ids:
                return d
        return None

    def group(self, group_id: str) -> Group | None:
        for g in self.groups:
            if g.id == group_id:
                return g
        return None

    def conversation_order(self) -> list[TemplateField]:
        """Fields in the order the conversation takes them: numbered fields by
        number first, then the rest in reading order."""
        by_cell = {c.id: i for i, c in enumerate(self.layout_cells())}
        return sorted(
            self.fields,
            key=lambda f: (f.number is None, f.number or 0, by_cell[f.id]),
        )
