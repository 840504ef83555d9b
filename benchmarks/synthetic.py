"""Synthetic case data at the size of a real municipality, in an encrypted store.

`build_store(data_dir, n_cases)` makes N cases × 12 meetings × ~60 notes (plus goals,
actions and helpers) through the store's own API, so the search index, summaries and
revisions are what the program itself writes. Each meeting has the history a real
one has: `REVISIONS_PER_MEETING` revisions, one per editing burst of the ~1½-hour
meeting (the duk as it stood after each burst, saved minutes apart), the last the
meeting as it is. Texts are nynorsk words at the lengths
facilitators write: mostly short sticky notes, some long ones. Every name is made up.
Deterministic for a given seed.

Run alone: `python benchmarks/synthetic.py DIR --cases 100` (prints the passphrase).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Case,
    CaseKind,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    Participant,
    SaidBy,
)
from samtaleduk.evaluation import blank_meeting, carry_forward
from samtaleduk.store.folding import NAME_KINDS, search_columns
from samtaleduk.store.store import DEFAULT_KDF, KdfParams, Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template

PASSPHRASE = "syntetisk testlager 2026"
MEETINGS_PER_CASE = 12
NOTES_PER_MEETING = 60
REVISIONS_PER_MEETING = 6
"""A meeting of ~60 notes is written in about five bursts of typing with pauses
between (issue 16: one revision per editing burst of a few minutes, plus one when
the meeting is left); each earlier burst's duk is kept as a revision."""
GENERATOR_VERSION = 2
"""Part of the name of a kept store (`store_figures.cached_store`): raise it when
what this module makes changes, so that no run reuses a store of the old kind."""

# Word frequencies follow Zipf's law as in real text: a few small words are
# everywhere, most words are rare. The head is real nynorsk; the long tail is
# made-up words built from syllables, so that a search for a content word matches
# about as many notes as it would in a real store (not a tenth of them).
_HEAD = (
    "og er det i på ho han vi som med til har ikkje at ein eit no når skal for av "
    "seg dei kan vil ho treng betre godt litt meir mykje heime skulen mor far barna "
    "dagen veka morgonen kvelden saman hjelp prøve få gjere snakke avtale møte"
).split()
_CONTENT = (
    "barnehagen leksene fotballtrening helsesjukepleiar fastlegen NAV økonomien husleiga "
    "straumrekninga jobbsøknad praksisplass venner fritida korpset søvn middag matpakke "
    "bussen sjukemelding arbeidsavklaring barnevernet familieteamet koordinator tannlege "
    "psykolog BUP kommunen bustad flytte leilegheit naboar trygg glad sliten stress uro "
    "krangel rutinar kvardagen lesing symjing turar skogen hytta bestemor bestefar "
    "vanskeleg fungerer stolte sommaren ferie helg månad draumar mål framtid tryggleik"
).split()
_SYLLABLES = ("ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni "
              "no ra re ri ro sa se si so ta te ti to va ve vi vo sk st tr fj bl gr "
              "ing ar er leg heit skap dom nad").split()


def _vocabulary(size: int = 6_000) -> tuple[list[str], list[float]]:
    """Words by rank and their cumulative Zipf weights (s = 1.07)."""
    rng = random.Random(7)
    words = list(_HEAD) + list(_CONTENT)
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    cumulative: list[float] = []
    total = 0.0
    for rank in range(1, len(words) + 1):
        total += 1 / rank ** 1.07
        cumulative.append(total)
    return words, cumulative


_WORDS, _CUM_WEIGHTS = _vocabulary()
_FIRST = ("Aud Birk Cato Dina Eirik Frøya Gaute Hedda Ivar Jorunn Kåre Liv Magne Nora "
          "Odin Pia Ragnhild Sindre Tuva Ulrik Vilde Åsmund Ylva Tore Synnøve Leikny").split()
_LAST = ("Aasen Brekke Dalen Eide Fosse Grønli Haugen Instebø Jordal Kvamme Lien Myklebust "
         "Nesheim Opheim Rusten Sæbø Tveit Ulvik Vikøren Øvrebø").split()
_ROLES = ("familiekoordinator", "helsesjukepleiar", "kontaktlærar", "NAV-rettleiar",
          "barnevernskonsulent", "fastlege")


@dataclass(frozen=True)
class SyntheticStore:
    data_dir: Path
    passphrase: str
    cases: int
    meetings: int
    notes: int
    seconds: float


