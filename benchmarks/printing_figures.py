"""Printing figures: the demo family duk on A3, and a duk with 300 notes in one field.

The duk is measured against reportlab itself: the very strings the print carries
(taken from the print once, outside the timing), measured and drawn one under the
other on one A3 page in the same embedded font, with no layout at all. The ratio says what the
layout (grid, fitting, wrapping, follow-on pages) costs on top of writing a PDF.
Both build the PDF in memory; the atomic file write adds one fsync to either.
"""

from __future__ import annotations

import io

from benchmarks.harness import Context, Figure, interleaved_ms, median_ms
from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Meeting, Note
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template

BIG_FIELD_NOTES = 300


def _printed_strings(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [line for page in reader.pages for line in page.extract_text().splitlines()
            if line.strip()]


def _plain_pdf(lines: list[str]) -> bytes:
    """The baseline: `lines` measured and wrapped to a column (`simpleSplit`, which
    measures every word) and drawn in columns on one A3 landscape page."""
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    from samtaleduk.printing.fonts import REGULAR, register_fonts

    register_fonts()
    width, height = landscape(A3)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    c.setFont(REGULAR, 7)
    x, y = 20.0, height - 20
    for text in lines:
        for line in simpleSplit(text, REGULAR, 7, width / 4 - 10):
            c.drawString(x, y, line)
            y -= 9
            if y < 20:
                x, y = x + width / 4, height - 20
    c.showPage()
    c.save()
    return buf.getvalue()


def family_duk_a3(ctx: Context) -> list[Figure]:
    """duk_pdf of the demo family's last meeting (A3) vs drawing its strings plainly."""
    from samtaleduk.printing import duk_pdf

    case, meetings = demo_cases()[0]
    meeting = meetings[-1]
    template = load_all().get(meeting.template_id)
    lines = _printed_strings(duk_pdf(meeting, case, template, paper="a3"))

    value, base = interleaved_ms(lambda: duk_pdf(meeting, case, template, paper="a3"),
                                 lambda: _plain_pdf(lines), ctx.repeats * 2)
    return [Figure(
        name="print the demo family duk to PDF, A3", value=value, unit="ms", baseline=base,
        target="≤ 3×", target_ratio=3.0,
        note=f"baseline: reportlab measuring (simpleSplit) and drawing the same {len(lines)} "
             "lines on one A3 page without layout (both in memory)")]


def _big_field_meeting(template: Template) -> Meeting:
    case, meetings = demo_cases()[0]
    meeting = meetings[-1].model_copy(deep=True)
    field = template.fields_of_kind(FieldKind.NOTES)[0].id
    meeting.field(field).notes += [
        Note(text=f"Notat {i}: kvardagen går betre når vi et frukost saman før skulen")
        for i in range(BIG_FIELD_NOTES)]
    return meeting


def big_duk(ctx: Context) -> list[Figure]:
    """duk_pdf (A3) of a meeting with 300 extra notes in one field: follow-on pages."""
    from samtaleduk.printing import duk_pdf

    case, _ = demo_cases()[0]
    template = load_all().get(case.template_id)
    meeting = _big_field_meeting(template)
    value = median_ms(lambda: duk_pdf(meeting, case, template, paper="a3"),
                      max(3, ctx.repeats // 2))
    return [Figure(
        name=f"print a duk with {BIG_FIELD_NOTES} notes in one field, A3", value=value,
        unit="ms", target="report ms",
        note="built in the print dialog's worker thread; the preview waits this long")]
