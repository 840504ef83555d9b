"""Fixtures of the printing tests: the demo cases (the installed duker, `templates`,
come from tests/samtaleduk/conftest.py)."""

from __future__ import annotations

import pytest

from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Case, Meeting


@pytest.fixture(scope="session")
def haugland() -> tuple[Case, list[Meeting]]:
    """Familien Haugland, three meetings (fixed dates and ids)."""
    return demo_cases()[0]


@pytest.fixture(scope="session")
def jonas() -> tuple[Case, list[Meeting]]:
    return demo_cases()[1]