def _text(rng: random.Random, lo: int, hi: int) -> str:
    """Nynorsk words up to a length drawn between `lo` and `hi` characters."""
    want = rng.randint(lo, hi)
    words: list[str] = []
    length = 0
    while length < want:
        w = rng.choices(_WORDS, cum_weights=_CUM_WEIGHTS)[0]
        words.append(w)
        length += len(w) + 1
    return " ".join(words).capitalize()


def _note_text(rng: random.Random) -> str:
    # Mostly sticky-note length, some sentences, a few long paragraphs.
    roll = rng.random()
    if roll < 0.45:
        return _text(rng, 15, 60)
    if roll < 0.9:
        return _text(rng, 60, 160)
    return _text(rng, 160, 420)


def _new_note(rng: random.Random, template: Template, tagged: bool) -> Note:
    domain = rng.choice(template.life_domains).id if tagged and template.life_domains \
        and rng.random() < 0.6 else None
    said_by = rng.choice(list(SaidBy)) if rng.random() < 0.5 else None
    return Note(text=_note_text(rng), domain=domain, said_by=said_by)


def _fill(meeting: Meeting, template: Template, rng: random.Random, first: bool) -> None:
    """Bring the meeting to ~60 notes: drop and edit some carried notes, add new ones,
    move some actions and goals on."""
    notes_fields = template.fields_of_kind(FieldKind.NOTES)
    target = NOTES_PER_MEETING + rng.randint(-5, 5)
    current = sum(len(meeting.field(f.id).notes) for f in notes_fields)
    for f in notes_fields:
        notes = meeting.field(f.id).notes
        if not first:
            notes[:] = [n for n in notes if rng.random() > 0.1]
            for n in notes:
                if rng.random() < 0.1:
                    n.text = _note_text(rng)
    current = sum(len(meeting.field(f.id).notes) for f in notes_fields)
    while current < target and notes_fields:
        f = rng.choice(notes_fields)
        meeting.field(f.id).notes.append(_new_note(rng, template, f.domain_tags))
        current += 1
    for f in template.fields_of_kind(FieldKind.GOALS):
        goals = meeting.field(f.id).goals
        for g in goals:
            if rng.random() < 0.2:
                g.status = GoalStatus.REACHED
        while len(goals) < 3:
            goals.append(Goal(text=_text(rng, 30, 90),
                              deadline=meeting.date + dt.timedelta(days=rng.randint(30, 200))))
    for f in template.fields_of_kind(FieldKind.ACTIONS) + template.fields_of_kind(
            FieldKind.NEXT_STEP):
        actions = meeting.field(f.id).actions
        for a in actions:
            if rng.random() < 0.5:
                a.status = rng.choice([ActionStatus.DONE, ActionStatus.PARTLY, ActionStatus.OPEN])
        while len(actions) < 5:
            actions.append(Action(text=_text(rng, 30, 110), owner=rng.choice(_FIRST),
                                  due=meeting.date + dt.timedelta(days=rng.randint(7, 60))))
    for f in template.fields_of_kind(FieldKind.HELPERS):
        helpers = meeting.field(f.id).helpers
        while len(helpers) < 3:
            helpers.append(Helper(name=rng.choice(_FIRST), relation=rng.choice(_ROLES),
                                  helps_with=_text(rng, 20, 80)))


def make_case(rng: random.Random, templates: dict[str, Template],
              n_meetings: int = MEETINGS_PER_CASE) -> tuple[Case, list[Meeting]]:
    """One fictional case with `n_meetings` meetings, each carried forward."""
    family = rng.random() < 0.8
    template = templates["familie" if family else "individuell"]
    last = rng.choice(_LAST)
    members = [f"{rng.choice(_FIRST)} {last}" for _ in range(rng.randint(2, 4) if family else 1)]
    case = Case(
        name=f"Familien {last}" if family else members[0],
        kind=CaseKind.FAMILY if family else CaseKind.INDIVIDUAL,
        template_id=template.id, members=members, facilitator=rng.choice(_FIRST),
    )
    date = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 300))
    meetings: list[Meeting] = []
    for number in range(1, n_meetings + 1):
        if meetings:
            meeting = carry_forward(meetings[-1], template, number=number, date=date)
        else:
            meeting = blank_meeting(case, template, number=number, date=date)
        meeting.participants = [Participant(name=m) for m in members] + [
            Participant(name=rng.choice(_FIRST), role=rng.choice(_ROLES))]
        _fill(meeting, template, rng, first=not meetings)
        meetings.append(meeting)
        date += dt.timedelta(days=rng.randint(28, 56))
    return case, meetings


