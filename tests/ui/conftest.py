"""Fixtures for the UI tests: a store with the demo cases, loaded duker."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

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
def _no_autosave_outlives_its_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A meeting left unsaved by a test (its widgets dropped, its store closed) kept
    its autosave's timers: each retry waited for the store's lane in whatever test
    ran then, and once let a held read answer inside another test's lock. Every
    autosave a test made is stopped when it ends."""
    from shiboken6 import isValid

    from ui.meeting.autosave import Autosaver

    made: list[weakref.ref[Autosaver]] = []  # weak: a test's own ending is kept
    init = Autosaver.__init__

    def tracked(saver: Autosaver, *args: Any, **kwargs: Any) -> None:
        init(saver, *args, **kwargs)
        made.append(weakref.ref(saver))

    monkeypatch.setattr(Autosaver, "__init__", tracked)
    yield
    for ref in made:
        saver = ref()
        if saver is not None and isValid(saver):
            saver.stop()


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
