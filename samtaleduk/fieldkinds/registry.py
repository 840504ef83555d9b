"""The field kinds' specs: one entry per `FieldKind`, and the questions the engine
asks of a template through them. To add a kind, add its spec here (see
ARCHITECTURE.md, "Adding a field kind")."""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.model import Meeting
from samtaleduk.fieldkinds.spec import (
    ItemSort,
    KindSpec,
    carry_items,
    carry_items_and_date,
    compare_text,
    compare_text_and_date,
    the_day,
    who_is_here,
)
from samtaleduk.templates.model import FieldKind, Template, TemplateField

SPECS: dict[FieldKind, KindSpec] = {spec.kind: spec for spec in (
    KindSpec(
        kind=FieldKind.TEXT,
        holds=frozenset(),
        carry=carry_items,
        is_meeting_date=False,
        compared=compare_text_and_date,
        names_next_meeting=False,
        one_line=True,
        value=None,
        described=(
            "Ein tekst på éi linje, til dømes namna i familien. Teksten blir med til neste møte.",
            "En tekst på én linje, for eksempel navnene i familien. Teksten blir med til neste "
            "møte."),
    ),
    KindSpec(
        kind=FieldKind.DATE,
        holds=frozenset(),
        carry=None,
        is_meeting_date=True,
        compared=None,
        names_next_meeting=False,
        one_line=True,
        value=the_day,
        described=(
            "Ein dato. Blir fylt ut med datoen for møtet, også i kvart nytt møte.",
            "En dato. Fylles ut med datoen for møtet, også i hvert nytt møte."),
    ),
    KindSpec(
        kind=FieldKind.PARTICIPANTS,
        holds=frozenset(),
        carry=None,
        is_meeting_date=False,
        compared=compare_text_and_date,
        names_next_meeting=False,
        one_line=True,
        value=who_is_here,
        described=(
            "Kven som er med i dag: namn og rolle eller teneste. Blir ikkje med til neste møte; "
            "programmet føreslår folka i saka.",
            "Hvem som er med i dag: navn og rolle eller tjeneste. Blir ikke med til neste møte; "
            "programmet foreslår folkene i saken."),
    ),
    KindSpec(
        kind=FieldKind.NOTES,
        holds=frozenset({"notes"}),
        carry=carry_items,
        is_meeting_date=False,
        compared=compare_text_and_date,
        names_next_meeting=False,
        one_line=False,
        value=None,
        described=(
            "Notat (lappar), kvar med kven som sa det og, med `domain_tags`, eit livsområde. "
            "Alle notata blir med til neste møte.",
            "Notater (lapper), hver med hvem som sa det og, med `domain_tags`, et livsområde. "
            "Alle notatene blir med til neste møte."),
    ),
    KindSpec(
        kind=FieldKind.GOALS,
        holds=frozenset({"goals"}),
        carry=carry_items_and_date,
        is_meeting_date=False,
        compared=compare_text_and_date,
        names_next_meeting=False,
        one_line=False,
        value=None,
        described=(
            "Mål med frist og status. `horizon` seier kort eller lang sikt, `date_blank` gjev "
            "«innan ____». Opne mål blir med til neste møte; nådde og lagde bort blir att.",
            "Mål med frist og status. `horizon` sier kort eller lang sikt, `date_blank` gir "
            "«innen ____». Åpne mål blir med til neste møte; nådde og lagt bort blir igjen."),
    ),
    KindSpec(
        kind=FieldKind.ACTIONS,
        holds=frozenset({"actions"}),
        carry=carry_items,
        is_meeting_date=False,
        compared=compare_text_and_date,
        names_next_meeting=False,
        one_line=False,
        value=None,
        described=(
            "Tiltak: kven gjer kva, og innan når. Opne og delvis gjorde tiltak blir med til "
            "neste møte.",
            "Tiltak: hvem gjør hva, og innen når. Åpne og delvis gjorte tiltak blir med til "
            "neste møte."),
    ),
    KindSpec(
        kind=FieldKind.HELPERS,
        holds=frozenset({"helpers"}),
        carry=carry_items,
        is_meeting_date=False,
        compared=compare_text_and_date,
        names_next_meeting=False,
        one_line=False,
        value=None,
        described=(
            "Hjelparar: personar og tenester, og kva dei kan hjelpa med. Alle blir med til "
            "neste møte.",
            "Hjelpere: personer og tjenester, og hva de kan hjelpe med. Alle blir med til neste "
            "møte."),
    ),
    KindSpec(
        kind=FieldKind.CONSENTS,
        holds=frozenset({"consents"}),
        carry=carry_items,
        is_meeting_date=False,
        compared=compare_text_and_date,
        names_next_meeting=False,
        one_line=False,
        value=None,
        described=(
            "Samtykke og avtalar: kven gav dei, og når, etter vala i `consent_kinds`. Dei som "
            "ikkje er trekte tilbake, blir med til neste møte.",
            "Samtykker og avtaler: hvem ga dem, og når, etter valgene i `consent_kinds`. De som "
            "ikke er trukket tilbake, blir med til neste møte."),
    ),
    KindSpec(
        kind=FieldKind.NEXT_STEP,
        holds=frozenset({"actions"}),
        carry=carry_items,
        is_meeting_date=False,
        compared=compare_text,
        names_next_meeting=True,
        one_line=False,
        value=None,
        described=(
            "Neste steg med ord, datoen for neste møte (vist i sakslista) og tiltaka til då. "
            "Teksten og opne tiltak blir med til neste møte, datoen ikkje.",
            "Neste steg med ord, datoen for neste møte (vist i sakslisten) og tiltakene til da. "
            "Teksten og åpne tiltak blir med til neste møte, datoen ikke."),
    ),
)}
"""Every kind's spec. A kind missing here is a KeyError in `spec_of`, and a failing
test before that."""


def spec_of(kind: FieldKind) -> KindSpec:
    """The spec of `kind`; a KeyError naming this file for a kind without one (a
    programming error, caught by the registry tests)."""
    try:
        return SPECS[kind]
    except KeyError:
        raise KeyError(f"field kind {kind.value!r} has no spec in "
                       "samtaleduk/fieldkinds/registry.py") from None


def holding(template: Template, sort: ItemSort) -> list[TemplateField]:
    """The template's fields whose editor writes items of `sort`, in template order."""
    return [f for f in template.fields if sort in spec_of(f.kind).holds]


def meeting_date_fields(template: Template) -> list[TemplateField]:
    """The fields that hold the meeting's own date, in template order."""
    return [f for f in template.fields if spec_of(f.kind).is_meeting_date]


def next_meeting_field(template: Template) -> TemplateField | None:
    """The first field that names the next meeting (its date blank), if any."""
    return next((f for f in template.fields if spec_of(f.kind).names_next_meeting), None)


def next_meeting_date(meeting: Meeting, template: Template | None) -> dt.date | None:
    """The date written in the meeting's next-step field (the next meeting), found
    through the template's field kinds. None without a template or a date."""
    if template is None:
        return None
    for tf in template.fields:
        if not spec_of(tf.kind).names_next_meeting:
            continue
        content = meeting.fields.get(tf.id)
        if content is not None and content.date is not None:
            return content.date
    return None
