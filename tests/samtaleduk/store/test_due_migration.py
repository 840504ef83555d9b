"""Schema 4: the overview's read model (`due_items`) is filled from the meetings a
store already holds, and a v3 store (the fixture) opens with it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from samtaleduk.domain.model import Action, Case, Consent, Goal, Meeting
from samtaleduk.overview.build import Section, read
from samtaleduk.store import db
from samtaleduk.store.schema import SCHEMA_VERSION
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.model import Template
from tests.conftest import TEST_PASSPHRASE
from tests.fixtures import make_store_v1 as v1

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TODAY = dt.date(2026, 5, 10)


def _as_v3(folder: Path) -> None:
    """Make a store what schema 3 was: no `due_items`, no latest-meeting columns,
    no `search_stale` (schema 6), no `name_fts` (schema 7), no `name_sort_key`
    (schema 8), no `search_terms` (schema 9), user_version 3."""
    with Store.open(folder, TEST_PASSPHRASE) as store:
        with db.transaction(store.conn):
            store.conn.execute("DROP TABLE search_terms")
            store.conn.execute("DROP INDEX cases_first")
            store.conn.execute("ALTER TABLE cases DROP COLUMN name_sort_key")
            store.conn.execute("DROP TABLE name_fts")
            store.conn.execute("DROP TABLE search_stale")
            store.conn.execute("DROP TABLE due_items")
            store.conn.execute("ALTER TABLE cases DROP COLUMN latest_meeting_id")
            store.conn.execute("ALTER TABLE cases DROP COLUMN latest_meeting_number")
            store.conn.execute("PRAGMA user_version = 3")


def test_migration_4_fills_the_read_model_from_existing_meetings(
        tmp_path: Path, familie: Template) -> None:
    folder = tmp_path / "store"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        case = Case(name="Familien Haugland", template_id="familie")
        store.save_case(case)
        m = Meeting(case_id=case.id, number=1, date=dt.date(2026, 4, 1),
                    template_id="familie", template_version=familie.version)
        m.field("neste_steg").actions.append(Action(text="Ringja skulen", owner="Mor",
                                                    due=dt.date(2026, 5, 1)))
        m.field("kort_sikt").goals.append(Goal(text="Sova godt", deadline=dt.date(2026, 5, 2)))
        m.field("avtale").consents.append(Consent(kind="ressursteam",
                                                  expires_on=dt.date(2026, 5, 20)))
        store.save_meeting(m, familie)
        before = read(store, TODAY)
    _as_v3(folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == SCHEMA_VERSION  # 4, and later ones stacked
        after = read(store, TODAY)
    assert after == before
    assert [i.text for i in after.sections[Section.ACTIONS_LATE]] == ["Ringja skulen"]
    assert [i.text for i in after.sections[Section.GOALS_PASSED]] == ["Sova godt"]
    assert [i.days for i in after.sections[Section.CONSENTS]] == [10]
    backups = list((folder / "backups").iterdir())
    assert [b.name.startswith("before-migration-v3") for b in backups] == [True]


def test_the_v3_fixture_opens_with_the_read_model(tmp_path: Path) -> None:
    folder = tmp_path / "v3"
    shutil.copytree(FIXTURES / "store_v3", folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert "due_items" in store.db.table_names()
        # Its one open action has no date: nothing is due, the next meeting is.
        overview = read(store, TODAY)
        assert not overview.sections[Section.ACTIONS_LATE]
        (nxt,) = overview.sections[Section.NEXT_MEETINGS]
        assert (nxt.case_id, nxt.meeting_id, nxt.date) == (
            str(v1.CASE_ID), str(v1.MEETING_ID), dt.date(2026, 4, 6))
