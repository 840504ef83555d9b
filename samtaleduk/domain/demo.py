"""The two fictional demo cases: Familien Haugland and Jonas.

All names are made up (see the design note demo-case.md). The cases are built the
way a facilitator builds them: meeting 2 and 3 are carried forward from the meeting
before and then edited, so identities follow the notes exactly as in real use.
Every id is derived from a fixed label, so `demo_cases()` returns the same data
each time (golden files and screenshots stay stable). Pure data, no I/O.
"""

from __future__ import annotations

import datetime as dt
import uuid

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Case,
    CaseKind,
    Consent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    Participant,
    SaidBy,
)
from samtaleduk.evaluation import carry_forward
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import Template

_NAMESPACE = uuid.UUID("0b7e6a52-3c1f-5d0e-9a43-5a6d7475b001")


def demo_id(label: str) -> uuid.UUID:
    """The fixed id of a demo item, e.g. ``demo_id("haugland/note/emil-morgon")``."""
    return uuid.uuid5(_NAMESPACE, label)


def _d(day: int, month: int, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


def demo_cases() -> list[tuple[Case, list[Meeting]]]:
    """Familien Haugland (three meetings, family duk) and Jonas (one meeting,
    individual duk), each as (case, meetings in order)."""
    templates = load_all()
    return [
        _haugland(templates.get("familie")),
        _jonas(templates.get("individuell")),
    ]


# --- Familien Haugland ------------------------------------------------------------


def _haugland(t: Template) -> tuple[Case, list[Meeting]]:
    def i(label: str) -> uuid.UUID:
        return demo_id(f"haugland/{label}")

    people = {
        "sara": Participant(id=i("p/sara"), name="Sara Haugland", role="mor"),
        "emil": Participant(id=i("p/emil"), name="Emil Haugland", role="son, 14 år"),
        "ingrid": Participant(id=i("p/ingrid"), name="Ingrid Fjeld", role="familielos"),
        "tor": Participant(id=i("p/tor"), name="Tor Aas", role="NAV-rettleiar"),
        "kari": Participant(
            id=i("p/kari"), name="Kari Lund", role="helsesjukepleiar, Emil sin skule"
        ),
        "berit": Participant(id=i("p/berit"), name="Mormor Berit", role="tillitsperson"),
    }
    case = Case(
        id=i("case"),
        name="Familien Haugland",
        kind=CaseKind.FAMILY,
        template_id=t.id,
        members=["Sara Haugland", "Emil Haugland", "Nora Haugland"],
        language="nn",
        facilitator="Ingrid Fjeld",
        known_participants=list(people.values()),
        created_on=_d(14, 1),
    )

    # Meeting 1 — 14 January 2026
    m1 = Meeting(
        id=i("m1"), case_id=case.id, number=1, date=_d(14, 1),
        template_id=t.id, template_version=t.version,
        participants=[people[k] for k in ("sara", "emil", "ingrid", "tor", "kari", "berit")],
    )
    m1.field("namn").text = "Sara Haugland, Emil og Nora"
    m1.field("dato").date = m1.date
    m1.field("fungerer").notes = [
        Note(id=i("n/nora-skule"), text="Nora trivst på skulen", domain="skole",
             said_by=SaidBy.CHILD),
        Note(id=i("n/mormor-hentar"), text="Mormor hentar Nora to dagar i veka", domain="fritid"),
        Note(id=i("n/middag"), text="Vi et middag saman kvar kveld"),
    ]
    m1.field("vanskeleg").notes = [
        Note(id=i("n/emil-morgon"), text="Emil kjem seg ikkje på skulen om morgonen",
             domain="skole", said_by=SaidBy.PARENT),
        Note(id=i("n/leilegheit"), text="Leilegheita er for lita, Emil har ikkje eige rom",
             domain="bolig"),
        Note(id=i("n/rekningar"), text="Rekningar hopar seg opp", domain="okonomi"),
        Note(id=i("n/sara-sovn"), text="Sara søv dårleg og er sliten", domain="psykisk_helse",
             said_by=SaidBy.PARENT),
        Note(id=i("n/nora-fotball-rad"), text="Nora har ikkje råd til fotballtreninga",
             domain="fritid", said_by=SaidBy.CHILD),
    ]
    m1.field("viktig").notes = [
        Note(id=i("n/emil-godt"), text="At Emil får det godt på skulen"),
        Note(id=i("n/okonomi-trygg"), text="Å ha ein trygg økonomi"),
    ]
    m1.field("draumar").notes = [
        Note(id=i("n/hus-hage"), text="Eit hus med hage"),
        Note(id=i("n/sara-barnehage"), text="Sara: å jobbe i barnehage"),
        Note(id=i("n/norway-cup"), text="Nora: å spele på Norway Cup", said_by=SaidBy.CHILD),
    ]
    kort = m1.field("kort_sikt")
    kort.date = _d(1, 3)
    kort.goals = [
        Goal(id=i("g/emil-skule"), text="Emil er på skulen kvar dag"),
        Goal(id=i("g/nora-fotball"), text="Nora byrjar på fotball"),
    ]
    lang = m1.field("lang_sikt")
    lang.date = _d(31, 12)
    lang.goals = [
        Goal(id=i("g/sara-arbeid"), text="Sara er i arbeid eller utdanning"),
        Goal(id=i("g/bustad"), text="Større bustad"),
    ]
    m1.field("hjelparar").helpers = [
        Helper(id=i("h/berit"), name="Mormor Berit", relation="familie",
               helps_with="følgje Emil til bussen"),
        Helper(id=i("h/tor"), name="Tor Aas", relation="NAV", helps_with="arbeid og økonomi"),
        Helper(id=i("h/kari"), name="Kari Lund", relation="skulehelsetenesta"),
        Helper(id=i("h/aktivitetsguiden"), name="Aktivitetsguiden i kommunen",
               relation="kommunen", helps_with="fritid"),
    ]
    neste = m1.field("neste_steg")
    neste.text = "Nytt møte med familieteamet"
    neste.date = _d(11, 3)
    neste.actions = [
        Action(id=i("a/jobbtiltak"), text="Kartleggje jobbtiltak for Sara", owner="Tor Aas",
               due=_d(15, 2)),
        Action(id=i("a/emil-samtale"), text="Samtale med Emil om morgonane", owner="Kari Lund",
               due=_d(1, 2)),
        Action(id=i("a/bustad"), text="Søkje om kommunal bustad", owner="Sara",
               due=_d(31, 1)),
        Action(id=i("a/fotballag"), text="Finne fotballag og utstyr til Nora",
               owner="Aktivitetsguiden", due=_d(15, 2)),
        Action(id=i("a/budsjett"), text="Setje opp budsjett", owner="Sara og Tor Aas",
               due=_d(15, 2)),
    ]
    m1.field("avtale").consents = [
        Consent(id=i("c/ressursteam"), kind="ressursteam", given_by="Sara Haugland",
                given_on=_d(14, 1)),
        Consent(id=i("c/stafettlogg"), kind="stafettlogg", given_by="Sara Haugland",
                given_on=_d(14, 1)),
    ]

    # Meeting 2 — 11 March 2026, carried forward from meeting 1
    m2 = carry_forward(m1, t, number=2, date=_d(11, 3))
    m2.id = i("m2")
    m2.participants = [people[k] for k in ("sara", "emil", "ingrid", "tor", "kari")]
    review = _actions_by_id(m2)
    review[i("a/jobbtiltak")].status = ActionStatus.DONE
    review[i("a/emil-samtale")].status = ActionStatus.PARTLY
    review[i("a/emil-samtale")].comment = "Éin av to samtalar er halden"
    review[i("a/fotballag")].status = ActionStatus.DONE
    review[i("a/budsjett")].status = ActionStatus.DONE
    bustad = review[i("a/bustad")]  # not done: carried on with help
    bustad.owner = "Sara, med hjelp frå Ingrid Fjeld"
    bustad.due = _d(31, 3)
    goals = _goals_by_id(m2)
    goals[i("g/emil-skule")].deadline = _d(15, 4)
    goals[i("g/nora-fotball")].status = GoalStatus.REACHED
    # The move the evaluation must show as progress: same note, new field, new words.
    vanskeleg, fungerer = m2.field("vanskeleg"), m2.field("fungerer")
    emil = next(n for n in vanskeleg.notes if n.id == i("n/emil-morgon"))
    vanskeleg.notes = [n for n in vanskeleg.notes
                       if n.id not in (emil.id, i("n/nora-fotball-rad"))]
    emil.text = "Emil er på skulen tre av fem dagar"
    emil.said_by = SaidBy.CHILD
    fungerer.notes = [
        *fungerer.notes,
        emil,
        Note(id=i("n/nora-spelar"), text="Nora spelar fotball to gonger i veka",
             domain="fritid", said_by=SaidBy.CHILD),
        Note(id=i("n/budsjett"), text="Vi har eit budsjett vi følgjer", domain="okonomi"),
    ]
    _note(m2, "vanskeleg", i("n/rekningar")).text = (
        "Rekningane er under kontroll, men det er trongt"
    )
    kort2 = m2.field("kort_sikt")
    kort2.date = _d(1, 5)
    kort2.goals = [*kort2.goals, Goal(id=i("g/sara-arbeidstrening"),
                                      text="Sara byrjar i arbeidstrening")]
    neste2 = m2.field("neste_steg")
    neste2.date = _d(6, 5)
    neste2.actions = [*neste2.actions, Action(
        id=i("a/arbeidstrening"), text="Arbeidstrening i barnehage, to dagar i veka",
        owner="Tor Aas", due=_d(1, 5))]

    # Meeting 3 — 6 May 2026, carried forward from meeting 2
    m3 = carry_forward(m2, t, number=3, date=_d(6, 5))
    m3.id = i("m3")
    m3.participants = [people[k] for k in ("sara", "ingrid", "tor", "berit")]
    review = _actions_by_id(m3)
    review[i("a/bustad")].status = ActionStatus.DONE
    review[i("a/bustad")].comment = "Søknad sendt"
    review[i("a/arbeidstrening")].status = ActionStatus.DONE
    review[i("a/emil-samtale")].status = ActionStatus.DONE
    review[i("a/emil-samtale")].comment = "Begge samtalane er haldne"
    _goals_by_id(m3)[i("g/sara-arbeidstrening")].status = GoalStatus.REACHED
    _note(m3, "fungerer", i("n/emil-morgon")).text = "Emil er på skulen fire av fem dagar"
    fungerer3 = m3.field("fungerer")
    fungerer3.notes = [*fungerer3.notes, Note(
        id=i("n/sara-trivst"), text="Sara er i arbeidstrening og trivst", domain="jobb",
        said_by=SaidBy.PARENT)]
    lang3 = m3.field("lang_sikt")
    lang3.goals = [*lang3.goals, Goal(id=i("g/fast-jobb"), text="Fast jobb i barnehage")]
    avtale3 = m3.field("avtale")
    avtale3.consents = [*avtale3.consents, Consent(
        id=i("c/bustadkontoret"), kind="anna",
        description="samtykke til samarbeid med bustadkontoret",
        given_by="Sara Haugland", given_on=_d(6, 5))]
    m3.field("neste_steg").date = _d(17, 6)
    return case, [m1, m2, m3]


# --- Jonas -----------------------------------------------------------------------


def _jonas(t: Template) -> tuple[Case, list[Meeting]]:
    def i(label: str) -> uuid.UUID:
        return demo_id(f"jonas/{label}")

    people = [
        Participant(id=i("p/jonas"), name="Jonas Berg", role="barnet, 6 år"),
        Participant(id=i("p/lena"), name="Lena Berg", role="mor"),
        Participant(id=i("p/anne"), name="Anne Vik", role="pedagogisk leiar"),
        Participant(id=i("p/per"), name="Per Dahl", role="styrar"),
    ]
    case = Case(
        id=i("case"), name="Jonas", kind=CaseKind.INDIVIDUAL, template_id=t.id,
        members=["Jonas Berg"], language="nn", facilitator="Anne Vik",
        known_participants=people, created_on=_d(3, 2),
    )
    m = Meeting(
        id=i("m1"), case_id=case.id, number=1, date=_d(3, 2),
        template_id=t.id, template_version=t.version, participants=list(people),
    )
    m.field("namn").text = "Jonas Berg"
    m.field("kven").text = "Eg er seks år og går på Blåbær-avdelinga."
    m.field("dato").date = m.date
    m.field("fungerer").notes = [
        Note(id=i("n/lego"), text="Likar å byggje med lego"),
        Note(id=i("n/ali"), text="Har ein god ven, Ali"),
    ]
    m.field("vanskeleg").notes = [
        Note(id=i("n/slar"), text="Slår når han blir sint i garderoben",
             said_by=SaidBy.PROFESSIONAL),
        Note(id=i("n/sovn"), text="Søv dårleg", said_by=SaidBy.PARENT),
    ]
    m.field("draumar").notes = [
        Note(id=i("n/brannmann"), text="Å bli brannmann", said_by=SaidBy.CHILD),
    ]
    m.field("god_til").notes = [
        Note(id=i("n/teikne"), text="Teikne"),
        Note(id=i("n/hjelpe"), text="Hjelpe dei minste"),
    ]
    m.field("tiltak").actions = [
        Action(id=i("a/garderobe"), text="Fast vaksen i garderoben", owner="barnehagen",
               due=_d(5, 2), comment="Frå 05.02.2026"),
        Action(id=i("a/ny-samtale"), text="Ny samtale om fire veker", owner="Anne Vik",
               due=_d(3, 3)),
    ]
    avtale = m.field("avtale")
    avtale.text = "Lågterskeltiltak i barnehagen og heime først; ny samtale 03.03.2026."
    avtale.consents = [
        Consent(id=i("c/ressursteam"), kind="ressursteam", given_by="Lena Berg",
                given_on=_d(3, 2)),
    ]
    return case, [m]


# --- small editing helpers (the way the UI edits a carried duk) --------------------


def _actions_by_id(meeting: Meeting) -> dict[uuid.UUID, Action]:
    return {a.id: a for c in meeting.fields.values() for a in c.actions}


def _goals_by_id(meeting: Meeting) -> dict[uuid.UUID, Goal]:
    return {g.id: g for c in meeting.fields.values() for g in c.goals}


def _note(meeting: Meeting, field_id: str, note_id: uuid.UUID) -> Note:
    return next(n for n in meeting.field(field_id).notes if n.id == note_id)
