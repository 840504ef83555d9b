"""Following a field across versions of a duk template.

A municipality may rename a field in its duk file; it then lists the old id in
`former_ids` so that duker written with the old file still find their way. A field
that is simply gone from the newer file has no place to go: the evaluation reports
what stood there instead of dropping it silently. Life domains are followed the
same way: a renamed domain lists its old id in its own `former_ids`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from samtaleduk.templates.model import FieldKind, Template, Text


def canonical_field(template: Template, field_id: str) -> str | None:
    """The id `field_id` has in `template`: itself, the field that lists it in
    `former_ids` (a rename), or None when the template has no such field."""
    if template.has_field(field_id):
        return field_id
    for f in template.fields:
        if field_id in f.former_ids:
            return f.id
    return None


@dataclass(frozen=True)
class FieldMap:
    """How the fields of an older template map onto a newer one."""

    renamed: dict[str, str]
    """Old id -> new id, for fields found through `former_ids`."""
    removed: tuple[str, ...]
    """Old ids the newer template has no field for, in the old template's order."""
    added: tuple[str, ...]
    """New ids no field of the older template maps to, in the new template's order."""
    labels: dict[str, Text]
    """A label for every id above and every field of both templates (new wins)."""
    kinds: dict[str, FieldKind]
    """The kind of every field of both templates (new wins)."""
    order: tuple[str, ...]
    """The new template's fields, then the removed ones: the order reports follow."""

    def label(self, field_id: str, lang: str) -> str:
        """The field's label in `lang`; the bare id for a field no template knows."""
        text = self.labels.get(field_id)
        return text.get(lang) if text is not None else field_id

    def rank(self, field_id: str) -> int:
        """Position of the field in `order`; unknown fields go last."""
        return self._ranks.get(field_id, len(self.order))

    @cached_property
    def _ranks(self) -> dict[str, int]:
        return {fid: n for n, fid in enumerate(self.order)}

    aliases: dict[str, str]
    """Every id the newer template answers to (its own and its `former_ids`) -> its id."""

    def to_new(self, field_id: str) -> str:
        """The id under which an item stored in `field_id` is compared. A field the
        newer template lacks keeps its own id (and is listed in `removed`)."""
        return self.aliases.get(field_id, field_id)

    renamed_domains: dict[str, str] = field(default_factory=dict)
    """Old life-domain id -> new id, for domains found through `former_ids`."""
    removed_domains: tuple[str, ...] = ()
    """Old life-domain ids the newer template has no domain for."""
    added_domains: tuple[str, ...] = ()
    """New life-domain ids no domain of the older template maps to."""
    domain_labels: dict[str, Text] = field(default_factory=dict)
    """A label for every life domain of both templates (new wins): a removed domain
    keeps the label stored in the older meeting's own template."""
    domain_aliases: dict[str, str] = field(default_factory=dict)
    """Every id a life domain of the newer template answers to -> its id."""

    def to_new_domain(self, domain_id: str | None) -> str | None:
        """The id under which a note's life-domain tag is compared."""
        return None if domain_id is None else self.domain_aliases.get(domain_id, domain_id)

    def domain_label(self, domain_id: str, lang: str) -> str:
        """The life domain's label in `lang`: the one stored under this id (an old id
        keeps the older template's label), else the renamed domain's."""
        text = self.domain_labels.get(domain_id) \
            or self.domain_labels.get(self.to_new_domain(domain_id) or domain_id)
        return text.get(lang) if text is not None else domain_id


def canonical_domain(template: Template, domain_id: str) -> str | None:
    """The id life domain `domain_id` has in `template`: itself, the domain that
    lists it in `former_ids` (a rename), or None when the template has no such domain."""
    found = template.domain(domain_id)
    return found.id if found is not None else None


def domain_aliases(template: Template) -> dict[str, str]:
    """Every id a life domain of `template` answers to -> its id (own ids win)."""
    aliases = {former: d.id for d in template.life_domains for former in d.former_ids}
    aliases.update({d.id: d.id for d in template.life_domains})
    return aliases


def map_fields(old: Template, new: Template) -> FieldMap:
    """Map the fields of `old` onto `new` (they may be the same template)."""
    renamed: dict[str, str] = {}
    removed: list[str] = []
    reached: set[str] = set()
    for f in old.fields:
        target = canonical_field(new, f.id)
        if target is None:
            removed.append(f.id)
            continue
        reached.add(target)
        if target != f.id:
            renamed[f.id] = target
    added = tuple(f.id for f in new.fields if f.id not in reached)
    labels = {f.id: f.label for f in old.fields}
    labels.update({f.id: f.label for f in new.fields})
    kinds = {f.id: f.kind for f in old.fields}
    kinds.update({f.id: f.kind for f in new.fields})
    order = tuple(f.id for f in new.fields) + tuple(removed)
    # Own ids win over former ids, as in `canonical_field`.
    aliases = {former: f.id for f in new.fields for former in f.former_ids}
    aliases.update({f.id: f.id for f in new.fields})
    new_domains = domain_aliases(new)
    renamed_domains = {d.id: new_domains[d.id] for d in old.life_domains
                       if d.id in new_domains and new_domains[d.id] != d.id}
    reached_domains = {new_domains[d.id] for d in old.life_domains if d.id in new_domains}
    domain_labels = {d.id: d.label for d in old.life_domains}
    domain_labels.update({d.id: d.label for d in new.life_domains})
    return FieldMap(
        renamed=renamed, removed=tuple(removed), added=added, labels=labels, kinds=kinds,
        order=order, aliases=aliases, renamed_domains=renamed_domains,
        removed_domains=tuple(d.id for d in old.life_domains if d.id not in new_domains),
        added_domains=tuple(d.id for d in new.life_domains if d.id not in reached_domains),
        domain_labels=domain_labels, domain_aliases=new_domains)
