"""The format reference in Markdown: hand-written prose around generated tables.

The prose is kept in `prose-nn.md` and `prose-nb.md` beside this module. In it,
`<!-- generated: keys -->` becomes a section per model with a table of its keys, and
`<!-- generated: field_kinds -->` the table of field kinds, both from the pydantic
model and the words in `texts`. `{{name}}` puts in one of `_tokens()`, and
`<!-- if: Model.key -->` … `<!-- else -->` … `<!-- end if -->` keeps the first part
only when the model has that key (so prose about a key cannot outlive it).
"""

from __future__ import annotations

import re
import typing
from pathlib import Path
from types import UnionType
from typing import Any, Literal

from pydantic import BaseModel

from samtaleduk.templates.loading import MAX_TEMPLATE_BYTES
from samtaleduk.templates.model import TEMPLATE_FORMAT_VERSION, FieldKind, Template
from samtaleduk.templates.reference.model_walk import (
    EXTRA_LIMITS,
    Key,
    enums_in,
    format_models,
    keys_of,
    models_in,
)
from samtaleduk.templates.reference.schema import SCHEMA_DIRECTIVE, SCHEMA_FILE
from samtaleduk.templates.reference.texts import MODELS, VALUES

LANGUAGES = ("nn", "nb")
COMMAND = "python -m samtaleduk.templates.reference"
PROSE_DIR = Path(__file__).resolve().parent


def reference_file(lang: str) -> str:
    """Where the reference in `lang` is committed, from the repository root."""
    return f"docs/guide/duk-format-{lang}.md"


# Words the generated parts use, per language.
_W: dict[str, dict[str, str]] = {
    "nn": {
        "key": "Nøkkel", "value": "Verdi", "required": "Må med?", "meaning": "Tyding",
        "written": "I fila:",
        "yes": "ja", "no": "nei", "default": "nei, standard {v}", "kind": "Type",
        "holds": "Kva feltet held, og kva som blir med til neste møte",
        "values": "Verdiar for `{k}`:", "list": "liste med {x}", "text": "tekst",
        "at_most": "høgst {n} teikn", "not_empty": "ikkje tom", "int": "heilt tal",
        "number": "tal", "numbers": "tal", "ids": "id-ar", "id": "id",
        "colour": "farge `#RRGGBB`", "bool": "`true` eller `false`", "or": "eller",
        "min": "minst {n}", "range": "{a}–{b}", "field_kind": "felttype (sjå [Felttypar](#{a}))",
        "default_model": "nei, kvar nøkkel har sin standard", "kinds_heading": "Felttypar",
        "generated": "Generert av `{c}` frå modellen i samtaleduk/templates/model.py og tekstane i "
                     "samtaleduk/templates/reference/. Endra ikkje denne fila; endra dei og køyr "
                     "kommandoen.",
    },
    "nb": {
        "key": "Nøkkel", "value": "Verdi", "required": "Må med?", "meaning": "Betydning",
        "written": "I filen:",
        "yes": "ja", "no": "nei", "default": "nei, standard {v}", "kind": "Type",
        "holds": "Hva feltet holder, og hva som blir med til neste møte",
        "values": "Verdier for `{k}`:", "list": "liste med {x}", "text": "tekst",
        "at_most": "høyst {n} tegn", "not_empty": "ikke tom", "int": "heltall",
        "number": "tall", "numbers": "tall", "ids": "id-er", "id": "id",
        "colour": "farge `#RRGGBB`", "bool": "`true` eller `false`", "or": "eller",
        "min": "minst {n}", "range": "{a}–{b}", "field_kind": "felttype (se [Felttyper](#{a}))",
        "default_model": "nei, hver nøkkel har sin standard", "kinds_heading": "Felttyper",
        "generated": "Generert av `{c}` fra modellen i samtaleduk/templates/model.py og tekstene i "
                     "samtaleduk/templates/reference/. Ikke endre denne filen; endre dem og kjør "
                     "kommandoen.",
    },
}

_ID_PATTERN = "^[a-z][a-z0-9_]{0,63}$"
_BLOCK = re.compile(r"<!-- generated: (\w+) -->")
_TOKEN = re.compile(r"\{\{(\w+)\}\}")
_IF = re.compile(r"<!-- if: (\w+)\.(\w+) -->")


def reference_text(lang: str) -> str:
    """The whole reference in `lang`, as the committed file holds it."""
    prose = (PROSE_DIR / f"prose-{lang}.md").read_text(encoding="utf-8")
    body = resolve_conditionals(prose)
    body = _BLOCK.sub(lambda m: _block(m.group(1), lang), body)
    body = _TOKEN.sub(lambda m: _token(m.group(1)), body)
    header = f"<!-- {_W[lang]['generated'].format(c=COMMAND)} -->\n\n"
    return header + body.rstrip("\n") + "\n"


