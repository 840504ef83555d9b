"""Finding, loading and checking duk templates.

Templates live as TOML files in the program's `duker/` folder and in the user's own
duker folder. A broken file never stops the program and never hides the other
templates: it becomes a `TemplateProblem` that names the file, the line where it can
be found, the field, and what is wrong, in plain words (a message of the catalogue,
shown in nynorsk, bokmål or English).
"""

from __future__ import annotations

import difflib
import re
import tomllib
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from samtaleduk.messages import Message, Param, msg, os_reason
from samtaleduk.paths import builtin_duker_dir
from samtaleduk.templates.duplicates import duplicate_ids
from samtaleduk.templates.model import Template, TemplateRuleError
from samtaleduk.templates.problems import TemplateFileError as TemplateFileError
from samtaleduk.templates.problems import TemplateProblem as TemplateProblem
from samtaleduk.templates.problems import joined, locate_line

MAX_TEMPLATE_BYTES = 1_000_000
TEMPLATE_SUFFIX = ".toml"


@dataclass
class TemplateSet:
    """The templates found, where each came from, and the files that failed."""

    templates: dict[str, Template] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)
    problems: list[TemplateProblem] = field(default_factory=list)

    def get(self, template_id: str) -> Template:
        """The template with this id; KeyError with a readable message if none."""
        try:
            return self.templates[template_id]
        except KeyError:
            known: Param = ", ".join(sorted(self.templates)) or msg("dukfile.none")
            raise KeyError(str(msg("duk.not_installed", duk=template_id, known=known))) from None

    def ordered(self) -> list[Template]:
        """Every template, sorted by id (a stable order for menus and lists)."""
        return [self.templates[k] for k in sorted(self.templates)]


