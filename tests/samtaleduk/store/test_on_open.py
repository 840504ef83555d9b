"""`on_open`: what the window does on the unlock's worker as soon as the open is
recorded, while the rest of the open goes on (issue 16: the list's first screen is
read there and drawn meanwhile)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.store import instance_lock
from samtaleduk.store.safe_open import open_store
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.trust.audit_chain import read_head
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def folder(_isolated_data_dir: Path) -> Path:
    Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF).close()
    return _isolated_data_dir


def test_it_runs_once_the_open_is_committed_to_the_log_and_before_the_rest(folder: Path) -> None:
    seen: list[tuple[str, bool, int, int]] = []

    def on_open(store: Store) -> None:
        events = store.audit_events()
        head = read_head(folder)
        seen.append((events[-1].event, store.conn.in_transaction, len(events),
                     head["count"] if head else 0))

    opened = open_store(folder, TEST_PASSPHRASE, upkeep_now=False, on_open=on_open)
    try:
        ((last, in_transaction, entries, in_head),) = seen
        # The line that records the open is durable before anything is read …
        assert last == "store_opened" and not in_transaction
        # … and the chain's head file follows after (it may lag, never lead).
        assert in_head == entries - 1
        head = read_head(folder)
        assert head is not None and head["count"] == entries
        assert opened.audit_problem is None
    finally:
        opened.store.close()


def test_what_it_raises_ends_the_open_and_frees_the_folder(folder: Path) -> None:
    def on_open(_store: Store) -> None:
        raise RuntimeError("the reader failed")

    with pytest.raises(RuntimeError, match="the reader failed"):
        open_store(folder, TEST_PASSPHRASE, upkeep_now=False, on_open=on_open)
    # The store was closed and its lock released: the next open goes ahead, and the
    # chain is whole (the head file lagged one line behind, which it may).
    opened = open_store(folder, TEST_PASSPHRASE, upkeep_now=False)
    try:
        assert opened.audit_problem is None
        assert [e.event for e in opened.store.audit_events()][-2:] == [
            "store_opened", "store_opened"]
    finally:
        opened.store.close()
    instance_lock.release(instance_lock.acquire(folder))  # StoreBusy if still held
