"""Evaluation: from one meeting to the next.

Pure functions, no Qt and no I/O: carry a duk forward (or start blank), compare
any two meetings of a case, summarise the comparison in the words of the paper,
and follow every note, goal and action across a case's meetings.
"""

from __future__ import annotations

from samtaleduk.evaluation.carry import OPEN_ACTION_STATUSES, blank_meeting, carry_forward
from samtaleduk.evaluation.compare import compare_meetings
from samtaleduk.evaluation.diffs import (
    ActionChange,
    ActionDiff,
    Comparison,
    ConsentDiff,
    GoalChange,
    GoalDiff,
    HelperDiff,
    ItemChange,
    NoteChange,
    NoteDiff,
    ValueDiff,
)
from samtaleduk.evaluation.fieldmap import (
    FieldMap,
    canonical_domain,
    canonical_field,
    map_fields,
)
from samtaleduk.evaluation.review import ReviewItem, pending_review
from samtaleduk.evaluation.summary import SUMMARY_KEYS, format_date, summary_lines
from samtaleduk.evaluation.timeline import (
    EventKind,
    ItemEvent,
    ItemHistory,
    ItemKind,
    MeetingCounts,
    Timeline,
    case_timeline,
    templates_by_key,
)

__all__ = [
    "OPEN_ACTION_STATUSES",
    "SUMMARY_KEYS",
    "ActionChange",
    "ActionDiff",
    "Comparison",
    "ConsentDiff",
    "EventKind",
    "FieldMap",
    "GoalChange",
    "GoalDiff",
    "HelperDiff",
    "ItemChange",
    "ItemEvent",
    "ItemHistory",
    "ItemKind",
    "MeetingCounts",
    "NoteChange",
    "NoteDiff",
    "ReviewItem",
    "Timeline",
    "ValueDiff",
    "blank_meeting",
    "canonical_domain",
    "canonical_field",
    "carry_forward",
    "case_timeline",
    "compare_meetings",
    "format_date",
    "map_fields",
    "pending_review",
    "summary_lines",
    "templates_by_key",
]