def slug(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading, for links inside the reference."""
    text = heading.strip().lower()
    text = "".join(ch for ch in text if ch.isalnum() or ch in " -_")
    return text.replace(" ", "-")


def model_heading(model: type[BaseModel], lang: str) -> str:
    """The heading of a model's section."""
    return MODELS[model.__name__].title.get(lang)


def _tokens() -> dict[str, str]:
    return {
        "format_version": str(TEMPLATE_FORMAT_VERSION),
        "max_mb": str(MAX_TEMPLATE_BYTES // 1_000_000),
        "schema_directive": SCHEMA_DIRECTIVE,
        "schema_file": SCHEMA_FILE,
        "command": COMMAND,
    }


def _token(name: str) -> str:
    try:
        return _tokens()[name]
    except KeyError:
        raise ValueError(f"unknown {{{{{name}}}}} in the reference's prose") from None


def resolve_conditionals(prose: str) -> str:
    """Resolve `<!-- if: Model.key -->` blocks (not nested) against the model."""
    models = {m.__name__: m for m in format_models()}
    out: list[str] = []
    keep: list[bool] = []
    for line in prose.splitlines(keepends=True):
        start = _IF.fullmatch(line.strip())
        if start:
            model = models.get(start.group(1))
            keep.append(model is not None and start.group(2) in model.model_fields)
            continue
        if line.strip() == "<!-- else -->" and keep:
            keep[-1] = not keep[-1]
            continue
        if line.strip() == "<!-- end if -->" and keep:
            keep.pop()
            continue
        if all(keep):
            out.append(line)
    if keep:
        raise ValueError("an <!-- if: … --> in the reference's prose has no <!-- end if -->")
    return "".join(out)


def _block(name: str, lang: str) -> str:
    if name == "keys":
        return "\n\n".join(_model_section(m, lang) for m in format_models())
    if name == "field_kinds":
        return _field_kinds(lang)
    raise ValueError(f"unknown <!-- generated: {name} --> in the reference's prose")


def _model_section(model: type[BaseModel], lang: str) -> str:
    w = _W[lang]
    words = MODELS[model.__name__]
    written = "" if model is Template else f"{w['written']} `{words.toml}`. "
    lines = [f"### {model_heading(model, lang)}", "", written + words.intro.get(lang), "",
             f"| {w['key']} | {w['value']} | {w['required']} | {w['meaning']} |",
             "|---|---|---|---|"]
    value_lists: list[str] = []
    for key in keys_of(model):
        lines.append(f"| `{key.name}` | {_value_words(key, lang)} | {_required(key, lang)} | "
                     f"{_cell(key.words.get(lang))} |")
        if enums_in(key.info.annotation):
            continue  # the field kinds have their own section
        values = key.values()
        if values:
            value_lists += ["", w["values"].format(k=key.name), ""]
            value_lists += [f"- `{v}`: {words_.get(lang)}" for v, words_ in values]
    return "\n".join(lines + value_lists)


def _field_kinds(lang: str) -> str:
    w = _W[lang]
    lines = [f"| {w['kind']} | {w['holds']} |", "|---|---|"]
    lines += [f"| `{kind.value}` | {_cell(VALUES[f'FieldKind={kind.value}'].get(lang))} |"
              for kind in FieldKind]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _value_words(key: Key, lang: str) -> str:
    w = _W[lang]
    meta = _constraints(key)
    return _type_words(key.info.annotation, meta, lang, top=True) + (
        f", {w['min'].format(n=meta['min_length'])}"
        if typing.get_origin(_strip_none(key.info.annotation)) is list and "min_length" in meta
        else "")


def _strip_none(annotation: Any) -> Any:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, UnionType) and len(args) == 1:
        return args[0]
    return annotation


def _type_words(annotation: Any, meta: dict[str, Any], lang: str, *, top: bool) -> str:
    w = _W[lang]
    annotation = _strip_none(annotation)
    origin = typing.get_origin(annotation)
    if origin is list:
        (inner,) = typing.get_args(annotation)
        if inner is str:
            return w["list"].format(x=w["ids"])
        if inner is float:
            return w["list"].format(x=w["numbers"])
        return w["list"].format(x=_type_words(inner, {}, lang, top=False))
    if models_in(annotation):
        model = models_in(annotation)[0]
        return f"[`{MODELS[model.__name__].toml}`](#{slug(model_heading(model, lang))})"
    if enums_in(annotation):
        return w["field_kind"].format(a=slug(w["kinds_heading"]))
    if origin is Literal:
        values = [f"`\"{a}\"`" for a in typing.get_args(annotation)]
        return f" {w['or']} ".join([", ".join(values[:-1]), values[-1]] if len(values) > 1
                                   else values)
    if annotation is bool:
        return w["bool"]
    if annotation is int:
        low, high = meta.get("ge"), meta.get("le")
        if low is not None and low == high:
            return f"`{low}`"
        if low is not None and high is not None:
            return f"{w['int']}, {w['range'].format(a=low, b=high)}"
        return w["int"] + (f", {w['min'].format(n=low)}" if low is not None else "")
    if annotation is float:
        return w["number"]
    if annotation is str:
        pattern = meta.get("pattern")
        if pattern == _ID_PATTERN:
            return w["id"]
        if pattern is not None and str(pattern).startswith("^#"):
            return w["colour"]
        parts = [w["text"]]
        if meta.get("min_length"):
            parts.append(w["not_empty"])
        if meta.get("max_length"):
            parts.append(w["at_most"].format(n=meta["max_length"]))
        return ", ".join(parts)
    raise ValueError(f"the reference has no words for the type {annotation!r}")


def _constraints(key: Key) -> dict[str, Any]:
    """ge, le, min_length, max_length and pattern of a key, from pydantic's metadata."""
    found: dict[str, Any] = dict(EXTRA_LIMITS.get(f"{key.model.__name__}.{key.name}", {}))
    for item in key.info.metadata:
        for name in ("ge", "le", "min_length", "max_length", "pattern"):
            value = getattr(item, name, None)
            if value is not None:
                found[name] = value
    return found


def _required(key: Key, lang: str) -> str:
    w = _W[lang]
    if key.info.is_required():
        return w["yes"]
    default = key.info.get_default(call_default_factory=True)
    if isinstance(default, BaseModel):
        return w["default_model"]
    if default is None or default == []:
        return w["no"]
    if isinstance(default, bool):
        return w["default"].format(v=f"`{str(default).lower()}`")
    if isinstance(default, str):
        return w["default"].format(v=f'`"{default}"`')
    return w["default"].format(v=f"`{default}`")
