"""`samtaleduk print`: the duk, the evaluation report, the action list or the case
journey as a PDF; `samtaleduk print --blank TEMPLATE` for a blank duk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from samtaleduk.domain.model import Meeting
from samtaleduk.errors import UserError
from samtaleduk.ops.audit import case_printed
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.templates.model import Template

WHATS = ("duk", "evaluation", "actions", "journey")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "print", help="skriv ut ein duk, ei evaluering, tiltakslista eller vegen saka har gått som PDF",
        description="Skriv ut som PDF. Døme: samtaleduk print 1a2b --what actions --out "
                    "tiltak.pdf · samtaleduk print --blank familie --out tom.pdf",
    )
    p.add_argument("case", nargs="?", metavar="CASE", help="saks-id (eller starten av han)")
    p.add_argument("--blank", metavar="TEMPLATE", help="skriv ut ein tom duk (mal-id)")
    p.add_argument("--meeting", type=int, metavar="N",
                   help="møtenummer (standard: det siste); evaluering: møte N-1 mot N")
    p.add_argument("--what", choices=WHATS, default="duk",
                   help="duk (standard), evaluation, actions eller journey")
    p.add_argument("--paper", choices=("a3", "a4"),
                   help="papir: a3 (standard for duken) eller a4 (standard for rapportane)")
    p.add_argument("--lang", choices=("nn", "nb"), help="målform (standard: saka si)")
    p.add_argument("--leave-out", nargs="+", action="extend", default=[], metavar="ID",
                   help="livsområde eller felt som skal utelatast, t.d. rus psykisk_helse "
                        "(skriv CASE før --leave-out)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="PDF-fila")
    p.set_defaults(handler=_print)


def _templates(args: argparse.Namespace) -> TemplateSet:
    return load_all(user_duker_dir(data_dir(args.data_dir)))


def _installed(templates: TemplateSet, template_id: str) -> Template:
    try:
        return templates.get(template_id)
    except KeyError:
        from samtaleduk.templates.continuation import installed_or_explain

        installed_or_explain(templates, template_id)  # names a broken file
        raise UserError("cli.no_duk", duk=template_id) from None


def _leave_out(args: argparse.Namespace) -> list[str]:
    return [part for item in args.leave_out for part in item.split(",") if part.strip()]


def _print(args: argparse.Namespace) -> int:
    from samtaleduk import printing

    if args.blank:
        if args.case:
            raise UserError("cli.case_or_blank")
        templates = _templates(args)
        _installed(templates, args.blank)
        # The same duk new meetings get (issue 14): the stored version wins.
        from samtaleduk.cli.duk_store import blank_template

        template, drift = blank_template(args, templates, args.blank)
        if drift is not None:
            print(f"Merk: {drift.message()}", file=sys.stderr)
        out = printing.print_blank(template, args.out, paper=args.paper or "a3",
                                   lang=args.lang or "nn")
        print(f"Skreiv {out}")
        return 0
    if not args.case:
        raise UserError("cli.print_what")
    from samtaleduk.cli.common import open_store

    templates = _templates(args)
    with open_store(args) as store:
        case = store.find_case(args.case)
        meetings = store.list_meetings(case.id)
        if not meetings:
            raise UserError("cli.no_meetings_to_print")

        def template_of(m: Meeting) -> Template:
            # The template the meeting was written with, if the store kept it.
            snap = store.template_snapshot(m.template_id, m.template_version)
            return snap if snap is not None else _installed(templates, m.template_id)

        chosen = _pick(meetings, args.meeting)
        common: dict[str, Any] = {"lang": args.lang, "leave_out": _leave_out(args)}
        if args.what == "duk":
            out = printing.print_duk(chosen, case, template_of(chosen), args.out,
                                     paper=args.paper or "a3", **common)
        elif args.what == "actions":
            out = printing.print_actions(chosen, case, template_of(chosen), args.out,
                                         paper=args.paper or "a4", **common)
        elif args.what == "evaluation":
            index = meetings.index(chosen)
            if index == 0:
                raise UserError("cli.evaluation_needs_earlier")
            old = meetings[index - 1]
            out = printing.print_evaluation(old, chosen, case, template_of(old),
                                            template_of(chosen), args.out,
                                            paper=args.paper or "a4", **common)
        else:
            upto = meetings[: meetings.index(chosen) + 1]
            out = printing.print_journey(case, upto, [template_of(m) for m in upto], args.out,
                                         paper=args.paper or "a4", **common)
        case_printed(store, case.id)  # audit: that, never what
    print(f"Skreiv {out}")
    return 0


def _pick(meetings: list[Meeting], number: int | None) -> Meeting:
    if number is None:
        return meetings[-1]
    for m in meetings:
        if m.number == number:
            return m
    raise UserError("cli.no_meeting_number", number=number,
                    numbers=", ".join(str(m.number) for m in meetings))