def _earlier_states(meeting: Meeting, steps: int) -> list[str]:
    """The meeting's JSON as it stood after each of its first `steps` editing
    bursts: every notes field holding the share of its notes written by then."""
    states = []
    for step in range(1, steps + 1):
        partial = meeting.model_copy(deep=True)
        for content in partial.fields.values():
            if content.notes:
                keep = len(content.notes) * step // (steps + 1)
                del content.notes[keep:]
        states.append(partial.model_dump_json())
    return states


def _add_history(store: Store, meeting: Meeting, revisions: int) -> None:
    """Write the meeting's earlier revisions (before its save adds the current one),
    saved minutes apart on the meeting's day, as its bursts of typing left them."""
    start = dt.datetime.combine(meeting.date, dt.time(9, 0), tzinfo=dt.UTC)
    store.conn.executemany(
        "INSERT INTO revisions(meeting_id, case_id, saved_at, data) VALUES (?,?,?,?)",
        [(str(meeting.id), str(meeting.case_id),
          (start + dt.timedelta(minutes=17 * (i + 1))).isoformat(), data)
         for i, data in enumerate(_earlier_states(meeting, revisions - 1))])


def build_store(data_dir: Path, n_cases: int, *, seed: int = 2026,
                n_meetings: int = MEETINGS_PER_CASE, kdf: KdfParams = DEFAULT_KDF,
                revisions: int = REVISIONS_PER_MEETING) -> SyntheticStore:
    """A new encrypted store in `data_dir` with `n_cases` synthetic cases, locked
    with the program's real key derivation unless `kdf` says otherwise; each meeting
    with `revisions` revisions (its history, `REVISIONS_PER_MEETING`)."""
    start = time.perf_counter()
    rng = random.Random(seed)
    found = load_all()
    templates = {t.id: t for t in found.ordered()}
    notes = meetings_total = 0
    with Store.create(data_dir, PASSPHRASE, kdf=kdf) as store:
        # Generating data is not what is measured: skip the fsync per commit here.
        # The earlier revisions go in before their meeting's row (so their ids come
        # before the current one's): the foreign keys are checked by nothing here.
        store.conn.execute("PRAGMA synchronous = OFF")
        store.conn.execute("PRAGMA foreign_keys = OFF")
        for t in templates.values():
            store.remember_template(t)
        for _ in range(n_cases):
            case, meetings = make_case(rng, templates, n_meetings)
            store.save_case(case)
            for meeting in meetings:
                _add_history(store, meeting, revisions)
                store.save_meeting(meeting)
                meetings_total += 1
                notes += sum(len(c.notes) for c in meeting.fields.values())
        store.conn.execute("PRAGMA foreign_keys = ON")
        store.conn.execute("PRAGMA synchronous = FULL")
    return SyntheticStore(data_dir, PASSPHRASE, n_cases, meetings_total, notes,
                          time.perf_counter() - start)


BULK_BASE = 100
"""Distinct cases made through the store API before `build_store_fast` copies them."""


