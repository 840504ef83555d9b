"""The models of the duk format and the words each of their keys has.

Walks the pydantic model from `Template` down, so that a key added to the model is
seen by the generator at once; `missing_words` and `unused_words` say where the
model and `texts` disagree.
"""

from __future__ import annotations

import enum
import typing
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from samtaleduk.templates.model import TEMPLATE_FORMAT_VERSION, Template
from samtaleduk.templates.reference.texts import FIELDS, MODELS, VALUES, Words

EXTRA_LIMITS: dict[str, dict[str, int]] = {
    "Template.format_version": {"le": TEMPLATE_FORMAT_VERSION},
}
"""Limits a validator enforces that pydantic's field metadata does not show."""


class MissingWordsError(LookupError):
    """A key of the model has no words in `samtaleduk.templates.reference.texts`."""


@dataclass(frozen=True)
class Key:
    """One key of one model, as the reference and the schema describe it."""

    model: type[BaseModel]
    name: str
    info: FieldInfo

    @property
    def words(self) -> Words:
        """What the key means (nn, nb); `MissingWordsError` if `texts` has nothing."""
        found = FIELDS.get(f"{self.model.__name__}.{self.name}") or FIELDS.get(f"*.{self.name}")
        if found is None:
            raise MissingWordsError(
                f"{self.model.__name__}.{self.name} has no words in "
                "samtaleduk/templates/reference/texts.py (FIELDS)")
        return found

    def values(self) -> list[tuple[str, Words]]:
        """The allowed values with their words, for a key with a fixed set of values."""
        out: list[tuple[str, Words]] = []
        for value, prefix in _enumerated(self.info.annotation):
            key = f"{prefix or f'{self.model.__name__}.{self.name}'}={value}"
            words = VALUES.get(key)
            if words is None:
                raise MissingWordsError(
                    f"{key} has no words in samtaleduk/templates/reference/texts.py (VALUES)")
            out.append((value, words))
        return out


def _enumerated(annotation: Any) -> list[tuple[str, str | None]]:
    """(value, words prefix) for the Literal or enum values inside `annotation`;
    an enum's values are described once under its class name, a Literal's under
    the key that has it (prefix None)."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [(str(member.value), annotation.__name__) for member in annotation]
    if typing.get_origin(annotation) is Literal:
        return [(str(arg), None) for arg in typing.get_args(annotation)]
    return [found for arg in typing.get_args(annotation) for found in _enumerated(arg)]


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models inside a type such as `list[Group] | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in models_in(arg)]


def enums_in(annotation: Any) -> list[type[enum.Enum]]:
    """The enum classes inside a type such as `FieldKind | None`."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [annotation]
    return [e for arg in typing.get_args(annotation) for e in enums_in(arg)]


def format_models() -> list[type[BaseModel]]:
    """Every model a duk file is made of, `Template` first, then in the order
    `texts.MODELS` describes them. `MissingWordsError` for a model `texts` lacks."""
    found: dict[str, type[BaseModel]] = {}
    todo: list[type[BaseModel]] = [Template]
    while todo:
        model = todo.pop(0)
        if model.__name__ in found:
            continue
        found[model.__name__] = model
        for info in model.model_fields.values():
            todo.extend(models_in(info.annotation))
    lacking = sorted(set(found) - set(MODELS))
    if lacking:
        raise MissingWordsError(
            f"models without words in samtaleduk/templates/reference/texts.py (MODELS): {lacking}")
    return [found[name] for name in MODELS if name in found]


def keys_of(model: type[BaseModel]) -> list[Key]:
    """The keys of `model` in the order the model declares them."""
    return [Key(model, name, info) for name, info in model.model_fields.items()]


def missing_words() -> list[str]:
    """Every model, key and value the model has and `texts` does not describe."""
    problems: list[str] = []
    try:
        models = format_models()
    except MissingWordsError as exc:
        return [str(exc)]
    for model in models:
        for key in keys_of(model):
            try:
                key.words  # noqa: B018 (looked up for its error)
            except MissingWordsError as exc:
                problems.append(str(exc))
            try:
                key.values()
            except MissingWordsError as exc:
                problems.append(str(exc))
    return problems


def unused_words() -> list[str]:
    """Every entry of `texts` that names no model, key or value of the model."""
    try:
        models = format_models()
    except MissingWordsError:
        return []
    used: set[str] = set()
    values: set[str] = set()
    for model in models:
        for key in keys_of(model):
            own = f"{model.__name__}.{key.name}"
            used.add(own if own in FIELDS else f"*.{key.name}")
            for value, prefix in _enumerated(key.info.annotation):
                values.add(f"{prefix or own}={value}")
    names = {m.__name__ for m in models}
    return ([f"MODELS[{n!r}]" for n in MODELS if n not in names]
            + [f"FIELDS[{k!r}]" for k in FIELDS if k not in used]
            + [f"VALUES[{k!r}]" for k in VALUES if k not in values])
