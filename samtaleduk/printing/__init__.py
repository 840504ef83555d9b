"""Printing: the duk and its reports as PDF (reportlab, no Qt).

One module per print kind (duk, evaluation report, action list, case journey)
over shared modules for fonts, text escaping, page furniture, leaving-out and
atomic writing. Every `print_*` function writes atomically and returns the path;
the `*_pdf` functions return the bytes (for an in-app preview).
"""

from __future__ import annotations

from samtaleduk.printing.actions import actions_pdf, print_actions
from samtaleduk.printing.duk import blank_pdf, duk_pdf, print_blank, print_duk
from samtaleduk.printing.evaluation_report import evaluation_pdf, print_evaluation
from samtaleduk.printing.journey import journey_pdf, print_journey
from samtaleduk.printing.words import suggested_file_name

__all__ = [
    "actions_pdf",
    "blank_pdf",
    "duk_pdf",
    "evaluation_pdf",
    "journey_pdf",
    "print_actions",
    "print_blank",
    "print_duk",
    "print_evaluation",
    "print_journey",
    "suggested_file_name",
]
