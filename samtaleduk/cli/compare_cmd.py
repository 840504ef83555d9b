"""`samtaleduk compare CASE [--from N] [--to M] [--json] [--lang nn|nb]`: what has
been done, what remains and what has changed between two meetings of a case."""

from __future__ import annotations

import argparse
import json
from typing import Any

from samtaleduk.cli.localised import say
from samtaleduk.domain.model import Meeting
from samtaleduk.domain.vocab import SUMMARY_HEADINGS, word
from samtaleduk.errors import UserError
from samtaleduk.evaluation import SUMMARY_KEYS, compare_meetings, format_date, summary_lines
from samtaleduk.messages import msg
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.templates.model import Template

_MEETING = {"nn": "Møte {n} ({date})", "nb": "Møte {n} ({date})"}
_NOTHING = {"nn": "ingenting", "nb": "ingenting"}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "compare", help=say("cli.help.compare"),
        description=str(msg("cli.help.compare_description",
                            example="samtaleduk compare 1a2b --from 1 --to 3")),
    )
    p.add_argument("case", metavar=say("cli.metavar.case_id"), help=say("cli.help.case_ref"))
    p.add_argument("--from", dest="from_number", type=int, metavar="N",
                   help=say("cli.help.compare_from"))
    p.add_argument("--to", dest="to_number", type=int, metavar="M",
                   help=say("cli.help.compare_to"))
    p.add_argument("--json", action="store_true", help=say("cli.help.json"))
    p.add_argument("--lang", choices=("nn", "nb"), help=say("cli.help.written_language"))
    p.set_defaults(handler=_compare)


def _compare(args: argparse.Namespace) -> int:
    from samtaleduk.cli.common import open_store

    installed = load_all(user_duker_dir(data_dir(args.data_dir)))
    with open_store(args) as store:
        case = store.find_case(args.case)
        meetings = store.list_meetings(case.id)
        old, new = _pick(meetings, args.from_number, args.to_number)

        def template_of(m: Meeting) -> Template:
            # The template the meeting was written with, if the store kept it.
            snap = store.template_snapshot(m.template_id, m.template_version)
            return snap if snap is not None else _installed(installed, m.template_id)

        comparison = compare_meetings(old, new, template_of(old), template_of(new))
    lang = args.lang or case.language
    lines = summary_lines(comparison, lang)
    if args.json:
        print(json.dumps({
            "case_id": str(case.id),
            "from": old.number,
            "to": new.number,
            "lang": lang,
            "summary": lines,
            "comparison": comparison.model_dump(mode="json"),
        }, ensure_ascii=False, indent=2))
        return 0
    print(" → ".join(_MEETING[lang].format(n=m.number, date=format_date(m.date))
                     for m in (old, new)))
    for key in SUMMARY_KEYS:
        print()
        print(word(SUMMARY_HEADINGS, key, lang))
        for line in lines[key] or [f"({_NOTHING[lang]})"]:
            print(f"  · {line}")
    return 0


def _pick(meetings: list[Meeting], from_number: int | None,
          to_number: int | None) -> tuple[Meeting, Meeting]:
    """The two meetings to compare; by default the last two."""
    if len(meetings) < 2:
        raise UserError("cli.compare_needs_two")
    by_number = {m.number: m for m in meetings}
    numbers = ", ".join(str(n) for n in by_number)

    def get(number: int) -> Meeting:
        try:
            return by_number[number]
        except KeyError:
            raise UserError("cli.no_meeting_number", number=number,
                            numbers=numbers) from None

    new = meetings[-1] if to_number is None else get(to_number)
    if from_number is None:
        earlier = [m for m in meetings if m.number < new.number]
        if not earlier:
            raise UserError("cli.no_meeting_before", number=new.number)
        old = earlier[-1]
    else:
        old = get(from_number)
    return old, new


def _installed(templates: TemplateSet, template_id: str) -> Template:
    try:
        return templates.get(template_id)
    except KeyError:
        raise UserError("cli.no_duk", duk=template_id) from None
