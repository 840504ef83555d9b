"""Fixtures for the dialog tests that drive the whole main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from samtaleduk.store import backup
from samtaleduk.store.store import FAST_KDF, Store
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case
from tests.ui.dialogs.window_support import CLOSED_STORE_MARK


@pytest.fixture
def closed_store(_isolated_data_dir: Path) -> Iterator[Path]:
    """A store with one marked case and one backup, closed."""
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        marked_case(store, CLOSED_STORE_MARK, meetings=1)
        backup.make_backup(store)
    yield _isolated_data_dir
