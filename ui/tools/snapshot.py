"""Offscreen pictures of the main views, for looking at the work and for the README.

`render_all` writes the demo cases into a throwaway encrypted store in a temporary
folder, opens the real main window on it, and grabs: the unlock page, the case
list, a case page, the individual duk, the family duk and presentation mode, at
each requested size. Nothing here is a mock-up: it is the app as a user sees it.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samtaleduk.domain.demo import demo_cases, demo_id
from samtaleduk.domain.model import Action, CaseKind, Goal
from samtaleduk.ops.demo import fill_demo
from samtaleduk.ops.meetings import save_meeting
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.loading import load_all


def _settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path.name}")
    return path


def fill_demo_store(store: Store) -> None:
    """Write the fictional demo cases into `store`, with their templates
    (`samtaleduk.ops.demo.fill_demo`)."""
    fill_demo(store)


def fill_laptop_meeting(store: Store) -> uuid.UUID:
    """Meeting 1 of the family demo case, filled as a full first meeting is:
    6 actions under "Kva er neste steg?" and 5 goals (2 short-term, 3 long-term).
    The demo's own first meeting has one action and one goal fewer; this is the
    meeting the laptop-fit test and the 1366×768 pictures measure. Returns its id."""
    family = next(c for c, _m in demo_cases() if c.kind is CaseKind.FAMILY)
    first = store.get_meeting(store.list_meetings(family.id)[0].id)
    extra_goal = demo_id("haugland/g/emil-vaksen")
    if all(g.id != extra_goal for g in first.field("lang_sikt").goals):
        first.field("lang_sikt").goals.append(
            Goal(id=extra_goal, text="Emil har ein fast vaksen å gå til på skulen"))
        first.field("neste_steg").actions.append(Action(
            id=demo_id("haugland/a/mormor-henting"), text="Avtale henting med mormor",
            owner="Sara Haugland", due=first.date + dt.timedelta(days=7)))
        save_meeting(store, first)
    return first.id


def render_all(out: Path, sizes: Sequence[tuple[int, int]] = ((1366, 768), (1920, 1080)),
               lang: str = "nn", theme: str = "paper") -> list[Path]:
    """Render every view at every size into `out` in `theme` ("paper" or
    "high_contrast"); returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.evaluation.snapshot import render_evaluation
    from ui.shell.app import application, prepare
    from ui.shell.main_window import MainWindow
    from ui.shell.prefs import Prefs

    app = application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="samtaleduk-snapshot-") as tmp:
        data = Path(tmp) / "data"
        Prefs(data).language = lang
        Prefs(data).theme = theme
        prefs, languages = prepare(app, data)
        templates = load_all()
        window = MainWindow(data, templates, languages, prefs, kdf=FAST_KDF)
        try:
            first = sizes[0]
            window.resize(*first)
            window.show()
            written.append(_grab(window, out / f"unlock-first-start-{first[0]}x{first[1]}.png"))
            store = Store.create(data, secrets.token_urlsafe(16), FAST_KDF)
            window.set_store(store)
            written.append(_grab(window, out / f"case-list-empty-{first[0]}x{first[1]}.png"))
            fill_demo_store(store)
            cases = {c.kind: c for c, _m in demo_cases()}
            family, individual = cases[CaseKind.FAMILY], cases[CaseKind.INDIVIDUAL]
            for w, h in sizes:
                suffix = f"{w}x{h}.png"
                window.resize(w, h)
                window.show_cases()
                written.append(_grab(window, out / f"case-list-{suffix}"))
                window.open_case(family.id)
                written.append(_grab(window, out / f"case-page-{suffix}"))
                written += render_evaluation(store, family.id, window.template_for, out, (w, h))
                if (w, h) == first:
                    written += _dialogs(window, out, suffix)
                written.append(_open_latest(window, store, individual.id,
                                            out / f"duk-individual-{suffix}"))
                written.append(_open_latest(window, store, family.id,
                                            out / f"duk-family-{suffix}"))
                window.start_presentation()
                presentation = window.meeting_page.presentation()
                if presentation is None:
                    raise RuntimeError("presentation mode did not open")
                # Offscreen "full screen" is the virtual screen's size; draw
                # it at the size asked for instead.
                presentation.showNormal()
                presentation.resize(w, h)
                written.append(_grab(presentation, out / f"presentation-{suffix}"))
                window.meeting_page.close_presentation()
            # The returning user's door: locked, nothing of the cases on screen.
            window.resize(*first)
            window.lock()
            written.append(_grab(window, out / f"unlock-{first[0]}x{first[1]}.png"))
        finally:
            window.close()
            window.deleteLater()
            _settle()
    return written


