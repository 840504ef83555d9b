"""The report as CSV, JSON and plain text. Each writes only counts (a number or
"< 5"), medians and the words of the report and the duk: the report holds nothing else."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from samtaleduk.domain.vocab import format_date
from samtaleduk.pilot.model import Median, PilotReport, Table, say
from samtaleduk.pilot.words import w

FORMAT = "samtaleduk-pilot-report"
VERSION = 1


def median_text(m: Median, lang: str) -> str:
    """"57 days", or "too few to show" when fewer than 5 values lie under it."""
    return w("too_few", lang) if m.days is None else w("days", lang, n=m.days)


def to_csv(report: PilotReport, lang: str) -> str:
    """One line per count (long format, for a spreadsheet's pivot table): table, row,
    column, each as key and label, and the value; then the medians."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["from", "to", "table", "table_label", "row", "row_label", "column",
                     "column_label", "value"])
    period = [report.start.isoformat(), report.end.isoformat()]
    for t in report.tables:
        for r in t.rows:
            for c in t.columns:
                writer.writerow([*period, t.key, say(t.title, lang), r.key, say(r.label, lang),
                                 c.key, say(c.label, lang), t.count(r.key, c.key).text()])
    for m in report.medians:
        writer.writerow([*period, "medians", "", m.key, say(m.label, lang), "days", "",
                         "" if m.days is None else m.days])
        writer.writerow([*period, "medians", "", m.key, say(m.label, lang), "n", "",
                         m.n.text()])
    return out.getvalue()


def to_json(report: PilotReport, lang: str) -> dict[str, Any]:
    """The report as a JSON object: counts as numbers, or "< 5"."""
    return {
        "format": FORMAT, "version": VERSION, "lang": lang,
        "from": report.start.isoformat(), "to": report.end.isoformat(),
        "tables": [_table_json(t, lang) for t in report.tables],
        "medians": [{"key": m.key, "label": say(m.label, lang), "n": m.n.json(),
                     "days": m.days} for m in report.medians],
    }


def _table_json(t: Table, lang: str) -> dict[str, Any]:
    return {
        "key": t.key, "title": say(t.title, lang),
        "columns": [{"key": c.key, "label": say(c.label, lang)} for c in t.columns],
        "rows": [{"key": r.key, "label": say(r.label, lang),
                  "values": {c.key: t.count(r.key, c.key).json() for c in t.columns}}
                 for r in t.rows],
    }


def dumps(report: PilotReport, lang: str) -> str:
    return json.dumps(to_json(report, lang), ensure_ascii=False, indent=2)


def to_text(report: PilotReport, lang: str) -> str:
    """The report as aligned plain text (the command line; the golden test)."""
    lines = [w("title", lang),
             w("subtitle", lang, start=format_date(report.start), end=format_date(report.end)),
             ""]
    for t in report.tables:
        lines.append(say(t.title, lang))
        if not t.rows or not t.columns:
            lines += [f"  {w('nothing', lang)}", ""]
            continue
        head = [say(c.label, lang) for c in t.columns]
        body = [[say(r.label, lang), *(t.count(r.key, c.key).text() for c in t.columns)]
                for r in t.rows]
        width0 = max(len(row[0]) for row in body)
        widths = [max(len(h), *(len(row[i + 1]) for row in body)) for i, h in enumerate(head)]
        lines.append("  " + " " * width0 + "".join(f"  {h:>{n}}" for h, n in zip(
            head, widths, strict=True)))
        for row in body:
            lines.append("  " + f"{row[0]:<{width0}}" + "".join(
                f"  {v:>{n}}" for v, n in zip(row[1:], widths, strict=True)))
        if t.note is not None:
            lines.append(f"  ({say(t.note, lang)})")
        lines.append("")
    for m in report.medians:
        lines.append(f"{say(m.label, lang)}: {median_text(m, lang)} ({w('n', lang)} {m.n.text()})")
    lines += ["", w("definitions", lang)]
    return "\n".join(lines) + "\n"