def build_store_fast(data_dir: Path, n_cases: int, *, seed: int = 2026,
                     kdf: KdfParams = DEFAULT_KDF) -> SyntheticStore:
    """Like `build_store`, in a fraction of the time for large sizes: the first
    `BULK_BASE` cases are made through the store API (so their rows, revisions,
    summaries and search entries are what the program writes), then copied under
    new case and meeting ids (inside the JSON too) into the same tables, search
    rows and FTS5 text included, in one transaction with executemany. Names and
    texts repeat every `BULK_BASE` cases; word frequencies stay those of the base."""
    start = time.perf_counter()
    base = min(n_cases, BULK_BASE)
    made = build_store(data_dir, base, seed=seed, kdf=kdf)
    copies, rest = divmod(n_cases - base, base)
    meetings_total, notes = made.meetings, made.notes
    with Store.open(data_dir, PASSPHRASE) as store:
        c = store.conn
        c.execute("PRAGMA synchronous = OFF")
        case_cols = [r[1] for r in c.execute("PRAGMA table_info(cases)")]
        meeting_cols = [r[1] for r in c.execute("PRAGMA table_info(meetings)")]
        cases = [dict(zip(case_cols, r, strict=True)) for r in c.execute("SELECT * FROM cases")]
        meetings = [dict(zip(meeting_cols, r, strict=True))
                    for r in c.execute("SELECT * FROM meetings")]
        revisions = c.execute("SELECT meeting_id, case_id, saved_at, data FROM revisions "
                              "ORDER BY id").fetchall()
        search = c.execute("SELECT r.case_id, r.meeting_id, r.kind, r.field_id, r.item_id, "
                           "f.text FROM search_rows r JOIN search_fts f "
                           "ON f.rowid = r.rowid ORDER BY r.rowid").fetchall()
        rowid = c.execute("SELECT max(rowid) FROM search_rows").fetchone()[0] or 0
        due = c.execute("SELECT case_id, seq, meeting_id, kind, field_id, item_id, text, who, "
                        "due FROM due_items").fetchall()
        c.execute("BEGIN")
        for k in range(copies + (1 if rest else 0)):
            chosen = cases if k < copies else cases[:rest]
            ids = {case["id"]: str(uuid.UUID(int=rng_bits(seed, k, case["id"])))
                   for case in chosen}
            own: dict[str, dict[str, str]] = {cid: {cid: new} for cid, new in ids.items()}
            for m in meetings:
                if m["case_id"] in ids:
                    ids[m["id"]] = own[m["case_id"]][m["id"]] = str(uuid.uuid4())

            def renamed(text: str, cid: str, own: dict[str, dict[str, str]] = own) -> str:
                # Only the case's own ids occur in its JSON.
                for old, new in own[cid].items():
                    text = text.replace(old, new)
                return text

            c.executemany(
                f"INSERT INTO cases({', '.join(case_cols)}) VALUES "
                f"({', '.join('?' * len(case_cols))})",
                [[ids[v] if col == "id" else renamed(v, case["id"]) if col == "data"
                  else ids.get(v) if col == "latest_meeting_id" else v
                  for col, v in case.items()] for case in chosen])
            mine = [m for m in meetings if m["case_id"] in ids]
            c.executemany(
                f"INSERT INTO meetings({', '.join(meeting_cols)}) VALUES "
                f"({', '.join('?' * len(meeting_cols))})",
                [[ids[v] if col in ("id", "case_id") else renamed(v, m["case_id"]) if col == "data"
                  else v for col, v in m.items()] for m in mine])
            c.executemany(
                "INSERT INTO revisions(meeting_id, case_id, saved_at, data) VALUES (?,?,?,?)",
                # A meeting's current revision keeps no JSON of its own (schema 6).
                [(ids[r[0]], ids[r[1]], r[2], None if r[3] is None else renamed(r[3], r[1]))
                 for r in revisions if r[1] in ids])
            # The overview's read model (schema 4) follows its meetings.
            c.executemany(
                "INSERT INTO due_items(case_id, seq, meeting_id, kind, field_id, item_id, "
                "text, who, due) VALUES (?,?,?,?,?,?,?,?,?)",
                [(ids[r[0]], r[1], ids[r[2]], *r[3:]) for r in due if r[0] in ids])
            # Same texts as the cases made through the API: their words are already
            # in `search_terms` (schema 9), which need not be written again.
            rows = [r for r in search if r[0] in ids]
            first = rowid + 1
            rowid += len(rows)
            c.executemany(
                "INSERT INTO search_rows(rowid, case_id, meeting_id, kind, field_id, item_id) "
                "VALUES (?,?,?,?,?,?)",
                [(first + i, ids[r[0]], ids.get(r[1]) if r[1] else None, r[2], r[3], r[4])
                 for i, r in enumerate(rows)])
            c.executemany("INSERT INTO search_fts(rowid, text, folded, name) "
                          "VALUES (?,?,?,?)",
                          [(first + i, *search_columns(r[2], r[5]))
                           for i, r in enumerate(rows)])
            c.executemany("INSERT INTO name_fts(rowid, name) VALUES (?,?)",
                          [(first + i, search_columns(r[2], r[5])[2])
                           for i, r in enumerate(rows) if r[2] in NAME_KINDS])
            meetings_total += len(mine)
            notes += made.notes * len(chosen) // base
        c.execute("COMMIT")
        c.execute("PRAGMA synchronous = FULL")
    return SyntheticStore(data_dir, PASSPHRASE, n_cases, meetings_total, notes,
                          time.perf_counter() - start)


def rng_bits(seed: int, copy: int, case_id: str) -> int:
    """A deterministic 128-bit id for copy `copy` of a case (a valid v4 uuid)."""
    bits = random.Random(f"{seed}-{copy}-{case_id}").getrandbits(128)
    return (bits & ~(0xF000 << 64) | (0x4000 << 64)) & ~(0xC << 60) | (0x8 << 60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make a synthetic Samtaleduk store.")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    made = build_store_fast(args.data_dir, args.cases, seed=args.seed)
    print(f"{made.cases} cases, {made.meetings} meetings, {made.notes} notes in "
          f"{made.seconds:.1f} s; passphrase: {made.passphrase}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
