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
from samtaleduk.messages import msg
from samtaleduk.ops.audit import case_printed
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.templates.model import Template

WHATS = ("duk", "evaluation", "actions", "journey", "invitation")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "print", help=say("cli.help.print"),
        description=str(msg("cli.help.print_description", example=(
            "samtaleduk print 1a2b --what actions --out tiltak.pdf · "
            "samtaleduk print --blank familie --out tom.pdf"))),
    )
    p.add_argument("case", nargs="?", metavar=say("cli.metavar.case_id"),
                   help=say("cli.help.case_ref"))
    p.add_argument("--blank", metavar=say("cli.metavar.duk_id"), help=say("cli.help.print_blank"))
    p.add_argument("--meeting", type=int, metavar="N", help=say("cli.help.print_meeting"))
    p.add_argument("--what", choices=WHATS, default="duk", help=say("cli.help.print_what"))
    p.add_argument("--paper", choices=("a3", "a4"), help=say("cli.help.print_paper"))
    p.add_argument("--lang", choices=("nn", "nb", "en"), help=say("cli.help.print_lang"))
    p.add_argument("--leave-out", nargs="+", action="extend", default=[], metavar="ID",
                   help=say("cli.help.leave_out"))
    p.add_argument("--out", required=True, type=Path, metavar=say("cli.metavar.file"),
                   help=say("cli.help.pdf_file"))
    inv = p.add_argument_group(say("cli.help.invitation_group"))
    inv.add_argument("--date", metavar=say("cli.metavar.date"),
                     help=say("cli.help.invitation_date"))
    inv.add_argument("--time", metavar=say("cli.metavar.time"), default="",
                     help=say("cli.help.invitation_time"))
    inv.add_argument("--place", default="", metavar=say("cli.metavar.text"),
                     help=say("cli.help.invitation_place"))
    inv.add_argument("--contact", default="", metavar=say("cli.metavar.text"),
                     help=say("cli.help.invitation_contact"))
    inv.add_argument("--ics", type=Path, metavar=say("cli.metavar.file"),
                     help=say("cli.help.invitation_ics"))
    inv.add_argument("--length", type=int, default=90, metavar="MIN",
                     help=say("cli.help.invitation_length"))
    inv.add_argument("--name-in-calendar", action="store_true",
                     help=say("cli.help.name_in_calendar"))
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
            print(msg("cli.out.note", note=drift.message()), file=sys.stderr)
        out = printing.print_blank(template, args.out, paper=args.paper or "a3",
                                   lang=args.lang or "nn")
        print(msg("cli.out.wrote", path=str(out)))
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
    print(msg("cli.out.wrote", path=str(out)))
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
        print(msg("cli.out.wrote", path=str(ics)))
    return print_invitation(letter, args.out, paper=args.paper or "a4")


def _pick(meetings: list[Meeting], number: int | None) -> Meeting:
    if number is None:
        return meetings[-1]
    for m in meetings:
        if m.number == number:
            return m
    raise UserError("cli.no_meeting_number", number=number,
                    numbers=", ".join(str(m.number) for m in meetings))