def load_template_file(path: Path) -> Template:
    """Read and validate one template file. Raises `TemplateFileError`."""
    try:
        if not path.is_file():
            raise TemplateFileError([TemplateProblem(path, msg("dukfile.missing"))])
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateFileError([TemplateProblem(path, msg(
                "dukfile.too_big_size", size=-(-size // 1000),
                limit=MAX_TEMPLATE_BYTES // 1000))])
        # Read at most one byte past the limit: the file may grow after stat().
        with path.open("rb") as handle:
            raw = handle.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        # The reason by errno, so no English system text gets in.
        raise TemplateFileError([TemplateProblem(
            path, msg("dukfile.unreadable", reason=os_reason(exc)))]) from None
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateFileError([TemplateProblem(path, msg("dukfile.too_big"))])
    if not raw.strip():
        raise TemplateFileError([TemplateProblem(path, msg("dukfile.empty"))])
    return parse_template(raw, path)


def parse_template(raw: bytes, path: Path) -> Template:
    """Validate the bytes of a template file; `path` is used in messages only.

    A byte order mark and Windows line ends (CRLF) are accepted: Notepad writes
    both, and a municipality's own file is often made there."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TemplateFileError([TemplateProblem(
            path, msg("dukfile.not_utf8", byte=f"{raw[exc.start]:02X}"), line=line)]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line_match = re.search(r"line (\d+)", str(exc))
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise TemplateFileError([TemplateProblem(
            path, msg("dukfile.not_toml", reason=_toml_words(reason)),
            line=int(line_match.group(1)) if line_match else None)]) from None
    except RecursionError:
        raise TemplateFileError([TemplateProblem(
            path, msg("dukfile.not_toml", reason=msg("dukfile.toml.too_deep")))]) from None
    try:
        return Template.model_validate(data)
    except ValidationError as exc:
        problems = [_problem_from_error(path, text, data, err) for err in exc.errors()]
        raise TemplateFileError(problems) from None


def _toml_words(reason: str) -> Message:
    """tomllib's reason in plain words where we know it; otherwise its English, said
    to be so."""
    known = {
        "Invalid value": "dukfile.toml.invalid_value",
        "Expected '=' after a key in a key/value pair": "dukfile.toml.expected_equals",
        "Unterminated string": "dukfile.toml.unterminated_string",
        "Illegal character in string": "dukfile.toml.illegal_char_in_string",
        "Invalid statement": "dukfile.toml.invalid_statement",
        "Invalid initial character for a key part": "dukfile.toml.invalid_key_start",
        "Unclosed array": "dukfile.toml.unclosed_array",
        "Unclosed inline table": "dukfile.toml.unclosed_table",
        "Expected newline or end of document after a statement":
            "dukfile.toml.expected_newline",
    }
    if reason in known:
        return msg(known[reason])
    if reason.startswith("Illegal character"):
        return msg("dukfile.toml.illegal_char")
    twice = re.match(r"Cannot (?:declare|overwrite a value) \((.*)\)( twice)?", reason)
    if twice:
        key = ".".join(part.strip(" '\"") for part in twice.group(1).split(",") if part.strip())
        return msg("dukfile.toml.set_twice", key=key)
    return msg("dukfile.toml.other", reason=reason)


def load_templates(folders: Iterable[Path]) -> TemplateSet:
    """Load every template in `folders`, in order; a later folder's template with
    the same id replaces an earlier one (a municipality's variant of a built-in
    duk). Broken files are collected in `problems` and never stop the others.
    Two files in one folder with the same id are both left out, with a problem
    naming both: neither may win silently because it happens to sort first."""
    result = TemplateSet()
    for folder in folders:
        loaded: list[tuple[Path, Template]] = []
        for path in _template_files(folder):
            try:
                loaded.append((path, load_template_file(path)))
            except TemplateFileError as exc:
                result.problems.extend(exc.problems)
        left_out, duplicates = duplicate_ids(loaded, result.sources)
        result.problems.extend(duplicates)
        for path, template in loaded:
            if path not in left_out:
                result.templates[template.id] = template
                result.sources[template.id] = path
    return result


def _template_files(folder: Path) -> list[Path]:
    """The *.toml files in `folder` (any case: Windows users write .TOML), sorted."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if p.suffix.lower() == TEMPLATE_SUFFIX)


def load_all(user_duker_dir: Path | None = None) -> TemplateSet:
    """The built-in templates and, if given, the user's own folder."""
    folders = [builtin_duker_dir()]
    if user_duker_dir is not None:
        folders.append(user_duker_dir)
    return load_templates(folders)


# --- turning pydantic's errors into plain words ---------------------------------

_PLAIN_MESSAGES: dict[str, str] = {
    "missing": "dukfile.value.missing",
    "extra_forbidden": "dukfile.value.unknown_key",
    "string_type": "dukfile.value.text",
    "int_type": "dukfile.value.whole_number",
    "int_parsing": "dukfile.value.whole_number",
    "float_type": "dukfile.value.number",
    "float_parsing": "dukfile.value.number",
    "bool_type": "dukfile.value.bool",
    "list_type": "dukfile.value.list",
    "model_type": "dukfile.value.table",
    "dict_type": "dukfile.value.table",
    "string_too_short": "dukfile.value.empty_text",
}


def _problem_from_error(path: Path, text: str, data: Any, err: Any) -> TemplateProblem:
    loc: tuple[Any, ...] = tuple(err.get("loc", ()))
    kind = err.get("type", "")
    ctx = err.get("ctx", {}) or {}
    given = _shown(err.get("input"))
    problem: Message
    if kind in ("enum", "literal_error"):
        # pydantic's "'a', 'b' or 'c'": the choices, joined in the language shown.
        choices: list[Param] = [c for c in re.split(r", | or ", str(ctx.get("expected", "")))
                                if c]
        expected = joined(choices, "dukfile.or") if choices else ""
        problem = msg("dukfile.value.unknown_kind" if kind == "enum"
                      else "dukfile.value.not_allowed", given=given, expected=expected)
    elif kind == "string_pattern_mismatch":
        problem = msg("dukfile.value.wrong_form", given=given, expected=_pattern_words(err))
    elif kind == "value_error" and isinstance(ctx.get("error"), TemplateRuleError):
        rule = ctx["error"]
        problem = rule.problem
        loc = _rule_loc(data, loc, rule)
    elif kind in ("greater_than_equal", "greater_than"):
        problem = msg("dukfile.value.too_small", given=given,
                      limit=str(ctx.get("ge", ctx.get("gt"))))
    elif kind in ("less_than_equal", "less_than"):
        problem = msg("dukfile.value.too_large", given=given,
                      limit=str(ctx.get("le", ctx.get("lt"))))
    elif kind == "too_short":
        problem = msg("dukfile.value.too_few", count=str(ctx.get("min_length")))
    elif kind == "too_long":
        problem = msg("dukfile.value.too_many", count=str(ctx.get("max_length")))
    elif kind == "string_too_long":
        problem = msg("dukfile.value.too_long", count=str(ctx.get("max_length")))
    elif kind == "extra_forbidden" and loc:
        problem = _unknown_key_words(loc)
    elif kind in _PLAIN_MESSAGES:
        problem = msg(_PLAIN_MESSAGES[kind])
    else:
        # A check pydantic makes that no message here names: its code, not its English.
        problem = msg("dukfile.value.invalid", kind=str(kind) or "?")
    return TemplateProblem(
        path=path,
        problem=problem,
        line=locate_line(text, loc),
        field=_field_name(data, loc) or None,
    )


def _unknown_key_words(loc: tuple[Any, ...]) -> Message:
    """Why the key at `loc` is refused: a typo of a key of its own table ("meinte
    du …?"), or a real key that belongs to other tables (never "did you mean" the
    very word that was written)."""
    name = str(loc[-1])
    here = _model_at(loc[:-1])
    own = sorted(here.model_fields) if here is not None else _known_keys()
    guess = difflib.get_close_matches(name, own, n=1, cutoff=0.6)
    if guess:
        return msg("dukfile.value.unknown_key_guess", guess=guess[0])
    places = _tables_with_key(name)
    if len(places) > 3:
        return msg("dukfile.value.key_elsewhere_many", key=name,
                   places=joined(places[:3]))
    if places:
        return msg("dukfile.value.key_elsewhere", key=name, places=joined(places))
    guess = difflib.get_close_matches(name, _known_keys(), n=1, cutoff=0.6)
    if guess:
        return msg("dukfile.value.unknown_key_guess", guess=guess[0])
    return msg(_PLAIN_MESSAGES["extra_forbidden"])


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model of the table at `loc` (list indexes skipped), or None."""
    model: type[BaseModel] = Template
    for step in loc:
        if isinstance(step, int):
            continue
        info = model.model_fields.get(str(step))
        inner = _models_in(info.annotation) if info is not None else []
        if not inner:
            return None
        model = inner[0]
    return model


def _tables_with_key(name: str) -> list[Param]:
    """Where `name` may stand, as a file writes the table: "[[fields]]", "[colours]",
    the top of the file."""
    places: list[Param] = []
    # The schema nests a few levels and never refers back to itself: walk every path.
    todo: list[tuple[type[BaseModel], str, bool]] = [(Template, "", False)]
    while todo:
        model, path, many = todo.pop(0)
        if name in model.model_fields:
            places.append(msg("dukfile.value.top_of_file") if not path
                          else f"[[{path}]]" if many else f"[{path}]")
        for key, info in model.model_fields.items():
            ann = info.annotation
            is_list = any(typing.get_origin(a) is list for a in (ann, *typing.get_args(ann)))
            todo += [(m, f"{path}.{key}" if path else key, is_list)
                     for m in _models_in(info.annotation)]
    return places


def _known_keys() -> list[str]:
    """Every key a template file may use, for "did you mean" on a typo."""
    keys: set[str] = set()
    seen: set[type[BaseModel]] = set()
    todo: list[type[BaseModel]] = [Template]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            keys.add(name)
            todo.extend(_models_in(info.annotation))
    return sorted(keys)


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models inside a type such as `list[Group] | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


def _shown(value: Any) -> str:
    """A value as it may appear in a message: short, one line."""
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


def _rule_loc(data: Any, loc: tuple[Any, ...], rule: TemplateRuleError) -> tuple[Any, ...]:
    """Where in the data a broken cross-entry rule points (see `TemplateRuleError`)."""
    if rule.section is None:
        return loc + ((rule.key,) if rule.key else ())
    entries = data.get(rule.section) if isinstance(data, dict) else None
    if rule.element is None or not isinstance(entries, list):
        return (rule.section,) + ((rule.key,) if rule.key else ())
    matches = [i for i, e in enumerate(entries) if isinstance(e, dict) and e.get("id") == rule.element]
    if not matches:
        return (rule.section,)
    index = matches[-1] if rule.last else matches[0]
    return (rule.section, index) + ((rule.key,) if rule.key else ())


def _pattern_words(err: Any) -> Param:
    pattern = str(err.get("ctx", {}).get("pattern", ""))
    if pattern.startswith("^#"):
        return msg("dukfile.value.form_colour")
    if "a-z" in pattern:
        return msg("dukfile.value.form_id")
    return pattern


def _field_name(data: Any, loc: tuple[Any, ...]) -> str:
    """A readable path: the field's id when the error is inside a field."""
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
            node = node[step]
            ident = node.get("id") if isinstance(node, dict) else None
            parts[-1] = f"{parts[-1]}[{ident if isinstance(ident, str) else step}]"
            continue
        if isinstance(step, str):
            parts.append(step)
            node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts)
