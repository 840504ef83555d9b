"""Operations on the store's settings."""

from __future__ import annotations

import datetime as dt

from samtaleduk.ops.changes import Changes
from samtaleduk.store.store import Store
from samtaleduk.trust import deletion

RETENTION_OFFERED = "retention_offered_on"
"""Store setting: the day the retention offer was last shown (once a day)."""


def retention_offer_due(store: Store, today: dt.date) -> bool:
    """True when the retention offer was not yet shown today."""
    return store.setting(RETENTION_OFFERED) != today.isoformat()


def mark_retention_offered(store: Store, today: dt.date) -> Changes:
    """Remember that the retention offer was shown today (it is shown once a day)."""
    store.set_setting(RETENTION_OFFERED, today.isoformat())
    return Changes(settings=frozenset({RETENTION_OFFERED}))


def set_retention_days(store: Store, days: int) -> Changes:
    """Keep closed cases `days` days (1 to 36,500) before they are due for deletion
    (`samtaleduk.trust.deletion.set_retention_days` checks and writes)."""
    deletion.set_retention_days(store, days)
    return Changes(settings=frozenset({deletion.RETENTION_SETTING}))
