"""The duker an imported case file brings: adopted without touching ours.

The store keeps one snapshot per (id, version), and the installed files answer to
the same id and version. A case file from another municipality may carry a
`familie` v2 that says something else than ours. Stored as it was, it would either
be ignored (the imported meetings drawn on *our* duk) or, with no snapshot of ours
yet, stored first and then used for *our* new meetings and prints.

So a snapshot that is not the very duk this computer already has under the same id
and version (the store's snapshot, else the installed file) gets its own identity:
its id is extended with its content hash (`familie_i3f2a…`), and the imported
meetings and revisions are pointed at it. Only they use it; nothing the user has now
or installs later changes. A snapshot with the same content is shared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from samtaleduk.domain.model import Meeting
from samtaleduk.templates.identity import content_hash
from samtaleduk.templates.model import Template

if TYPE_CHECKING:
    from samtaleduk.store.store import Store

IMPORTED_MARK = "_i"
"""Between a duk's own id and the content hash, in the id an imported snapshot gets."""
HASH_IN_ID = 12
_MAX_ID = 64


def _base_id(template_id: str) -> str:
    """The duk's own id, without an earlier import's content mark."""
    return template_id.rpartition(IMPORTED_MARK)[0] if is_imported_id(template_id) else template_id


def imported_id(template: Template) -> str:
    """The id an imported snapshot is kept under: its own id (without any earlier
    mark) and the hash of its content under that id. Computed here, never taken
    from the file: a case file cannot claim another import's id."""
    base = _base_id(template.id)
    plain = template if base == template.id else template.model_copy(update={"id": base})
    suffix = IMPORTED_MARK + content_hash(plain)[:HASH_IN_ID]
    return base[: _MAX_ID - len(suffix)] + suffix


def is_imported_id(template_id: str) -> bool:
    """True for an id made by `imported_id` (a duk that came with a case file)."""
    head, mark, tail = template_id.rpartition(IMPORTED_MARK)
    return bool(head and mark) and len(tail) == HASH_IN_ID and all(
        c in "0123456789abcdef" for c in tail)


def _known(store: Store, template: Template) -> Template | None:
    """What this computer holds under the template's id and version: the store's
    snapshot, else the installed file of that version."""
    stored = store.template_snapshot(template.id, template.version)
    if stored is not None:
        return stored
    from samtaleduk.paths import user_duker_dir
    from samtaleduk.templates.loading import load_all

    installed = load_all(user_duker_dir(store.data_dir)).templates.get(template.id)
    if installed is not None and installed.version == template.version:
        return installed
    return None


Renamed = dict[tuple[str, int], str]
"""(id, version) of an imported snapshot -> the id it gets here."""


def adopt_imported_duker(store: Store, templates: list[Template]) -> tuple[list[Template], Renamed]:
    """An imported case file's template snapshots, with every one that differs from
    ours (same id and version, other content) re-keyed by its content, and what was
    renamed (for `moved`). Reads the store; writes nothing."""
    renamed: Renamed = {}
    adopted: list[Template] = []
    for t in templates:
        ours = _known(store, t)
        if ours is not None and content_hash(ours) == content_hash(t):
            adopted.append(t)  # the very duk we have: shared
            continue
        # Unknown here, or other content: its own identity, so that it can never
        # stand in for a duk this computer has now or installs later.
        new_id = imported_id(t)
        if new_id != t.id:
            renamed[(t.id, t.version)] = new_id
            t = t.model_copy(update={"id": new_id})
        adopted.append(t)
    return adopted, renamed


def moved(meeting: Meeting, renamed: Renamed) -> Meeting:
    """The meeting pointed at its duk's id here (unchanged when it was not renamed)."""
    new_id = renamed.get((meeting.template_id, meeting.template_version))
    return meeting if new_id is None else meeting.model_copy(update={"template_id": new_id})
