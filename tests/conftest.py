"""Shared test set-up: no display needed, and no test touches the real data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must know before it is first imported that there is no screen here.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data folder; the user's real one is never used."""
    data = tmp_path / "data"
    monkeypatch.setenv("SAMTALEDUK_DATA_DIR", str(data))
    monkeypatch.delenv("SAMTALEDUK_PASSPHRASE", raising=False)
    yield data
