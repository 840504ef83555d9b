"""Fixtures shared by the engine tests: the installed duker, loaded once per run
(templates are frozen, so sharing them between tests is safe)."""

from __future__ import annotations

import pytest

from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.templates.model import Template


@pytest.fixture(scope="session")
def templates() -> TemplateSet:
    """Every installed duk."""
    return load_all()


@pytest.fixture(scope="session")
def familie(templates: TemplateSet) -> Template:
    """The family duk."""
    return templates.get("familie")
