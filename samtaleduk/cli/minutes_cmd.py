"""`samtaleduk minutes`: the minutes of a meeting for the record system, as text on
stdout (or `--json` for the data, `--out FILE` for a text file)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from samtaleduk.cli.localised import say
from samtaleduk.errors import UserError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "minutes", help=say("cli.help.minutes"),
        description="Eit kort referat av eit møte: kven var der, mål, tiltak, samtykke og "
                    "neste møte. Døme: samtaleduk minutes 1a2b | xclip",
    )
    p.add_argument("case", metavar="CASE", help="saks-id (eller starten av han)")
    p.add_argument("--meeting", type=int, metavar="N", help="møtenummer (standard: det siste)")
    p.add_argument("--lang", choices=("nn", "nb", "en"), help="målform (standard: saka si)")
    p.add_argument("--json", action="store_true", help="dataa som JSON")
    p.add_argument("--out", type=Path, metavar="FILE", help="skriv teksten til ei fil")
    p.set_defaults(handler=_minutes)


def _minutes(args: argparse.Namespace) -> int:
    from samtaleduk.cli.common import open_store
    from samtaleduk.cli.print_cmd import _installed, _pick, _templates
    from samtaleduk.letters.minutes import build_minutes
    from samtaleduk.ops.audit import case_viewed

    templates = _templates(args)
    with open_store(args) as store:
        case = store.find_case(args.case)
        meetings = store.list_meetings(case.id)
        if not meetings:
            raise UserError("cli.no_meetings_yet")
        meeting = _pick(meetings, args.meeting)
        snap = store.template_snapshot(meeting.template_id, meeting.template_version)
        template = snap if snap is not None else _installed(templates, meeting.template_id)
        minutes = build_minutes(case, meeting, template, lang=args.lang)
        case_viewed(store, case.id)  # audit: that, never what
    if args.json:
        text = json.dumps(minutes.as_json(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = minutes.text()
    if args.out is not None:
        from samtaleduk.printing.atomic import write_atomically

        out = write_atomically(args.out, text.encode("utf-8"))
        print(f"Skreiv {out}")
    else:
        print(text, end="")
    return 0
