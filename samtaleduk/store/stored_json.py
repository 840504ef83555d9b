"""What the store keeps as JSON, and a fingerprint of its shape.

The store's tables are versioned by `PRAGMA user_version` (`store.schema`), but most
of what it holds is pydantic models as JSON: `cases.data` (a `Case`),
`meetings.data` and `revisions.data` (a `Meeting`) and `templates.data` (a
`Template`). The models forbid unknown keys and every save writes every field, so
any change to them (a new field, a new enum value, a longer limit) makes data an
older program cannot read. Such a change must therefore come with a new schema
version, which an older program refuses cleanly (`db.check_not_too_new`) before it
reads a single meeting.

`fingerprint` is what a test compares with the fingerprint recorded for the current
schema version (`schema.STORED_JSON`), so a model change cannot slip in without one.
Only the shape counts: titles and descriptions (docstrings) are left out, and
references to sub-models are written out in place, so renaming a class or fixing a
docstring changes nothing. Validators written in Python (the surrogate check) are not
part of a JSON schema and are not covered. The values of `OPEN_ENUMS` are left out
too (see there).
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.messages import msg
from samtaleduk.store.errors import UnreadableRecord
from samtaleduk.templates.model import FieldKind, Template

M = TypeVar("M", bound=BaseModel)

STORED_MODELS: tuple[type[BaseModel], ...] = (Case, Meeting, Template)
"""Every model the store writes as JSON."""

OPEN_ENUMS: tuple[type[StrEnum], ...] = (FieldKind,)
"""Enums whose new values need no new schema version. A field kind comes with the
duk format: an older program refuses a duk file with a kind it does not know, and a
stored snapshot of one reads as `UnreadableRecord` (a calm message, for that duk's
meetings only), so a new kind stays a change of four files (ARCHITECTURE.md, "Adding
a field kind"). A kind that holds a new sort of item changes `FieldContent`: that is
a new version."""

_WHAT = {Case: "word.a_case", Meeting: "word.a_meeting", Template: "word.a_duk"}


def read(model: type[M], data: str | bytes) -> M:
    """A stored record as `model`. One that does not fit (a newer program's at the
    same schema version, or changed outside the program) is `UnreadableRecord`:
    pydantic's message quotes the data, so neither it nor the cause goes along."""
    try:
        return model.model_validate_json(data)
    except (ValidationError, ValueError):
        what = msg(_WHAT.get(model, "word.something"))
        raise UnreadableRecord("store.unreadable_record", what=what) from None


_WORDS_ONLY = frozenset({"title", "description", "examples"})


def shape(models: tuple[type[BaseModel], ...] = STORED_MODELS) -> dict[str, Any]:
    """The JSON schema of `models` as read and as written, without words, with every
    reference resolved: one plain, comparable value."""
    out: dict[str, Any] = {}
    for model in models:
        for mode in ("validation", "serialization"):
            schema = model.model_json_schema(mode=mode)
            defs = schema.pop("$defs", {})
            out[f"{model.__name__}/{mode}"] = _plain(schema, defs)
    return out


def fingerprint(models: tuple[type[BaseModel], ...] = STORED_MODELS) -> str:
    """A short hash of `shape(models)`."""
    return digest(shape(models))


def digest(value: dict[str, Any]) -> str:
    """The hash of a shape (as `shape` returns it, or as read back from JSON)."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


def _plain(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            # The stored models hold no recursive types, so this ends.
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return _plain({**defs[ref.removeprefix("#/$defs/")], **rest}, defs)
        out = {k: _properties(v, defs) if k == "properties" else _plain(v, defs)
               for k, v in node.items() if k not in _WORDS_ONLY}
        values = node.get("enum")
        for open_enum in OPEN_ENUMS:
            if isinstance(values, list) and set(values) == {e.value for e in open_enum}:
                out["enum"] = f"<values of {open_enum.__name__}>"
        return out
    if isinstance(node, list):
        return [_plain(v, defs) for v in node]
    return node


def _properties(node: Any, defs: dict[str, Any]) -> Any:
    # Field names are data, even a field called "title" or "description".
    if isinstance(node, dict):
        return {name: _plain(v, defs) for name, v in node.items()}
    return _plain(node, defs)
