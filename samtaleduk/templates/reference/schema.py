"""The JSON Schema of a duk file, for editors that check TOML while it is typed.

Taplo and the "Even Better TOML" extension read a `#:schema PATH` comment at the top of
a TOML file and then mark unknown keys, wrong types and missing texts as they are
typed. The schema is pydantic's own schema of `Template`, made plain for them: draft-07
(which every TOML editor reads), no `null` (TOML has none: a key left out has its
default), and the nynorsk words of `texts` as descriptions shown on hover. Rules that
span several entries (overlapping cells, unique ids) cannot be said in JSON Schema;
`samtaleduk duker check` checks them.
"""

from __future__ import annotations

import json
from typing import Any

from samtaleduk.templates.model import TEMPLATE_FORMAT_VERSION, FieldKind, Template
from samtaleduk.templates.reference.model_walk import EXTRA_LIMITS, format_models, keys_of
from samtaleduk.templates.reference.texts import MODELS, VALUES

SCHEMA_FILE = "duker/schema/samtaleduk-duk.schema.json"
"""Where the schema is committed, from the repository root."""
SCHEMA_DIRECTIVE = "#:schema ./schema/samtaleduk-duk.schema.json"
"""The first line of every built-in duk: the schema, relative to the duk file."""
DRAFT = "http://json-schema.org/draft-07/schema#"
_REF = "#/definitions/{model}"
_LANG = "nn"
_JSON_LIMIT = {"ge": "minimum", "le": "maximum"}


def json_schema() -> dict[str, Any]:
    """The schema of a duk file as a JSON value."""
    raw = Template.model_json_schema(ref_template=_REF)
    definitions: dict[str, Any] = raw.pop("$defs", {})
    models = {m.__name__: m for m in format_models()}
    for name, model in models.items():
        node = raw if name == Template.__name__ else definitions[name]
        words = MODELS[name]
        node["title"] = words.title.get(_LANG)
        node["description"] = words.intro.get(_LANG)
        properties: dict[str, Any] = node.get("properties", {})
        for key in keys_of(model):
            prop = _without_null(properties[key.name])
            prop.pop("title", None)
            text = key.words.get(_LANG)
            values = key.values()
            if values and not any(v == FieldKind.__name__ for v in _ref_names(prop)):
                text += "\n\n" + "\n".join(f"- {v}: {w.get(_LANG)}" for v, w in values)
            properties[key.name] = _described(prop, text)
    kinds = definitions[FieldKind.__name__]
    kinds.pop("title", None)
    kinds["description"] = "\n".join(
        f"- {kind.value}: {VALUES[f'FieldKind={kind.value}'].get(_LANG)}" for kind in FieldKind)
    for dotted, limits in EXTRA_LIMITS.items():
        name, key_name = dotted.split(".")
        node = raw if name == Template.__name__ else definitions[name]
        node["properties"][key_name].update(
            {_JSON_LIMIT[limit]: value for limit, value in limits.items()})
    raw["title"] = f"Samtaleduk: duk (format_version {TEMPLATE_FORMAT_VERSION})"
    return {"$schema": DRAFT, **raw, "definitions": dict(sorted(definitions.items()))}


def schema_text() -> str:
    """The schema as the committed file holds it."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def _without_null(prop: dict[str, Any]) -> dict[str, Any]:
    """`prop` without the `null` choice pydantic gives optional keys, and without
    the `null` default: TOML has no null, a key is simply left out."""
    out = dict(prop)
    if out.get("default", ...) is None:
        del out["default"]
    choices = out.get("anyOf")
    if isinstance(choices, list):
        kept = [c for c in choices if c != {"type": "null"}]
        del out["anyOf"]
        if len(kept) == 1:
            out.update(kept[0])
        else:
            out["anyOf"] = kept
    return out


def _described(prop: dict[str, Any], text: str) -> dict[str, Any]:
    """`prop` with a description. A `$ref` is wrapped in `allOf`: draft-07 ignores
    every key beside a `$ref`, and the description would be lost on hover."""
    if "$ref" in prop:
        ref = prop.pop("$ref")
        return {"allOf": [{"$ref": ref}], **prop, "description": text}
    return {**prop, "description": text}


def _ref_names(prop: dict[str, Any]) -> list[str]:
    """The model names `prop` refers to, e.g. ["FieldKind"]."""
    refs = [prop.get("$ref")] + [c.get("$ref") for c in prop.get("anyOf", [])]
    return [str(r).rsplit("/", 1)[-1] for r in refs if r]
