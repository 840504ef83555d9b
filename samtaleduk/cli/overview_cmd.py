"""`samtaleduk overview [--json] [--pdf FILE]`: my cases now, over every open case."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from samtaleduk.cli.common import iso_date, open_store
from samtaleduk.cli.localised import say
from samtaleduk.messages import language
from samtaleduk.overview.build import Item, Overview, Section, read
from samtaleduk.overview.words import w, when, where


def register(sub: Any) -> None:
    p = sub.add_parser("overview", help=say("cli.help.overview"))
    p.add_argument("--json", action="store_true", help=say("cli.help.json"))
    p.add_argument("--today", type=iso_date, metavar=say("cli.metavar.iso_date"),
                   help=say("cli.help.overview_today"))
    p.add_argument("--pdf", type=Path, metavar=say("cli.metavar.file"),
                   help=say("cli.help.overview_pdf"))
    p.add_argument("--lang", choices=["nn", "nb", "en"], default=None,
                   help=say("cli.help.overview_lang"))
    p.set_defaults(handler=_overview)


def _item_json(item: Item) -> dict[str, Any]:
    return {
        "case_id": item.case_id, "case_name": item.case_name,
        "meeting_id": item.meeting_id, "meeting_number": item.meeting_number,
        "field_id": item.field_id, "item_id": item.item_id,
        "text": item.text, "who": item.who,
        "date": item.date.isoformat() if item.date else None, "days": item.days,
    }


def overview_json(overview: Overview) -> dict[str, Any]:
    """The overview as plain JSON values (every section, empty ones too)."""
    return {
        "today": overview.today.isoformat(), "open_cases": overview.open_cases,
        "sections": {s.value: [_item_json(i) for i in overview.sections[s]] for s in Section},
    }


def overview_text(overview: Overview, lang: str = "nn") -> str:
    """The overview as lines for a terminal."""
    lines = [w("title", lang) + " · " + w("subtitle", lang, n=overview.open_cases,
                                         date=overview.today.strftime("%d.%m.%Y"))]
    for part in Section:
        items = overview.sections[part]
        lines += ["", f"{w(part, lang)} ({len(items)})"]
        for item in items:
            bits = [when(item, lang), item.text, item.who, where(item, lang)]
            lines.append("  " + " · ".join(b for b in bits if b))
    return "\n".join(lines)


def _overview(args: argparse.Namespace) -> int:
    today = args.today or dt.date.today()
    with open_store(args) as store:
        overview = read(store, today)
        if args.pdf is not None:
            from samtaleduk.ops.audit import overview_printed
            from samtaleduk.printing.overview import print_overview

            print_overview(overview, args.pdf, lang=args.lang or language())
            overview_printed(store)  # that, never what
    if args.json:
        print(json.dumps(overview_json(overview), ensure_ascii=False, indent=2))
    elif args.pdf is None:
        print(overview_text(overview, args.lang or language()))
    return 0
