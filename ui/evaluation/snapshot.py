"""Offscreen pictures of the evaluation views for `samtaleduk snapshot`: the review
step as it was done at the demo case's second meeting, the comparison of its last
two meetings (side by side and inline) and the case journey.

Nothing is written to the store: the review is shown on the saved meeting 2, with
the marks it carries, and no key is pressed.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samtaleduk.store.store import Store
from ui.evaluation.comparison import ComparisonDialog, TemplateFor
from ui.evaluation.journey import JourneyDialog
from ui.evaluation.review import ReviewDialog
from ui.meeting.session import MeetingSession


def _grab(widget: QWidget, path: Path) -> Path:
    for _ in range(5):
        QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path.name}")
    return path


def render_evaluation(store: Store, case_id: uuid.UUID, template_for: TemplateFor,
                      out: Path, size: tuple[int, int]) -> list[Path]:
    """Grab the review, the comparison (both ways) and the journey of one case at
    `size`; returns the files written."""
    case = store.get_case(case_id)
    meetings = store.list_meetings(case_id)
    suffix = f"{size[0]}x{size[1]}.png"
    written: list[Path] = []

    compare = ComparisonDialog(case, meetings, template_for)
    compare.resize(*size)
    compare.show()
    written.append(_grab(compare, out / f"compare-{suffix}"))
    compare.view.inline_toggle.setChecked(True)
    written.append(_grab(compare, out / f"compare-inline-{suffix}"))
    compare.close()
    compare.deleteLater()

    journey = JourneyDialog(case, meetings, template_for)
    journey.resize(*size)
    journey.show()
    written.append(_grab(journey, out / f"journey-{suffix}"))
    journey.close()
    journey.deleteLater()

    follow_up = next((m for m in meetings if m.continued_from is not None), None)
    previous = store.previous_meeting(follow_up) if follow_up is not None else None
    if follow_up is not None and previous is not None:
        session = MeetingSession(store, case, follow_up,
                                 template_for(follow_up.template_id, follow_up.template_version))
        review = ReviewDialog(session, previous, case.language)
        # As wide as its rows ask (more at large text); the offscreen "screen"
        # is smaller than the picture, so the dialog's own fit cannot tell.
        holder = review.step.scroll_area.widget()
        wanted = holder.sizeHint().width() + 60 if holder is not None else 900
        review.resize(min(size[0], max(900, wanted)), min(size[1], 760))
        review.show()
        written.append(_grab(review, out / f"review-{suffix}"))
        review.close()
        review.deleteLater()
        session.deleteLater()
    return written
