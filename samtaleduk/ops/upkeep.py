"""Recording the day's upkeep of the store (`samtaleduk.store.upkeep`) once a step
has run on its own connection: the small writes go through the store's own."""

from __future__ import annotations

import datetime as dt

from samtaleduk.ops.changes import Changes
from samtaleduk.store import upkeep
from samtaleduk.store.db import LAST_FULL_CHECK
from samtaleduk.store.store import Store


def check_passed(store: Store, today: dt.date | None = None) -> Changes:
    """The day's full check passed: not due again today."""
    upkeep.record_check(store, today)
    return Changes(settings=frozenset({LAST_FULL_CHECK}))


def backup_made(store: Store, done: upkeep.BackupDone,
                now: dt.datetime | None = None) -> Changes:
    """An automatic backup was made (its fingerprint and audit line), then rotation."""
    upkeep.record_backup(store, done, now)
    return Changes(settings=frozenset({"backup_fingerprint"}) if done.info else frozenset())
