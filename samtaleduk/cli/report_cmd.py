"""`samtaleduk report --from YYYY-MM-DD --to YYYY-MM-DD [--json] [--csv FILE]
[--pdf FILE] [--lang nn|nb|en]`: the pilot's figures ("Gevinstmåling") for a
period, anonymous, as text, JSON, CSV or PDF (docs/pilot-figures.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from samtaleduk.cli.localised import say
from samtaleduk.errors import UserError
from samtaleduk.messages import language, msg


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report", help=say("cli.help.report"),
        description=str(msg("cli.help.report_description", example=(
            "samtaleduk report --from 2026-01-01 --to 2026-12-31 --pdf gevinst.pdf "
            "--csv gevinst.csv"))),
    )
    p.add_argument("--from", dest="start", required=True, metavar=say("cli.metavar.iso_date"),
                   help=say("cli.help.report_from"))
    p.add_argument("--to", dest="end", required=True, metavar=say("cli.metavar.iso_date"),
                   help=say("cli.help.report_to"))
    p.add_argument("--json", action="store_true", help=say("cli.help.json"))
    p.add_argument("--csv", type=Path, metavar=say("cli.metavar.file"),
                   help=say("cli.help.report_csv"))
    p.add_argument("--pdf", type=Path, metavar=say("cli.metavar.file"),
                   help=say("cli.help.report_pdf"))
    p.add_argument("--lang", choices=("nn", "nb", "en"), default=None,
                   help=say("cli.help.report_lang"))
    p.set_defaults(handler=_report)


def _day(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError("cli.iso_date_needed", option=what) from None


def _report(args: argparse.Namespace) -> int:
    from samtaleduk.cli.common import open_store
    from samtaleduk.pilot import pilot_report
    from samtaleduk.pilot.tables import dumps, to_csv, to_text

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    lang = args.lang or language()
    with open_store(args) as store:
        report = pilot_report(store, start, end)
    if args.csv is not None:
        from samtaleduk.printing.atomic import write_atomically

        written = write_atomically(args.csv, to_csv(report, lang).encode("utf-8-sig"))
        print(msg("cli.out.wrote", path=str(written)), file=sys.stderr)
    if args.pdf is not None:
        from samtaleduk.printing.pilot_report import write_pilot_pdf

        written = write_pilot_pdf(report, lang, args.pdf)
        print(msg("cli.out.wrote", path=str(written)), file=sys.stderr)
    if args.json:
        print(dumps(report, lang))
    elif args.csv is None and args.pdf is None:
        print(to_text(report, lang), end="")
    return 0
