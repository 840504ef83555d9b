"""A duk's identity includes its content.

A meeting keeps the exact template it was made with: the store holds one snapshot
per (id, version). A municipality may later edit its file *without* raising
`version`; then the file on disk and the stored snapshot carry the same id and
version but say different things. Left alone, the screen drew the edited file, the
case print the snapshot and `print --blank` the file again.

The one rule (see `effective_template`): **what the store holds under an id and a
version is that version.** An edited file with an unchanged version is not used for
cases in this store; the screen, the prints (blank too, when the store is open) and
new meetings all use the stored snapshot, and every place that lists duker says
that the file differs and that raising `version` takes the edits into use. Nothing
in a case changes behind anyone's back.

Content is compared as the validated model, never the file's bytes: a comment or a
reordered key in the TOML is not a change of the duk.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from samtaleduk.messages import Message, msg
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.templates.model import Template

HASH_SHOWN = 12
"""How many hex digits of a content hash a person is shown (enough to tell two apart)."""


class SnapshotSource(Protocol):
    """What the identity checks need of a store: its snapshot of one version."""

    def template_snapshot(self, template_id: str, version: int) -> Template | None: ...

    def latest_snapshot(self, template_id: str) -> Template | None: ...


def content_hash(template: Template) -> str:
    """The SHA-256 of the template's content (canonical JSON of the model), in hex.
    Two templates with the same hash draw, print and carry forward alike."""
    canonical = json.dumps(template.model_dump(mode="json"), ensure_ascii=False,
                           sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def short_hash(template: Template) -> str:
    """The first `HASH_SHOWN` hex digits of `content_hash`, for messages and lists."""
    return content_hash(template)[:HASH_SHOWN]


@dataclass(frozen=True)
class DukDrift:
    """An installed file whose content differs from the snapshot the store holds
    under the same id and version (edited without a version bump)."""

    template_id: str
    version: int
    path: Path | None
    file_hash: str
    stored_hash: str

    def message(self) -> str:
        """What happened, that the cases are untouched, and what to do (in the current
        language, `samtaleduk.messages`)."""
        where: Message | str = (self.path.name if self.path is not None
                                else msg("duk.the_duk", duk=self.template_id))
        return str(msg("duk.drift", where=where, duk=self.template_id, version=self.version,
                       file_hash=self.file_hash[:HASH_SHOWN],
                       stored_hash=self.stored_hash[:HASH_SHOWN]))


def drift_of(store: SnapshotSource, templates: TemplateSet, template_id: str) -> DukDrift | None:
    """The drift of one installed duk, or None when the store holds no snapshot of
    its version or the snapshot has the same content."""
    installed = templates.templates.get(template_id)
    if installed is None:
        return None
    stored = store.template_snapshot(installed.id, installed.version)
    if stored is None:
        return None
    file_hash, stored_hash = content_hash(installed), content_hash(stored)
    if file_hash == stored_hash:
        return None
    return DukDrift(installed.id, installed.version, templates.sources.get(installed.id),
                    file_hash, stored_hash)


def find_drift(store: SnapshotSource, templates: TemplateSet) -> list[DukDrift]:
    """Every installed duk whose file differs from the store's snapshot of its version."""
    found = (drift_of(store, templates, t.id) for t in templates.ordered())
    return [d for d in found if d is not None]


def effective_template(store: SnapshotSource | None, templates: TemplateSet,
                       template_id: str) -> Template:
    """The duk with this id as the app uses it for new meetings and blank prints:
    the installed file, unless the store already holds a snapshot of the same
    version with other content; then that snapshot (the module's one rule).
    KeyError (as `TemplateSet.get`) when no such duk is installed."""
    installed = templates.get(template_id)
    if store is None:
        return installed
    stored = store.template_snapshot(installed.id, installed.version)
    return stored if stored is not None else installed


def meeting_template(store: SnapshotSource, templates: TemplateSet, template_id: str,
                     version: int) -> Template | None:
    """The duk a stored meeting was written with: the store's snapshot of that id
    and version; only when the store has none, the installed file of that very
    version. None when neither exists."""
    stored = store.template_snapshot(template_id, version)
    if stored is not None:
        return stored
    installed = templates.templates.get(template_id)
    if installed is not None and installed.version == version:
        return installed
    return None
