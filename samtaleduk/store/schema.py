"""The store's schema and its ordered migrations.

`PRAGMA user_version` holds the schema version. Each migration moves the schema one
version up and runs in one transaction together with its version bump, so a crash
leaves the store at the old version or the new one, never between. A released
migration is never edited: a change to the schema is a new entry at the end of
`MIGRATIONS`, plus a fixture store of the version before it in `tests/fixtures/`.

The JSON in the tables (cases, meetings, revisions, template snapshots) is part of
the schema too: a change to the models it holds is a new version like any other,
even when no table changes (`STORED_JSON`, `stored_json`), so that an older program
refuses the store by its version instead of failing on the first meeting it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Connection = Any
"""A sqlcipher3 connection (the module ships no type information)."""


@dataclass(frozen=True)
class Migration:
    version: int
    """The schema version after this migration."""
    description: str
    apply: Callable[[Connection], None]


_V1 = [
    # Small key/value facts about the store itself (store id, created at).
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # One row per case. `data` is the pydantic Case as JSON; the other columns are
    # kept up to date on every save so that the case list never parses JSON.
    """CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        template_id TEXT NOT NULL,
        members TEXT NOT NULL,
        data TEXT NOT NULL,
        meeting_count INTEGER NOT NULL DEFAULT 0,
        last_meeting_date TEXT,
        next_meeting_date TEXT,
        open_actions INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX cases_status ON cases(status, name)",
    # The current state of each meeting, with the columns summaries need.
    """CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        date TEXT NOT NULL,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        participant_names TEXT NOT NULL,
        open_actions INTEGER NOT NULL DEFAULT 0,
        next_step_date TEXT,
        data TEXT NOT NULL,
        revision_id INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX meetings_case ON meetings(case_id, number)",
    # Every save of a meeting appends one row here; nothing is overwritten.
    """CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        saved_at TEXT NOT NULL,
        data TEXT NOT NULL
    )""",
    "CREATE INDEX revisions_meeting ON revisions(meeting_id, id)",
    "CREATE INDEX revisions_case ON revisions(case_id)",
    # The duk templates meetings were written with, by (id, version), so an old
    # meeting can be shown and compared after a municipality edits its duk.
    """CREATE TABLE templates (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
    )""",
    # Full-text search: one row per searchable item in `search_rows` (what it
    # belongs to, indexed for fast deletes) and its text in the FTS5 table under
    # the same rowid. Diacritics are folded so "cacca" finds "čačča".
    """CREATE TABLE search_rows (
        rowid INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        field_id TEXT,
        item_id TEXT
    )""",
    "CREATE INDEX search_rows_case ON search_rows(case_id)",
    "CREATE INDEX search_rows_meeting ON search_rows(meeting_id)",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        text, tokenize = 'unicode61 remove_diacritics 2'
    )""",
    # What happened when (open, delete, …): never content, never names.
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        event TEXT NOT NULL,
        case_id TEXT
    )""",
    "CREATE INDEX audit_case ON audit(case_id)",
]


def _migrate_to_1(conn: Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


def _migrate_to_2(conn: Connection) -> None:
    # Who did it: the operating-system account that ran the program (never a name
    # from a case). Older events keep NULL: it was not recorded then.
    conn.execute("ALTER TABLE audit ADD COLUMN who TEXT")


def _migrate_to_3(conn: Connection) -> None:
    # The audit log becomes tamper-evident (`audit_chain`): each entry's MAC covers
    # the one before; `case_ref` (a keyed hash of the case id) outlives the case,
    # so a deleted case's access log is kept without pointing to it; `detail` is a
    # short fixed text (a restore's replaced log length). Entries written before
    # this version are sealed now, in the order they have: the chain vouches for
    # them from this migration on, not before.
    from samtaleduk.trust.audit_chain import seal_all

    conn.execute("ALTER TABLE audit ADD COLUMN case_ref TEXT")
    conn.execute("ALTER TABLE audit ADD COLUMN detail TEXT")
    conn.execute("ALTER TABLE audit ADD COLUMN mac TEXT")
    seal_all(conn)


def _migrate_to_4(conn: Connection) -> None:
    # The overview's read model (`store.due`): the dated actions, goals and consents
    # of each case's latest meeting, one short row each, kept on every save, so "My
    # cases now" reads a thousand open cases without parsing their meetings. Filled
    # here from the meetings there are; a meeting this program cannot read stays
    # without rows (opening it says so, calmly) rather than stopping the migration.
    from samtaleduk.domain.model import Meeting
    from samtaleduk.store import stored_json
    from samtaleduk.store.due import write_due
    from samtaleduk.store.errors import UnreadableRecord

    # One case's rows together (WITHOUT ROWID, keyed by case): the overview reads
    # every open case's rows in one pass over a small table.
    conn.execute("""CREATE TABLE due_items (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        field_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        text TEXT NOT NULL,
        who TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
    ) WITHOUT ROWID""")
    conn.execute("CREATE INDEX due_items_meeting ON due_items(meeting_id)")
    # Which meeting is the case's latest, kept with the other summary columns, so
    # the overview finds each open case's latest meeting without reading meetings.
    conn.execute("ALTER TABLE cases ADD COLUMN latest_meeting_id TEXT")
    conn.execute("ALTER TABLE cases ADD COLUMN latest_meeting_number INTEGER")
    conn.execute(
        "UPDATE cases SET latest_meeting_id = (SELECT m.id FROM meetings m "
        "WHERE m.case_id = cases.id ORDER BY m.number DESC, m.date DESC LIMIT 1), "
        "latest_meeting_number = (SELECT max(m.number) FROM meetings m "
        "WHERE m.case_id = cases.id)")
    for (data,) in conn.execute("SELECT m.data FROM cases c JOIN meetings m "
                                "ON m.id = c.latest_meeting_id").fetchall():
        try:
            meeting = stored_json.read(Meeting, data)
        except UnreadableRecord:
            continue
        write_due(conn, meeting)
def _migrate_to_5(conn: Connection) -> None:
    # Search finds ø, æ, å, ŋ, đ and accented letters by their plain spelling
    # ("odegard" finds "Ødegård": unicode61 cannot fold letters that are not a base
    # letter plus an accent), and names apart from meeting text (names first): the
    # full-text table gets a folded column for meeting entries and one for names
    # (`folding.search_columns`), filled from the text already indexed. Same rowids.
    # Two- and three-letter prefixes are indexed for search as you type.
    from samtaleduk.store.folding import search_columns

    rows = conn.execute("SELECT f.rowid, r.kind, f.text FROM search_fts f "
                        "JOIN search_rows r ON r.rowid = f.rowid").fetchall()
    conn.execute("DROP TABLE search_fts")
    conn.execute(_SEARCH_FTS_V5)
    conn.executemany("INSERT INTO search_fts(rowid, text, folded, name) VALUES (?, ?, ?, ?)",
                     [(rowid, *search_columns(kind, text)) for rowid, kind, text in rows])


_SEARCH_FTS_V5 = """CREATE VIRTUAL TABLE search_fts USING fts5(
    text, folded, name, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
)"""
"""Prefix indexes of two and three letters: the first keystrokes of a search read
one list each, newest first, instead of merging the lists of every word that
starts so (about 100 ms at 1,000 cases without them)."""


def _migrate_to_6(conn: Connection) -> None:
    # A cheaper save (issue 16). The meeting's JSON is stored once: its current
    # revision keeps no copy (`revisions.data` NULL: "as the meeting row is now"),
    # so the column may be NULL (a table rebuild, ids and their sequence kept).
    # `open_since` marks a revision an autosave may still extend (`history`); none
    # written before is open. Older histories (a revision per autosave) are
    # compacted by the same burst rule, keeping the first and last of each burst
    # (`history.compact_bursts`). The search index of a meeting is brought up to
    # date after its save, not in it: `search_stale` names the meetings behind.
    from samtaleduk.store.history import compact_bursts, store_current_once

    compact_bursts(conn)  # first: the rebuild then copies only what stays
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'revisions'").fetchone()
    conn.execute("""CREATE TABLE revisions_v6 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        saved_at TEXT NOT NULL,
        data TEXT,
        open_since TEXT
    )""")
    conn.execute("INSERT INTO revisions_v6(id, meeting_id, case_id, saved_at, data) "
                 "SELECT id, meeting_id, case_id, saved_at, data FROM revisions")
    conn.execute("DROP TABLE revisions")
    conn.execute("ALTER TABLE revisions_v6 RENAME TO revisions")
    if seq is not None:  # ids are never reused, even those of deleted revisions
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'revisions'")
        conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES ('revisions', ?)",
                     (max(seq[0], conn.execute("SELECT coalesce(max(id), 0) FROM revisions")
                          .fetchone()[0]),))
    conn.execute("CREATE INDEX revisions_meeting ON revisions(meeting_id, id)")
    conn.execute("CREATE INDEX revisions_case ON revisions(case_id)")
    store_current_once(conn)
    conn.execute("""CREATE TABLE search_stale (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE
    ) WITHOUT ROWID""")


_NAME_FTS = """CREATE VIRTUAL TABLE name_fts USING fts5(
    name, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
)"""
"""The names of the cases and their members alone, folded (`folding.fold`), under the
rowid of their `search_rows` row: the first keystrokes of a name read a prefix list
of names only. In `search_fts` the names share the prefix lists of every word on
every duk, and asking its name column for "le" walks the whole list for "le"
(≈ 20 ms at 1,000 cases, growing with the store)."""


def _migrate_to_7(conn: Connection) -> None:
    # Names searched on their own (issue 16: search as you type at 10,000 cases).
    # `search_fts` keeps its name column: nothing there is rebuilt.
    from samtaleduk.store.folding import NAME_KINDS

    conn.execute(_NAME_FTS)
    kinds = sorted(NAME_KINDS)
    conn.execute("INSERT INTO name_fts(rowid, name) SELECT f.rowid, f.name FROM search_rows r "
                 "JOIN search_fts f ON f.rowid = r.rowid "
                 f"WHERE r.kind IN ({', '.join('?' * len(kinds))})", kinds)


CASES_FIRST_INDEX = ("CREATE INDEX cases_first ON cases"
                     "(status, next_meeting_date, name_sort_key)")
"""The case list's first order within a status (`reads.first_cases`). A change to
`folding.sort_key` needs a migration that writes `name_sort_key` again."""


def _migrate_to_8(conn: Connection) -> None:
    # The case list's first screen read alone at unlock (issue 16: 10,000 cases
    # take ~150 ms to read, more than the unlock's whole budget beside Argon2id).
    # Its first order is the next meeting, undated last, then the name the
    # Norwegian way: that key is Python's (`folding.sort_key`), so it is stored, and
    # an index gives the first rows of each status in that order.
    from samtaleduk.store.folding import sort_key

    conn.execute("ALTER TABLE cases ADD COLUMN name_sort_key TEXT NOT NULL DEFAULT ''")
    conn.executemany("UPDATE cases SET name_sort_key = ? WHERE id = ?",
                     [(sort_key(name), cid)
                      for cid, name in conn.execute("SELECT id, name FROM cases").fetchall()])
    conn.execute(CASES_FIRST_INDEX)


def _migrate_to_9(conn: Connection) -> None:
    # A word typed past the prefix indexes is searched as the words it starts
    # (issue 16: FTS5 merged the whole list of every such word, however few rows
    # were asked for: search as you type grew ~36× from 100 to 10,000 cases). The
    # index's own words are listed, from FTS5's vocabulary (`search_terms`).
    from samtaleduk.store import search_terms

    conn.execute(search_terms.TABLE)
    search_terms.fill_from_index(conn)


MIGRATIONS: list[Migration] = [
    Migration(1, "cases, meetings, revisions, templates, search, audit", _migrate_to_1),
    Migration(2, "audit: who", _migrate_to_2),
    Migration(3, "audit: HMAC chain, case_ref, detail", _migrate_to_3),
    Migration(4, "due_items (the overview's dated items); cases: latest meeting",
              _migrate_to_4),
    Migration(5, "search: plain-letter folding and names apart", _migrate_to_5),
    Migration(6, "a cheaper save: JSON once, revisions per burst, search_stale",
              _migrate_to_6),
    Migration(7, "search: names in a full-text table of their own", _migrate_to_7),
    Migration(8, "cases: the Norwegian sort key of the name; the list's first order",
              _migrate_to_8),
    Migration(9, "search: the index's words listed, for words typed past the prefix indexes",
              _migrate_to_9),
]

SCHEMA_VERSION = MIGRATIONS[-1].version
"""The newest schema this program knows; a store above it is refused."""

STORED_JSON: dict[int, str] = {
    3: "f9e90ecb907decca",
    4: "f9e90ecb907decca",  # no model changed: a new table only
    5: "f9e90ecb907decca",
    6: "f9e90ecb907decca",  # no model changed: tables only
    7: "f9e90ecb907decca",  # no model changed: a new table only
    8: "f9e90ecb907decca",  # no model changed: a column and an index
    9: "f9e90ecb907decca",  # no model changed: a new table only
}
"""The fingerprint (`stored_json.fingerprint`) of the models stored as JSON, for each
schema version from 3 on; `tests/fixtures/stored_json/v<N>.json` holds the shape it
is taken of. A test holds the program's models to the entry for `SCHEMA_VERSION`.
When a model changes, add a migration (one that changes no table is fine: the new
version alone makes older programs refuse the store), a line here for its version,
the shape file (`tests/fixtures/make_stored_json.py`) and the fixture store. A
recorded line is never edited, like a released migration."""


def pending(current: int) -> list[Migration]:
    """The migrations to run, in order, for a store at schema version `current`."""
    return [m for m in MIGRATIONS if m.version > current]