LAPTOP_SCREEN = (1366, 768)
LAPTOP_WINDOW = (1366, 728)
"""A maximised window on a 1366×768 screen with a 40 px task bar."""


def render_laptop(out: Path, lang: str = "nn") -> list[Path]:
    """The README's laptop pictures: the family duk of a full first meeting
    (6 actions, 5 goals) in the main window as it is maximised on a 1366×768
    screen, and each page of presentation mode on that screen. Returns the
    files written (duk-familie-1366x768.png, presentasjon-1366x768[-N].png)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.shell.app import application, prepare
    from ui.shell.main_window import MainWindow
    from ui.shell.prefs import Prefs

    app = application()
    screen = f"{LAPTOP_SCREEN[0]}x{LAPTOP_SCREEN[1]}"
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="samtaleduk-snapshot-") as tmp:
        data = Path(tmp) / "data"
        Prefs(data).language = lang
        prefs, languages = prepare(app, data)
        window = MainWindow(data, load_all(), languages, prefs, kdf=FAST_KDF)
        try:
            window.resize(*LAPTOP_WINDOW)
            window.show()
            store = Store.create(data, secrets.token_urlsafe(16), FAST_KDF)
            window.set_store(store)
            fill_demo_store(store)
            meeting_id = fill_laptop_meeting(store)
            window.open_case(store.get_meeting(meeting_id).case_id)
            # As it is during meeting 1 itself: editable, no "earlier meeting" banner.
            window.open_meeting(meeting_id, editable=True)
            written.append(_grab(window, out / f"duk-familie-{screen}.png"))
            window.start_presentation()
            presentation = window.meeting_page.presentation()
            if presentation is None:
                raise RuntimeError("presentation mode did not open")
            # Offscreen "full screen" is the virtual screen's size; draw it
            # at the laptop's instead.
            presentation.showNormal()
            presentation.resize(*LAPTOP_SCREEN)
            _settle()
            sheet = getattr(presentation, "sheet", None)
            pages = len(sheet.pages) if sheet is not None else 1
            for page in range(pages):
                if sheet is not None:
                    sheet.show_page(page)
                name = f"presentasjon-{screen}" + (f"-{page + 1}" if page else "") + ".png"
                written.append(_grab(presentation, out / name))
            window.meeting_page.close_presentation()
        finally:
            window.meeting_page.leave(force=True)
            window.close()
            window.deleteLater()
            _settle()
    return written


def _dialogs(window: object, out: Path, suffix: str) -> list[Path]:
    """The new-case and new-meeting dialogs as a first-time user meets them."""
    from ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    paths: list[Path] = []
    for name, start in (("new-case", window.new_case), ("new-meeting", window.new_meeting)):
        start()
        dialog = window.active_dialog
        if dialog is None:
            raise RuntimeError(f"the {name} dialog did not open")
        paths.append(_grab(dialog, out / f"dialog-{name}-{suffix}"))
        dialog.reject()
        _settle()
    return paths


def _open_latest(window: object, store: Store, case_id: uuid.UUID, path: Path) -> Path:
    from ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    meetings = store.list_meetings(case_id)
    window.open_meeting(meetings[-1].id)
    return _grab(window, path)
