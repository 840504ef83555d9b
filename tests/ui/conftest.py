"""Fixtures for the UI tests: a store with the demo cases, loaded duker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from samtaleduk.duker import TemplateSet, load_all
from samtaleduk.store import Store


@pytest.fixture
def templates() -> TemplateSet:
    return load_all()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The `store` fixture filled with the fictional demo cases."""
    from ui.snapshot import fill_demo_store

    fill_demo_store(store)
    return store


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Run with the English source strings, and leave the app that way."""
    from ui.i18n import LanguageManager

    manager = LanguageManager()
    manager.set_language("en")
    yield
    manager.set_language("en")
