"""`samtaleduk print`: the duk, the evaluation report, the action list, the case
journey or the invitation to the next meeting as a PDF (the invitation also as a
calendar file, `--ics`); `samtaleduk print --blank TEMPLATE` for a blank duk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from samtaleduk.cli.localised import say
from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.ops.audit import case_printed
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.templates.model import Template

WHATS = ("duk", "evaluation", "actions", "journey", "invitation")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "print", help=say("cli.help.print"),
        description="Skriv ut som PDF. Døme: samtaleduk print 1a2b --what actions --out "
                    "tiltak.pdf · samtaleduk print --blank familie --out tom.pdf",
    )
    p.add_argument("case", nargs="?", metavar="CASE", help="saks-id (eller starten av han)")
    p.add_argument("--blank", metavar="TEMPLATE", help="skriv ut ein tom duk (mal-id)")
    p.add_argument("--meeting", type=int, metavar="N",
                   help="møtenummer (standard: det siste); evaluering: møte N-1 mot N")
    p.add_argument("--what", choices=WHATS, default="duk",
                   help="duk (standard), evaluation, actions, journey eller invitation "
                        "(innkalling til neste møte)")
    p.add_argument("--paper", choices=("a3", "a4"),
                   help="papir: a3 (standard for duken) eller a4 (standard for rapportane)")
    p.add_argument("--lang", choices=("nn", "nb", "en"),
                   help="målform (standard: saka si); en: engelsk")
    p.add_argument("--leave-out", nargs="+", action="extend", default=[], metavar="ID",
                   help="livsområde eller felt som skal utelatast, t.d. rus psykisk_helse "
                        "(skriv CASE før --leave-out)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="PDF-fila")
    inv = p.add_argument_group("innkallinga (--what invitation)")
    inv.add_argument("--date", metavar="DD.MM.ÅÅÅÅ",
                     help="datoen for møtet (standard: datoen i neste steg)")
    inv.add_argument("--time", metavar="TT.MM", default="", help="klokkeslett, t.d. 13.00")
    inv.add_argument("--place", default="", metavar="TEKST", help="staden for møtet")
    inv.add_argument("--contact", default="", metavar="TEKST",
                     help="kontaktlinja di (standard: familielosen i saka)")
    inv.add_argument("--ics", type=Path, metavar="FILE",
                     help="skriv òg ei kalenderfil (.ics) for din eigen kalender")
    inv.add_argument("--length", type=int, default=90, metavar="MIN",
                     help="kor lenge møtet varer i kalenderen (standard 90 minutt)")
    inv.add_argument("--name-in-calendar", action="store_true",
                     help="namnet på saka som tittel i kalenderen (standard: berre «Møte»)")
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
    if args.what != "invitation" and (args.ics or args.date or args.time or args.place
                                      or args.contact or args.name_in_calendar):
        raise UserError("cli.invitation_options_only")
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
        elif args.what == "invitation":
            out = _invitation(args, case, chosen, template_of(chosen))
        else:
            upto = meetings[: meetings.index(chosen) + 1]
            out = printing.print_journey(case, upto, [template_of(m) for m in upto], args.out,
                                         paper=args.paper or "a4", **common)
        case_printed(store, case.id)  # audit: that, never what
    print(f"Skreiv {out}")
    return 0


def _invitation(args: argparse.Namespace, case: Case, meeting: Meeting,
                template: Template) -> Path:
    """The invitation after `meeting` as PDF (and, with --ics, its calendar file)."""
    import datetime as dt

    from samtaleduk.domain.dates import parse_norwegian_date
    from samtaleduk.letters.invitation import InvitationDetails, build_invitation, parse_time
    from samtaleduk.printing.invitation import print_invitation

    date = parse_norwegian_date(args.date, dt.date.today()) if args.date else None
    if args.date and date is None:
        raise UserError("cli.not_a_date", text=args.date)
    details = InvitationDetails(date=date, time=parse_time(args.time), place=args.place,
                                contact=args.contact)
    letter = build_invitation(case, meeting, template, details, lang=args.lang)
    if args.ics is not None:
        if letter.date is None:
            raise UserError("cli.calendar_needs_date")
        from samtaleduk.letters.calendar import CalendarEvent, calendar_file
        from samtaleduk.printing.atomic import write_atomically

        event = CalendarEvent(meeting.id, letter.date, letter.time, args.length, letter.place,
                              case.name if args.name_in_calendar else "")
        ics = write_atomically(args.ics, calendar_file(event, letter.lang))
        print(f"Skreiv {ics}")
    return print_invitation(letter, args.out, paper=args.paper or "a4")


def _pick(meetings: list[Meeting], number: int | None) -> Meeting:
    if number is None:
        return meetings[-1]
    for m in meetings:
        if m.number == number:
            return m
    raise UserError("cli.no_meeting_number", number=number,
                    numbers=", ".join(str(m.number) for m in meetings))
