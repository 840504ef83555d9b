"""Fixtures for the UI tests: a store with the demo cases, loaded duker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet, load_all


@pytest.fixture(autouse=True)
def _no_job_outlives_its_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """A background job left running would deliver into the next test's widgets
    (or write to a store its test has closed): every test ends with none."""
    yield
    if "qapp" in request.fixturenames or QApplication.instance() is not None:
        from ui.tools.jobs import jobs

        if QApplication.instance() is not None:
            jobs().wait_for_all()


@pytest.fixture(autouse=True)
def _engine_messages_as_in_the_app() -> None:
    """The engine's messages speak the language Qt's translators speak now (a test
    before may have left English installed) and name menus, as in the app, where
    the language manager sets both (`ui.tools.i18n`)."""
    from samtaleduk import messages
    from ui.tools.i18n import current_language

    messages.use_language(current_language())
    messages.use_surface("gui")


@pytest.fixture
def templates() -> TemplateSet:
    return load_all()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The `store` fixture filled with the fictional demo cases."""
    from ui.tools.snapshot import fill_demo_store

    fill_demo_store(store)
    return store


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Run with the English source strings, and leave the app that way."""
    from ui.tools.i18n import LanguageManager

    manager = LanguageManager()
    manager.set_language("en")
    yield
    manager.set_language("en")
