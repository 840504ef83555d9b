"""Evaluation: from one meeting to the next.

Pure functions, no Qt and no I/O: carry a duk forward (or start blank), compare
any two meetings of a case, summarise the comparison in the words of the paper,
and follow every note, goal and action across a case's meetings.
"""

from __future__ import annotations

from samtaleduk.evaluation.carry import OPEN_ACTION_STATUSES, blank_meeting, carry_forward
from samtaleduk.evaluation.fieldmap import FieldMap, canonical_field, map_fields

__all__ = [
    "OPEN_ACTION_STATUSES",
    "FieldMap",
    "blank_meeting",
    "canonical_field",
    "carry_forward",
    "map_fields",
]
