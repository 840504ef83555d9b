"""`samtaleduk minutes`: the minutes of a meeting for the record system, as text on
stdout (or `--json` for the data, `--out FILE` for a text file)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from samtaleduk.cli.localised import say
from samtaleduk.errors import UserError
from samtaleduk.messages import msg


def register(sub: Any) -> None:
    p = sub.add_parser(
        "minutes", help=say("cli.help.minutes"),
        description=str(msg("cli.help.minutes_description",
                            example="samtaleduk minutes 1a2b | xclip")),
    )
    p.add_argument("case", metavar=say("cli.metavar.case_id"), help=say("cli.help.case_ref"))
    p.add_argument("--meeting", type=int, metavar="N", help=say("cli.help.meeting_number"))
    p.add_argument("--lang", choices=("nn", "nb", "en"), help=say("cli.help.written_language"))
    p.add_argument("--json", action="store_true", help=say("cli.help.minutes_json"))
    p.add_argument("--out", type=Path, metavar=say("cli.metavar.file"),
                   help=say("cli.help.minutes_out"))
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
        print(msg("cli.out.wrote", path=str(out)))
    else:
        print(text, end="")
    return 0
