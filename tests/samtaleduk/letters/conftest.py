"""The demo case Familien Haugland for the letters' tests."""

from __future__ import annotations

import pytest

from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Case, Meeting


@pytest.fixture(scope="session")
def haugland() -> tuple[Case, list[Meeting]]:
    """Familien Haugland, three meetings (fixed dates and ids)."""
    return demo_cases()[0]
