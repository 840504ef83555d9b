"""Store figures on synthetic data: unlock and list, full-text search, a durable edit."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw

from benchmarks import synthetic as synthetic_module
from benchmarks.harness import Context, Figure, _ms, interleaved_ms
from benchmarks.synthetic import PASSPHRASE, SyntheticStore, build_store_fast
from samtaleduk.store import lifecycle
from samtaleduk.store.index import fts_query
from samtaleduk.store.schema import SCHEMA_VERSION
from samtaleduk.store.store import DEFAULT_KDF, Store

SEARCHES = ("leksene", "fotball", "vanskeleg morgon", "Ylva", "straumrekninga husleiga")
"""A common word, a prefix, two words, a name, two rarer words."""


def synthetic(ctx: Context, n_cases: int) -> SyntheticStore:
    """The run's synthetic store of `n_cases` cases (built once per run)."""
    def make() -> SyntheticStore:
        if ctx.store_cache is not None:
            kept = (cached_store(ctx.store_cache, n_cases)
                    or brought_forward(ctx.store_cache, n_cases))
            if kept is not None:
                print(f"  (synthetic store: {n_cases} cases, reused from {kept.data_dir})",
                      flush=True)
                return kept
        target = (ctx.store_cache / _cache_name(n_cases) if ctx.store_cache is not None
                  else ctx.scratch(f"store-{n_cases}"))
        if target.exists():  # a half-made store from an interrupted run
            shutil.rmtree(target)
        made = build_store_fast(target, n_cases)
        if ctx.store_cache is not None:
            (target / "complete").write_text(json.dumps(dataclasses.asdict(made), default=str))
        print(f"  (synthetic store: {made.cases} cases, {made.meetings} meetings, "
              f"{made.notes} notes, built in {made.seconds:.1f} s)", flush=True)
        return made
    made: SyntheticStore = ctx.cached(("store", n_cases), make)
    return made


def _cache_name(n_cases: int, schema: int = SCHEMA_VERSION) -> str:
    # The generator's version and the schema version are in the name: a change to
    # either makes a new store (or a migrated copy: `brought_forward`) rather than
    # reusing a stale one.
    return f"store-{n_cases}-schema{schema}-gen{synthetic_module.GENERATOR_VERSION}"


def cached_store(cache: Path, n_cases: int) -> SyntheticStore | None:
    """A store of `n_cases` made by an earlier run with `--cache`, or None."""
    marker = cache / _cache_name(n_cases) / "complete"
    if not marker.exists():
        return None
    info = json.loads(marker.read_text())
    return SyntheticStore(marker.parent, info["passphrase"], info["cases"], info["meetings"],
                          info["notes"], 0.0)


def brought_forward(cache: Path, n_cases: int) -> SyntheticStore | None:
    """A kept store of an older schema (same generator), moved to the current
    schema's name and migrated by the program, as a user's store is on the first
    unlock after an update; None when there is none. Making 10,000 cases anew takes
    half an hour; the migration, seconds. The older store is of no use to this
    program, so it is moved, not copied (the 10,000-case store is ~15 GB), and the
    migration writes no backup of it first (a synthetic store needs none)."""
    for version in range(SCHEMA_VERSION - 1, 0, -1):
        older = cache / _cache_name(n_cases, version)
        if not (older / "complete").exists():
            continue
        target = cache / _cache_name(n_cases)
        if target.exists():  # a half-migrated store from an interrupted run
            shutil.rmtree(target)
        info = (older / "complete").read_text()
        (older / "complete").unlink()
        older.rename(target)
        saved = lifecycle.write_backup
        lifecycle.write_backup = lambda *args, **kwargs: None  # type: ignore[assignment]
        try:
            with Store.open(target, json.loads(info)["passphrase"]):
                pass
        finally:
            lifecycle.write_backup = saved  # type: ignore[assignment]
        (target / "complete").write_text(info)
        print(f"  (synthetic store: {n_cases} cases, schema {version} brought forward "
              f"to {SCHEMA_VERSION})", flush=True)
        return cached_store(cache, n_cases)
    return None


