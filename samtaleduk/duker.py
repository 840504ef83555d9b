"""Finding, loading and checking duk templates.

Templates live as TOML files in the program's `duker/` folder and in the user's own
duker folder. A broken file never stops the program and never hides the other
templates: it becomes a `TemplateProblem` that names the file, the line where it can
be found, the field, and what is wrong, in plain nynorsk.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from samtaleduk.paths import builtin_duker_dir
from samtaleduk.template import Template

MAX_TEMPLATE_BYTES = 1_000_000
TEMPLATE_SUFFIX = ".toml"


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with one template file."""

    path: Path
    problem: str
    line: int | None = None
    field: str | None = None

    def message(self) -> str:
        """One line a person can act on: file, line, field, problem."""
        where = self.path.name
        if self.line is not None:
            where += f", linje {self.line}"
        if self.field:
            where += f", felt «{self.field}»"
        return f"{where}: {self.problem}"


class TemplateFileError(Exception):
    """A template file could not be loaded; `problems` says why."""

    def __init__(self, problems: Sequence[TemplateProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(p.message() for p in self.problems))


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
            known = ", ".join(sorted(self.templates)) or "ingen"
            raise KeyError(f"ingen duk med id «{template_id}» (kjende: {known})") from None

    def ordered(self) -> list[Template]:
        return [self.templates[k] for k in sorted(self.templates)]


def load_template_file(path: Path) -> Template:
    """Read and validate one template file. Raises `TemplateFileError`."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TemplateFileError([TemplateProblem(path, f"fila kan ikkje lesast ({exc.strerror})")]) from None
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateFileError([TemplateProblem(
            path, f"fila er for stor ({size / 1_000_000:.1f} MB; ein duk kan vera høgst "
                  f"{MAX_TEMPLATE_BYTES // 1_000_000} MB)")])
    if size == 0:
        raise TemplateFileError([TemplateProblem(path, "fila er tom")])
    raw = path.read_bytes()
    return parse_template(raw, path)


def parse_template(raw: bytes, path: Path) -> Template:
    """Validate the bytes of a template file; `path` is used in messages only."""
    try:
        # utf-8-sig: files saved by Notepad carry a byte order mark; accept it.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TemplateFileError([TemplateProblem(
            path, f"fila er ikkje lagra som UTF-8 (ugyldig byte 0x{raw[exc.start]:02X}); "
                  "lagra ho som UTF-8 og prøv igjen", line=line)]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line_match = re.search(r"line (\d+)", str(exc))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise TemplateFileError([TemplateProblem(
            path, f"fila er ikkje gyldig TOML: {reason}",
            line=int(line_match.group(1)) if line_match else None)]) from None
    try:
        return Template.model_validate(data)
    except ValidationError as exc:
        problems = [_problem_from_error(path, text, data, err) for err in exc.errors()]
        raise TemplateFileError(problems) from None


def load_templates(folders: Iterable[Path]) -> TemplateSet:
    """Load every template in `folders`, in order; a later folder's template with
    the same id replaces an earlier one (a municipality's variant of a built-in
    duk). Broken files are collected in `problems` and never stop the others."""
    result = TemplateSet()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}")):
            try:
                template = load_template_file(path)
            except TemplateFileError as exc:
                result.problems.extend(exc.problems)
                continue
            result.templates[template.id] = template
            result.sources[template.id] = path
    return result


def load_all(user_duker_dir: Path | None = None) -> TemplateSet:
    """The built-in templates and, if given, the user's own folder."""
    folders = [builtin_duker_dir()]
    if user_duker_dir is not None:
        folders.append(user_duker_dir)
    return load_templates(folders)


# --- turning pydantic's errors into plain words ---------------------------------

_PLAIN_MESSAGES: dict[str, str] = {
    "missing": "manglar (må vera med)",
    "extra_forbidden": "er ikkje eit kjent namn her (skrivefeil?)",
    "string_type": "må vera tekst i hermeteikn",
    "int_type": "må vera eit heilt tal",
    "int_parsing": "må vera eit heilt tal",
    "float_type": "må vera eit tal",
    "float_parsing": "må vera eit tal",
    "bool_type": "må vera true eller false",
    "list_type": "må vera ei liste [ … ]",
    "model_type": "må vera ein tabell { … }",
    "dict_type": "må vera ein tabell { … }",
    "string_too_short": "kan ikkje vera tom",
}


def _problem_from_error(path: Path, text: str, data: Any, err: Any) -> TemplateProblem:
    loc: tuple[Any, ...] = tuple(err.get("loc", ()))
    kind = err.get("type", "")
    if kind == "enum":
        expected = err.get("ctx", {}).get("expected", "")
        problem = f"«{err.get('input')}» er ikkje ein kjend type; bruk ein av {expected}"
    elif kind == "string_pattern_mismatch":
        problem = f"«{err.get('input')}» har feil form (venta {_pattern_words(err)})"
    elif kind == "value_error":
        problem = str(err.get("msg", "")).removeprefix("Value error, ")
    elif kind in ("greater_than_equal", "less_than_equal", "too_short", "too_long"):
        problem = f"ugyldig verdi ({err.get('msg')})"
    else:
        problem = _PLAIN_MESSAGES.get(kind, str(err.get("msg", "ugyldig verdi")))
    return TemplateProblem(
        path=path,
        problem=problem,
        line=_locate_line(text, loc),
        field=_field_name(data, loc),
    )


def _pattern_words(err: Any) -> str:
    pattern = str(err.get("ctx", {}).get("pattern", ""))
    if pattern.startswith("^#"):
        return "ein farge som #A1B2C3"
    if "a-z" in pattern:
        return "små bokstavar a–z, tal og _, og først ein bokstav"
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


def _locate_line(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best effort: the line of the key named by `loc` in the TOML text. Arrays of
    tables (`[[fields]]`) are counted so that fields[3].kind finds the kind line
    of the fourth field."""
    lines = text.splitlines()
    start, end = 0, len(lines)
    table_path: list[str] = []
    found: int | None = None
    i = 0
    while i < len(loc):
        step = loc[i]
        if not isinstance(step, str):
            i += 1
            continue
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        table_path.append(step)
        if isinstance(nxt, int):
            header = re.compile(r"^\s*\[\[\s*" + re.escape(".".join(table_path)) + r"\s*\]\]")
            hits = [n for n in range(start, end) if header.match(lines[n])]
            if nxt < len(hits):
                start = hits[nxt]
                found = start + 1
                end = next(
                    (n for n in range(start + 1, end) if re.match(r"^\s*\[", lines[n])), end
                )
            i += 2
            continue
        key = re.compile(r"^\s*" + re.escape(step) + r"\s*=|[{,]\s*" + re.escape(step) + r"\s*=")
        table = re.compile(r"^\s*\[\s*" + re.escape(".".join(table_path)) + r"\s*\]")
        for n in range(start, end):
            if key.search(lines[n]) or table.match(lines[n]):
                found = n + 1
                start = n
                break
        i += 1
    return found
