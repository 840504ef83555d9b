"""The audit chain survives a re-key (issue 13 points 14 and 15 together).

Runs once the `keys` helper's `samtaleduk.trust.rekey` is merged; it needs the three-line
integration in `rekey.py` (re-MAC the copy with `audit_chain.rekey_audit_chain`
after `PRAGMA rekey`, then `audit_chain.write_head(..., force=True)` once the copy
is the store). Without it every unlock after a re-key reports the log as changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.store import safe_open
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.trust import audit
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

rekey = pytest.importorskip("samtaleduk.trust.rekey")


def test_rekey_keeps_the_audit_chain_whole(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        marked_case(store, "Nykkelmerke", meetings=1)
        store.log_event("locked")
    opened = safe_open.open_store(folder, TEST_PASSPHRASE, auto_backup=False)
    opened.store.close()
    assert opened.audit_problem is None
    rekey.rekey(folder, TEST_PASSPHRASE)
    opened = safe_open.open_store(folder, TEST_PASSPHRASE, auto_backup=False)
    with opened.store as store:
        assert opened.audit_problem is None
        assert audit.verify(store).ok  # every entry, under the new key
        assert "rekeyed" in [e.event for e in store.audit_events()]
