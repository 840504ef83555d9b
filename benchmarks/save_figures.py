"""What saving costs while a facilitator types: per edit, and over a whole meeting.

- A typing-style note edit on the largest store: the note grows and shrinks word by
  word (its length changes, as when a person types), each made durable the way the
  app's autosave does it (`ops.meetings.save_meeting`). p50/p90/max against two
  baselines measured interleaved in the same run: a raw sqlcipher3 insert + commit of
  the same bytes (the issue's "≤ 2× a raw insert"), and the floor of any durable
  write here, a one-page update + commit.
- WAL pages one such edit writes (read from SQLite after a truncating checkpoint).
- Store bytes a scripted 2-hour meeting adds: 40 notes, 6 goals and 8 actions typed
  word by word with an autosave after each word, as a person pausing between words
  gets it, plus status changes at the end. On a scripted clock (`at`): a word every
  4 s, 96 s of talk before each new item, so the meeting lasts two hours and the
  history's bursts (`store.history`) are those a real one gets; the search index is
  brought up to date in each longer pause, as the app's idle hook does, and the
  meeting is left at the end.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.harness import Context, Figure
from benchmarks.store_figures import synthetic
from benchmarks.synthetic import PASSPHRASE
from samtaleduk.domain.model import Action, ActionStatus, Case, CaseKind, Goal, Meeting, Note
from samtaleduk.ops.meetings import (
    bring_search_up_to_date,
    leave_meeting,
    new_meeting,
    save_meeting,
)
from samtaleduk.store.store import KdfParams, Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind

WORDS = ("Emil", "vil", "gjerne", "spele", "fotball", "med", "venene", "etter", "skulen",
         "og", "mor", "kan", "køyre", "på", "tysdagar")
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
"""Opening speed does not matter here: only what the saves write."""


def _raw_db(path: Path) -> Any:
    raw = sqlcipher3.connect(str(path), isolation_level=None)
    raw.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    raw.execute("PRAGMA journal_mode = WAL").fetchone()
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA secure_delete = ON")
    raw.execute("CREATE TABLE t (id TEXT, data TEXT)")
    raw.execute("CREATE TABLE one (id INTEGER PRIMARY KEY, v INTEGER)")
    raw.execute("INSERT INTO one VALUES (1, 0)")
    return raw


def _typed_texts(start: str, n: int) -> list[str]:
    """`n` successive texts of a note being typed: words added, now and then one
    taken back (a correction), so that its length changes every time."""
    texts, words = [], start.split()
    for i in range(n):
        if i % 7 == 6 and len(words) > 1:
            words.pop()
        else:
            words.append(WORDS[i % len(WORDS)])
        texts.append(" ".join(words))
    return texts


def _ms(fn: Any) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def _wal_frames(conn: Any) -> int:
    """Frames (pages) in the WAL now; a PASSIVE checkpoint reports them."""
    return int(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1])


def typing_edit(ctx: Context) -> list[Figure]:
    """A typing-style note edit made durable on the largest store (see module)."""
    n_cases = max(ctx.cases)
    made = synthetic(ctx, n_cases)
    raw = _raw_db(ctx.scratch("raw-typing") / "raw.db")
    with Store.open(made.data_dir, PASSPHRASE) as store:
        case = store.list_cases()[0]
        meeting = store.list_meetings(case.id)[-1]
        note = next(c for c in meeting.fields.values() if c.notes).notes[0]
        texts = _typed_texts(note.text, ctx.repeats * 12)
        edits, inserts, floors, pages = [], [], [], []

        def save(text: str) -> None:
            note.text = text
            save_meeting(store, meeting)

        for text in texts:
            data = meeting.model_dump_json()
            edits.append(_ms(lambda text=text: save(text)))
            inserts.append(_ms(lambda data=data: raw.execute("BEGIN IMMEDIATE") and raw.execute(
                "INSERT INTO t VALUES (?, ?)", (str(uuid.uuid4()), data)) and raw.execute(
                "COMMIT")))
            floors.append(_ms(lambda: raw.execute("BEGIN IMMEDIATE") and raw.execute(
                "UPDATE one SET v = v + 1 WHERE id = 1") and raw.execute("COMMIT")))
        # Pages per edit, in a pass of its own (the checkpoints would skew the times).
        for text in texts[:10]:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            save(text + " x")
            pages.append(_wal_frames(store.conn))
        size = len(meeting.model_dump_json().encode())
    raw.close()
    p50, base, floor = (statistics.median(x) for x in (edits, inserts, floors))
    q = statistics.quantiles(edits, n=10)
    spread = f"p50 {p50:.2f} ms, p90 {q[-1]:.2f} ms, max {max(edits):.2f} ms"
    return [
        Figure(name=f"typing-style note edit made durable, {n_cases} cases (p50)", value=p50,
               unit="ms", baseline=base, target="≤ 2× a raw insert", target_ratio=2.0,
               note=f"{spread}; baseline: raw sqlcipher3 insert + commit of the same "
                    f"{size} bytes, WAL, synchronous=FULL"),
        Figure(name="typing-style note edit against the one-page-commit floor (p50)",
               value=p50, unit="ms", baseline=floor, target="report ×",
               note="baseline: a one-page UPDATE + commit, the least any durable write "
                    "costs here"),
        Figure(name="WAL pages written by one note edit", value=statistics.median(pages),
               unit="pages", target="≤ 10", target_value=10.0,
               note=f"median of {len(pages)} edits (max {max(pages)}); 4 KiB pages"),
    ]


def _store_bytes(data_dir: Path, store: Store) -> int:
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return sum(p.stat().st_size for p in data_dir.glob("samtaleduk.db*"))


WORD_PAUSE = dt.timedelta(seconds=4)
"""Between two typed words of one item (each word is an autosave)."""
TALK_PAUSE = dt.timedelta(seconds=96)
"""Before each new item: the facilitator listens (the app's idle hook indexes)."""


class _Clock:
    """The scripted meeting's time, starting at nine."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
        self.start = self.now

    def tick(self, pause: dt.timedelta) -> dt.datetime:
        self.now += pause
        return self.now


def _type_in(store: Store, meeting: Meeting, set_text: Any, words: int, start: int,
             clock: _Clock) -> int:
    """One item typed word by word, an autosave after each word, after a pause in
    which the search index is brought up to date; returns the saves."""
    bring_search_up_to_date(store)
    clock.tick(TALK_PAUSE)
    for n in range(1, words + 1):
        set_text(" ".join(WORDS[(start + k) % len(WORDS)] for k in range(n)))
        save_meeting(store, meeting, at=clock.tick(WORD_PAUSE))
    return words


def two_hour_meeting(ctx: Context) -> list[Figure]:
    """Store bytes a scripted 2-hour meeting adds (see module)."""
    data_dir = ctx.scratch("two-hour-meeting")
    template = load_all().get("familie")
    notes_field = template.fields_of_kind(FieldKind.NOTES)[0].id
    goals_field = template.fields_of_kind(FieldKind.GOALS)[0].id
    # The family duk holds its actions in "Kva er neste steg?" (a next-step field).
    actions_field = (template.fields_of_kind(FieldKind.ACTIONS)
                     or template.fields_of_kind(FieldKind.NEXT_STEP))[0].id
    from samtaleduk.ops.cases import create_case

    with Store.create(data_dir, PASSPHRASE, kdf=FAST_KDF) as store:
        case = Case(name="Familien Test", kind=CaseKind.FAMILY, template_id=template.id,
                    members=["Sara", "Emil"])
        create_case(store, case, template)
        meeting = new_meeting(store, case, template, None, dt.date(2026, 12, 1)).value
        before = _store_bytes(data_dir, store)
        saves = 0
        clock = _Clock()
        notes = meeting.field(notes_field).notes
        goals = meeting.field(goals_field).goals
        actions = meeting.field(actions_field).actions
        for i in range(40):
            note = Note(text="")
            notes.append(note)
            saves += _type_in(store, meeting, lambda t, x=note: setattr(x, "text", t),
                              8 + i % 5, i, clock)
        for i in range(6):
            goal = Goal(text="")
            goals.append(goal)
            saves += _type_in(store, meeting, lambda t, x=goal: setattr(x, "text", t), 6, i,
                              clock)
        for i in range(8):
            action = Action(text="", owner="Sara")
            actions.append(action)
            saves += _type_in(store, meeting, lambda t, x=action: setattr(x, "text", t), 6,
                              i, clock)
        for a in actions[:5]:
            a.status = ActionStatus.DONE
            save_meeting(store, meeting, at=clock.tick(WORD_PAUSE))
            saves += 1
        leave_meeting(store, meeting.id)
        added = _store_bytes(data_dir, store) - before
        revisions = store.conn.execute(
            "SELECT count(*) FROM revisions WHERE meeting_id = ?", (str(meeting.id),)
        ).fetchone()[0]
    return [Figure(name="store bytes added by a scripted 2-hour meeting",
                   value=added / 1e6, unit="MB", target="≤ 2 MB", target_value=2.0,
                   note=f"{saves} autosaves (one per typed word) over "
                        f"{(clock.now - clock.start).total_seconds() / 3600:.1f} h on a "
                        f"scripted clock, {revisions} revisions kept (one per burst of "
                        "editing); db + WAL after a truncating checkpoint")]
