"""Fixtures of the printing tests: the demo cases and the installed duker."""

from __future__ import annotations

import pytest

from samtaleduk.demo import demo_cases
from samtaleduk.duker import TemplateSet, load_all
from samtaleduk.model import Case, Meeting


@pytest.fixture(scope="session")
def templates() -> TemplateSet:
    return load_all()


@pytest.fixture(scope="session")
def haugland() -> tuple[Case, list[Meeting]]:
    """Familien Haugland, three meetings (fixed dates and ids)."""
    return demo_cases()[0]


@pytest.fixture(scope="session")
def jonas() -> tuple[Case, list[Meeting]]:
    return demo_cases()[1]
