"""`db.transaction` on a connection two threads share (the app's store lane and its
GUI thread): a transaction of one thread is never joined by the other's write."""

from __future__ import annotations

import threading

import pytest

from samtaleduk.store import db
from samtaleduk.store.store import Store

WAIT_S = 20


def test_a_write_from_another_thread_waits_for_the_transaction_in_progress(
        store: Store) -> None:
    conn = store.conn
    inside, go_on = threading.Event(), threading.Event()
    written = threading.Event()

    def failing_job() -> None:
        with pytest.raises(RuntimeError), db.transaction(conn):
            conn.execute("INSERT INTO settings(key, value) VALUES ('half_done', '1')")
            inside.set()
            go_on.wait(WAIT_S)
            raise RuntimeError("the job fails: its transaction is rolled back")

    def other_write() -> None:
        with db.transaction(conn):
            conn.execute("INSERT INTO settings(key, value) VALUES ('recorded', '1')")
        written.set()

    job = threading.Thread(target=failing_job)
    job.start()
    assert inside.wait(WAIT_S)
    writer = threading.Thread(target=other_write)
    writer.start()
    try:
        # The second writer waits while the first is inside its transaction …
        assert not written.wait(0.2)
    finally:
        go_on.set()
        job.join(WAIT_S)
        writer.join(WAIT_S)
    # … and its write is its own: not lost with the first one's rollback.
    assert written.is_set()
    assert store.setting("half_done") is None
    assert store.setting("recorded") == "1"


def test_a_transaction_inside_one_of_the_same_thread_is_a_savepoint(store: Store) -> None:
    conn = store.conn
    with db.transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('outer', '1')")
        with pytest.raises(RuntimeError), db.transaction(conn):
            conn.execute("INSERT INTO settings(key, value) VALUES ('inner', '1')")
            raise RuntimeError("only the inner part is undone")
    assert store.setting("outer") == "1"
    assert store.setting("inner") is None
