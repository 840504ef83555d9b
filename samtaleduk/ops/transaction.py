"""One transaction for an operation, and what goes back with it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from samtaleduk.store import db
from samtaleduk.store.store import Store


@contextlib.contextmanager
def one_transaction(store: Store) -> Iterator[None]:
    """Everything the store's writers do inside commits together or not at all
    (they nest as savepoints). When it goes back, the store's cache of template
    snapshots is emptied too: it may name a snapshot written inside, which would
    otherwise never be written again (the autosave's retry after a full disk)."""
    try:
        with db.transaction(store.conn):
            yield
    except BaseException:
        store.snapshots.forget()  # as `handover.case_file.import_case` does
        raise
