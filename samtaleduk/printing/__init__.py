"""Printing: the duk and its reports as PDF (reportlab, no Qt).

One module per print kind (duk, evaluation report, action list, case journey)
over shared modules for fonts, text escaping, page furniture, leaving-out and
atomic writing.
"""

from __future__ import annotations

from samtaleduk.printing.duk import duk_pdf, print_blank, print_duk

__all__ = ["duk_pdf", "print_blank", "print_duk"]
