"""Which duk a case's next meeting is made on: no silent switch, no silent fallback.

A case's next meeting continues on the duk of its last meeting. When the installed
file of that duk is broken, gone, or older than what the last meeting used (a broken
user `familie` v2 leaves only the built-in v1 under the same id), the meeting goes
on from the snapshot the store kept, and `Continuation.note` says why, naming the
broken file. A newer installed version of the same duk is taken (that is what a
version bump is for), also with a note. Choosing another duk is the caller's
explicit act; `left_behind` says what of the last meeting would not come along.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.evaluation.fieldmap import canonical_field
from samtaleduk.fieldkinds import spec_of
from samtaleduk.messages import Message, msg
from samtaleduk.templates.adoption import is_imported_id
from samtaleduk.templates.identity import SnapshotSource, drift_of, effective_template
from samtaleduk.templates.loading import MAX_TEMPLATE_BYTES, TemplateProblem, TemplateSet
from samtaleduk.templates.model import Template

Source = Literal["installed", "newer", "stored"]

_DECLARED_ID = re.compile(rb"""^\s*id\s*=\s*["']([A-Za-z0-9_]{1,64})["']""", re.MULTILINE)
_TABLE = re.compile(rb"^\s*\[", re.MULTILINE)


@dataclass(frozen=True)
class Continuation:
    """The duk the next meeting is made on, where it came from, and why."""

    template: Template
    source: Source
    """"installed": the file as installed; "newer": a newer installed version of
    the last meeting's duk; "stored": the store's snapshot (file broken, gone,
    older, or edited without a version bump)."""
    note: str | None = None
    """A visible note (nynorsk) when this is not simply the installed file."""


def declared_id(path: Path) -> str | None:
    """The top-level `id = "…"` of a template file, read without validating it
    (the file may be broken); None when it cannot be found."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_TEMPLATE_BYTES)
    except OSError:
        return None
    first_table = _TABLE.search(raw)
    head = raw[: first_table.start()] if first_table else raw
    found = _DECLARED_ID.search(head)
    return found.group(1).decode("ascii") if found else None


def problems_for(templates: TemplateSet, template_id: str) -> list[TemplateProblem]:
    """The problems of files that declare `template_id` (or are named after it)."""
    return [p for p in templates.problems
            if declared_id(p.path) == template_id or p.path.stem == template_id]


def _broken_words(problems: list[TemplateProblem]) -> Message | str:
    first = problems[0].as_message()
    more = len(problems) - 1
    return msg("duk.more_problems", problem=first, count=more) if more else first


def installed_or_explain(templates: TemplateSet, template_id: str) -> Template:
    """The installed duk with this id; else a `UserError` that names the broken
    file and its problem when one declares the id (not "ingen duk med id")."""
    try:
        return templates.get(template_id)
    except KeyError:
        broken = problems_for(templates, template_id)
        if broken:
            raise UserError("duk.unusable", duk=template_id,
                            problem=_broken_words(broken)) from None
        known = ", ".join(sorted(templates.templates)) or "–"
        raise UserError("duk.not_installed", duk=template_id, known=known) from None


def continuation(store: SnapshotSource, templates: TemplateSet, case: Case,
                 last: Meeting | None) -> Continuation:
    """The duk for the next meeting of `case` after `last` (None: the first meeting,
    on the case's own duk). `UserError` only when neither the file nor the store
    has the duk."""
    if last is None:
        return _first_meeting(store, templates, case)
    tid, version = last.template_id, last.template_version
    broken = problems_for(templates, tid)
    installed = templates.templates.get(tid)
    stored = store.template_snapshot(tid, version)
    if installed is not None and installed.case_kind == case.kind.value:
        if installed.version > version:
            note = str(msg("duk.updated", duk=tid, old=version, new=installed.version))
            return Continuation(installed, "newer", _with_broken(note, broken))
        if installed.version == version:
            drift = drift_of(store, templates, tid)
            chosen = effective_template(store, templates, tid)
            drifted = drift.message() if drift is not None else None
            source: Source = "stored" if drift is not None else "installed"
            return Continuation(chosen, source, _with_broken(drifted, broken))
    if stored is None:
        if broken:
            raise UserError("duk.version_unusable", duk=tid, version=version,
                            problem=_broken_words(broken))
        raise UserError("duk.version_missing", duk=tid, version=version)
    if broken:
        why = msg("duk.why.file_broken", problem=_broken_words(broken))
    elif installed is None and is_imported_id(tid):
        why = msg("duk.why.imported")
    elif installed is None:
        why = msg("duk.why.file_gone")
    elif installed.case_kind != case.kind.value:
        why = msg("duk.why.other_kind")
    else:
        why = msg("duk.why.older_file", version=installed.version)
    note = str(msg("duk.continues_stored", duk=tid, version=version, why=why))
    return Continuation(stored, "stored", note)


def _first_meeting(store: SnapshotSource, templates: TemplateSet, case: Case) -> Continuation:
    tid = case.template_id
    if tid in templates.templates:
        drift = drift_of(store, templates, tid)
        return Continuation(effective_template(store, templates, tid),
                            "stored" if drift else "installed",
                            drift.message() if drift else None)
    # The case was made on a duk that is now broken or gone: its stored snapshot.
    stored = store.latest_snapshot(tid)
    if stored is not None:
        broken = problems_for(templates, tid)
        why = (msg("duk.why.file_broken", problem=_broken_words(broken)) if broken
               else msg("duk.why.file_gone"))
        return Continuation(stored, "stored", str(msg("duk.uses_stored", duk=tid,
                                                      version=stored.version, why=why)))
    installed_or_explain(templates, tid)
    raise AssertionError("unreachable")  # pragma: no cover


def _with_broken(note: str | None, broken: list[TemplateProblem]) -> str | None:
    if not broken:
        return note
    extra = str(msg("duk.other_file_broken", problem=_broken_words(broken)))
    return f"{note} {extra}" if note else extra


@dataclass(frozen=True)
class LeftBehind:
    """What of the last meeting has no place on another duk."""

    fields: tuple[str, ...]
    """Field ids (of the last meeting's duk) with content and no field on the new duk."""
    domains: tuple[str, ...]
    """Life-domain ids used on notes that the new duk does not have."""

    def is_empty(self) -> bool:
        """True when everything comes along."""
        return not self.fields and not self.domains


def left_behind(last: Meeting, old: Template | None, new: Template) -> LeftBehind:
    """The fields and life domains of `last` (on `old`, None when that duk is lost)
    whose content would not be on a meeting carried forward onto `new`."""
    fields: list[str] = []
    for fid, content in last.fields.items():
        if content.is_empty() or canonical_field(new, fid) is not None:
            continue
        if old is not None and old.has_field(fid) and spec_of(old.field(fid).kind).carry is None:
            continue  # never carried anyway
        fields.append(fid)
    known = {d.id for d in new.life_domains} | {
        former for d in new.life_domains for former in getattr(d, "former_ids", ())}
    used = {n.domain for c in last.fields.values() for n in c.notes if n.domain}
    return LeftBehind(tuple(fields), tuple(sorted(d for d in used if d not in known)))
