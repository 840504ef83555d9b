"""Canvas figures: opening a meeting of 150 notes on screen, and one keystroke.

Measured in-process on Qt's offscreen platform. Opening counts everything a user
waits for: the MeetingView built from the template, laid out at 1920×1080 and
painted once, as the event loop paints a window that has just been shown (the
first, uncounted open checks that this paint reaches the duk). Until 7 Dec a
`grab()` after it painted every widget a second time, which no user waits for.
A keystroke counts the session edit (undo command, model, autosave
timer) and the refresh of the one field that changed.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
from typing import Any

from benchmarks.harness import Context, Figure, median_ms
from samtaleduk.domain.model import Action, Case, Goal, Meeting, Note, SaidBy
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template

NOTES = 150


class _NoStore:
    """Stands in for the store: these figures time the screen, not the disk. The
    autosave's transaction runs on an empty connection in memory."""

    read_only = None

    def __init__(self) -> None:
        self.conn = sqlite3.connect(":memory:", isolation_level=None)

    def close_burst(self, meeting_id: object) -> None:
        """Leaving the meeting (`ops.meetings.leave_meeting`) writes nothing here."""

    def refresh_search(self, meeting_id: object) -> None:
        """As `close_burst`."""

    def save_meeting(self, meeting: Meeting, template: Template | None = None,
                     **_when: Any) -> int:
        return 0

    def save_case(self, case: Case) -> None:
        return None


def _meeting(template: Template, n_notes: int = NOTES) -> tuple[Case, Meeting]:
    case = Case(name="Benchmark", template_id=template.id, members=["A", "B"])
    meeting = Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 14),
                      template_id=template.id, template_version=template.version)
    notes = template.fields_of_kind(FieldKind.NOTES)
    domains = [d.id for d in template.life_domains] or [None]
    voices = [None, SaidBy.CHILD, SaidBy.PARENT, None, SaidBy.PROFESSIONAL]
    for i in range(n_notes):
        f = notes[i % len(notes)]
        meeting.field(f.id).notes.append(Note(
            text=f"Notat {i}: det som vert sagt rundt bordet, med nokre ord til ŋ",
            domain=domains[i % len(domains)] if f.domain_tags else None,
            said_by=voices[i % len(voices)]))
    for f in template.fields_of_kind(FieldKind.GOALS):
        meeting.field(f.id).goals += [Goal(text=f"Mål {j}") for j in range(3)]
    for f in (template.fields_of_kind(FieldKind.ACTIONS)
              + template.fields_of_kind(FieldKind.NEXT_STEP)):
        meeting.field(f.id).actions += [Action(text=f"Tiltak {j}", owner="Tor")
                                        for j in range(5)]
    return case, meeting


def canvas(ctx: Context) -> list[Figure]:
    """Open a 150-note meeting on the canvas; type one character into a note."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import ui  # noqa: F401  (applies the PySide6/Python 3.11 refcount work-around)
    from ui.canvas.view import MeetingView
    from ui.meeting.session import MeetingSession

    app = QApplication.instance() or QApplication([])
    template = load_all().get("familie")
    views: list[Any] = []

    class _Paints(QObject):
        """Counts the paints that reach a widget (only on the uncounted open)."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def open_meeting(n_notes: int, paints: _Paints | None = None) -> None:
        case, meeting = _meeting(template, n_notes)
        session = MeetingSession(_NoStore(), case, meeting, template)
        view = MeetingView(session, "nn")
        if paints is not None:
            view.canvas.installEventFilter(paints)
        view.resize(1920, 1080)
        view.show()
        app.processEvents()  # lays out and paints the shown window
        views.append(view)

    def cleanup() -> None:
        while views:
            v = views.pop()
            v.close()
            v.deleteLater()
        app.processEvents()

    # Interleaved with the same duk holding no notes: the ratio says what the
    # 150 cards add, whatever the machine's load does to absolute times.
    full: list[float] = []
    empty: list[float] = []
    paints = _Paints()
    open_meeting(NOTES, paints)
    cleanup()
    if paints.count == 0:
        raise RuntimeError("the shown duk was not painted: the figure would leave its paint out")
    for _ in range(ctx.repeats):
        full.append(median_ms(lambda: open_meeting(NOTES), 1, warmup=0))
        cleanup()
        empty.append(median_ms(lambda: open_meeting(0), 1, warmup=0))
        cleanup()

    case, meeting = _meeting(template)
    session = MeetingSession(_NoStore(), case, meeting, template)
    view = MeetingView(session, "nn")
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    note = next(c for c in meeting.fields.values() if c.notes).notes[0]
    text = [note.text]

    def keystroke() -> None:
        text[0] += "a"
        session.set_note_text(note.id, text[0])

    typed = median_ms(keystroke, ctx.repeats * 20)
    if not session.close():
        raise RuntimeError("the keystrokes' meeting did not close cleanly")
    view.close()
    return [
        Figure(name=f"open a meeting of {NOTES} notes on the canvas (build, lay out, paint)",
               value=statistics.median(full), unit="ms", baseline=statistics.median(empty),
               target="≤ 1.5× the empty duk and ≤ 80 ms",
               target_ratio=1.5, target_value=80.0,
               note="family duk, 1920×1080, offscreen; baseline: the same duk with no notes"),
        Figure(name=f"one keystroke in a note (edit, undo step, refresh of that field; "
               f"{NOTES} notes)", value=typed, unit="ms", target="≤ 5 ms",
               target_value=5.0, note="only the changed field is redrawn"),
    ]