def unlock_and_list(ctx: Context) -> list[Figure]:
    """Store.open (Argon2id + SQLCipher + checks) and the case list's first screen
    (`first_cases`, what unlock reads before the list is drawn), against the key
    derivation alone: the engine's share of "unlock to case list drawn". Beside it,
    open and every case listed: what the list reads on the store's lane once drawn,
    and what `samtaleduk cases` reads."""
    from samtaleduk.domain.model import CaseStatus
    from ui.pages.case_list_first_screen import FIRST_ROWS

    figures = []
    # Each open derives a key (Argon2id): --quick times the largest size only.
    for n in ctx.cases[-1:] if ctx.quick else ctx.cases:
        made = synthetic(ctx, n)
        salt = os.urandom(16)

        def first_screen(data_dir: Path = made.data_dir) -> None:
            with Store.open(data_dir, PASSPHRASE) as store:
                store.first_cases(CaseStatus.OPEN, FIRST_ROWS)

        def every_case(data_dir: Path = made.data_dir) -> None:
            with Store.open(data_dir, PASSPHRASE) as store:
                store.list_cases()

        def kdf_alone(salt: bytes = salt) -> None:
            hash_secret_raw(PASSPHRASE.encode(), salt, time_cost=DEFAULT_KDF.time_cost,
                            memory_cost=DEFAULT_KDF.memory_kib,
                            parallelism=DEFAULT_KDF.parallelism, hash_len=32, type=Type.ID)

        value, base = interleaved_ms(first_screen, kdf_alone, ctx.repeats)
        figures.append(Figure(
            name=f"unlock store + first screen of cases, {n} cases (engine)", value=value,
            unit="ms", baseline=base, target="≤ 1.3×", target_ratio=1.3,
            note=f"first_cases: the {FIRST_ROWS} first of the list's order, by an index; "
                 "baseline: Argon2id key derivation alone (no window yet)"))
        value, base = interleaved_ms(every_case, kdf_alone, ctx.repeats)
        figures.append(Figure(
            name=f"unlock store + every case listed, {n} cases (engine)", value=value,
            unit="ms", baseline=base,
            note="no target: read on the store's lane once the first screen is drawn, "
                 "and by `samtaleduk cases`; baseline: Argon2id alone"))
    return figures


_BOUNDED = ("SELECT r.case_id, r.meeting_id, r.kind, r.field_id, r.item_id, f.text "
            "FROM search_fts f JOIN search_rows r ON r.rowid = f.rowid "
            "WHERE search_fts MATCH ? ORDER BY f.rowid DESC LIMIT 200")
"""The baseline of the search figure: the bounded full-text query that reads what
each of the newest 200 hits is (what it belongs to, its text), the least any search
that shows them must read."""


def search(ctx: Context) -> list[Figure]:
    """Store.search (names first, newest first, at most 200 hits with snippets)
    against a bounded FTS5 query that reads the same number of hits (`_BOUNDED`)."""
    figures = []
    for n in ctx.cases:
        made = synthetic(ctx, n)
        with Store.open(made.data_dir, PASSPHRASE) as store:
            conn = store.conn
            queries = [q for q in (fts_query(s) for s in SEARCHES) if q]

            def subject(store: Store = store) -> None:
                for text in SEARCHES:
                    store.search(text)

            def bounded(conn: Any = conn, queries: list[str] = queries) -> None:
                for q in queries:
                    conn.execute(_BOUNDED, (q,)).fetchall()

            def ranked(conn: Any = conn, queries: list[str] = queries) -> None:
                for q in queries:
                    conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                                 "ORDER BY rank LIMIT 200", (q,)).fetchall()

            value, base = interleaved_ms(subject, bounded, ctx.repeats)
            rank = statistics.median(_ms(ranked) for _ in range(3))
        figures.append(Figure(
            name=f"full-text search, {n} cases × 12 meetings ({len(SEARCHES)} queries)",
            value=value, unit="ms", baseline=base, target="≤ 1.5×", target_ratio=1.5,
            note="baseline: bounded FTS5 query, MATCH … ORDER BY rowid DESC LIMIT 200, "
                 "reading each hit's row and text; the app adds the names first and the "
                 f"snippets; bare MATCH … ORDER BY rank LIMIT 200 (ids only): {rank:.1f} ms"))
    return figures


def note_edit(ctx: Context) -> list[Figure]:
    """One note edited and made durable the way the app's autosave does it
    (`ops.meetings.save_meeting`: the row, its history, summaries, the index marked)
    against a raw sqlcipher3 insert + commit of the same bytes, same settings."""
    from samtaleduk.ops.meetings import save_meeting

    made = synthetic(ctx, ctx.cases[0])
    raw_dir = ctx.scratch("raw-sqlcipher")
    with Store.open(made.data_dir, PASSPHRASE) as store:
        case = store.list_cases()[0]
        meeting = store.list_meetings(case.id)[-1]
        field = next(c for c in meeting.fields.values() if c.notes)
        note = field.notes[0]
        original = note.text
        counter = iter(range(1_000_000))
        same_bytes = meeting.model_dump_json()

        raw = sqlcipher3.connect(str(raw_dir / "raw.db"), isolation_level=None)
        raw.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        raw.execute("PRAGMA journal_mode = WAL").fetchone()
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("CREATE TABLE t (id TEXT, data TEXT)")

        def subject() -> None:
            note.text = f"{original} {next(counter)}"
            save_meeting(store, meeting)

        def baseline() -> None:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO t VALUES (?, ?)", (str(uuid.uuid4()), same_bytes))
            raw.execute("COMMIT")

        value, base = interleaved_ms(subject, baseline, ctx.repeats * 2)
        raw.close()
    notes = sum(len(c.notes) for c in meeting.fields.values())
    return [Figure(
        name=f"one note edit made durable (meeting of {notes} notes)", value=value, unit="ms",
        baseline=base, target="≤ 2×", target_ratio=2.0,
        note=f"baseline: raw sqlcipher3 insert + commit of the same {len(same_bytes)} bytes, "
             "WAL, synchronous=FULL")]


def growth(ctx: Context) -> list[Figure]:
    """Open + the case list's first screen + search at the largest size against the
    same at the smallest: how the everyday work grows with the number of cases."""
    small, large = min(ctx.cases), max(ctx.cases)
    name = f"growth {small} → {large} cases (open, first screen of the list, search)"
    if small == large:
        return [Figure(name=name, value=None, unit="ms", target="≤ 1.2×",
                       note="needs two sizes, e.g. --cases 100,10000")]

    big, little = synthetic(ctx, large), synthetic(ctx, small)
    parts: dict[int, dict[str, list[float]]] = {small: {}, large: {}}
    _everyday(big, {}), _everyday(little, {})  # warm up
    for _ in range(ctx.repeats):  # alternately, so drift falls on both sides
        _everyday(big, parts[large])
        _everyday(little, parts[small])

    def total(n: int) -> float:
        return statistics.median(sum(parts[n][part][i] for part in _COUNTED)
                                 for i in range(ctx.repeats))

    value, base = total(large), total(small)
    grew = ", ".join(f"{part} {statistics.median(parts[small][part]):.0f} → "
                     f"{statistics.median(parts[large][part]):.0f} ms"
                     for part in parts[small])
    return [Figure(name=name, value=value, unit="ms", baseline=base, target="≤ 1.2×",
                   target_ratio=1.2,
                   note=f"baseline: the same work at {small} cases; by part (medians): {grew}")]


_COUNTED = ("open", "first screen", "search")
"""The parts of `_everyday` in the growth figure's value."""


def _everyday(made: SyntheticStore, parts: dict[str, list[float]]) -> None:
    """The growth figure's work: open (key derivation, page check, SQLCipher), the
    case list's first screen (what unlock draws; the rest is read on the store's
    lane after), the searches right after opening (cold cache), each part's time
    added to `parts`. Every case listed is timed on its own, outside the figure's
    value, so the note still shows how the whole list grows."""
    from samtaleduk.domain.model import CaseStatus
    from ui.pages.case_list_first_screen import FIRST_ROWS

    began = time.perf_counter()
    with Store.open(made.data_dir, PASSPHRASE) as store:
        opened = time.perf_counter()
        store.first_cases(CaseStatus.OPEN, FIRST_ROWS)
        listed = time.perf_counter()
        for text in SEARCHES:
            store.search(text)
        searched = time.perf_counter()
        store.list_cases()
        every = time.perf_counter() - searched
    for part, seconds in (("open", opened - began), ("first screen", listed - opened),
                          ("search", searched - listed)):
        parts.setdefault(part, []).append(seconds * 1000)
    parts.setdefault("(every case listed, not counted)", []).append(every * 1000)
