"""`samtaleduk cases`, `case new|delete`, `meeting new`, `search`, `passphrase`:
the store from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import uuid
from typing import Any

from pydantic import ValidationError

from samtaleduk.cli.common import (
    NEW_PASSPHRASE_ENV,
    existing_store_folder,
    interactive,
    iso_date,
    model_error,
    new_passphrase,
    open_store,
    passphrase_from_env_or_prompt,
)
from samtaleduk.cli.localised import say
from samtaleduk.domain.model import Case, CaseKind, CaseStatus
from samtaleduk.messages import Message, msg
from samtaleduk.ops.cases import create_case, delete_case
from samtaleduk.ops.meetings import new_meeting
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.store.store import CaseSummary, Store
from samtaleduk.templates.continuation import continuation, installed_or_explain
from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.templates.model import Template


def register(sub: Any) -> None:
    p = sub.add_parser("cases", help=say("cli.help.cases"))
    p.add_argument("--json", action="store_true", help=say("cli.help.json"))
    p.add_argument("--status", choices=[s.value for s in CaseStatus],
                   help=say("cli.help.status"))
    p.set_defaults(handler=_cases)

    case = sub.add_parser("case", help=say("cli.help.case"))
    csub = case.add_subparsers(dest="case_command", required=True)
    new = csub.add_parser("new", help=say("cli.help.case_new"))
    new.add_argument("--name", required=True, metavar=say("cli.metavar.name"),
                     help=say("cli.help.case_name"))
    new.add_argument("--duk", required=True, metavar=say("cli.metavar.duk_id"),
                     help=say("cli.help.case_duk"))
    new.add_argument("--member", action="append", default=[], metavar=say("cli.metavar.name"),
                     help=say("cli.help.case_member"))
    new.add_argument("--lang", choices=["nn", "nb"], default="nn",
                     help=say("cli.help.case_language"))
    new.set_defaults(handler=_case_new)
    delete = csub.add_parser("delete", help=say("cli.help.case_delete"))
    delete.add_argument("case_id", metavar=say("cli.metavar.case_id"))
    delete.add_argument("--yes", action="store_true", help=say("cli.help.yes"))
    delete.set_defaults(handler=_case_delete)

    meeting = sub.add_parser("meeting", help=say("cli.help.meeting"))
    msub = meeting.add_subparsers(dest="meeting_command", required=True)
    mnew = msub.add_parser("new", help=say("cli.help.meeting_new"))
    mnew.add_argument("case_id", metavar=say("cli.metavar.case_id"))
    mnew.add_argument("--date", type=iso_date, help=say("cli.help.meeting_date"))
    mnew.add_argument("--blank", action="store_true", help=say("cli.help.blank"))
    mnew.set_defaults(handler=_meeting_new)

    search = sub.add_parser("search", help=say("cli.help.search"))
    search.add_argument("text", metavar=say("cli.metavar.text"))
    search.add_argument("--json", action="store_true", help=say("cli.help.json"))
    search.set_defaults(handler=_search)

    pw = sub.add_parser("passphrase", help=say("cli.help.passphrase"))
    pw.set_defaults(handler=_passphrase)


def _templates(args: argparse.Namespace) -> TemplateSet:
    return load_all(user_duker_dir(data_dir(args.data_dir)))


def _template(templates: TemplateSet, template_id: str) -> Template:
    # A broken file that declares the id is named with its problem (issue 14).
    return installed_or_explain(templates, template_id)


def _summary_json(s: CaseSummary) -> dict[str, Any]:
    return {
        "id": str(s.id), "name": s.name, "kind": s.kind.value, "status": s.status.value,
        "template_id": s.template_id, "members": s.members, "meeting_count": s.meeting_count,
        "last_meeting_date": _iso(s.last_meeting_date),
        "next_meeting_date": _iso(s.next_meeting_date), "open_actions": s.open_actions,
    }


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _cases(args: argparse.Namespace) -> int:
    status = CaseStatus(args.status) if args.status else None
    with open_store(args) as store:
        summaries = store.list_cases(status)
    if args.json:
        print(json.dumps({"cases": [_summary_json(s) for s in summaries]},
                         ensure_ascii=False, indent=2))
        return 0
    if not summaries:
        print(msg("cli.out.no_cases"))
    for s in summaries:
        kind = msg("cli.out.kind_family" if s.kind is CaseKind.FAMILY
                   else "cli.out.kind_individual")
        status_word = msg("cli.out.status_open" if s.status is CaseStatus.OPEN
                          else "cli.out.status_closed")
        meetings = (msg("cli.out.meetings_one") if s.meeting_count == 1
                    else msg("cli.out.meetings", count=s.meeting_count))
        nxt = msg("cli.out.next_meeting", date=str(s.next_meeting_date)) \
            if s.next_meeting_date else ""
        print(f"{s.id}  {s.name}  ({kind}, {status_word}, {meetings}{nxt})")
    return 0


def _case_new(args: argparse.Namespace) -> int:
    templates = _templates(args)
    template = _template(templates, args.duk)
    try:
        case = Case(
            name=args.name, kind=CaseKind(template.case_kind), template_id=template.id,
            members=list(args.member), language=args.lang,
        )
    except ValidationError as exc:
        raise model_error(exc) from None
    with open_store(args) as store:
        # One rule with new meetings and blank prints: the stored version wins.
        start = continuation(store, templates, case, None)
        if start.note:
            print(msg("cli.out.note", note=start.note), file=sys.stderr)
        create_case(store, case, start.template)
    print(case.id)
    return 0


def _case_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        case = store.find_case(args.case_id)
        if not args.yes and interactive():
            from samtaleduk.trust.deletion import deletion_text

            confirm = msg("cli.out.delete_confirm")
            answer = input(f"{deletion_text(case.language)} {confirm}")
            if answer.strip().lower() != str(msg("cli.out.delete_word")):
                print(msg("cli.out.nothing_deleted"))
                return 1
        result = delete_case(store, case.id).value
        if result.backup_problem:
            print(msg("cli.out.warning", problem=result.backup_problem), file=sys.stderr)
    print(msg("cli.out.case_deleted", case=str(case.id)))
    return 0


def _meeting_new(args: argparse.Namespace) -> int:
    templates = _templates(args)
    date = args.date or dt.date.today()
    with open_store(args) as store:
        case = store.find_case(args.case_id)
        previous = store.list_meetings(case.id)
        # The duk of the last meeting, never a silent fallback (issue 14).
        start = continuation(store, templates, case, previous[-1] if previous else None)
        template = start.template
        if start.note:
            print(msg("cli.out.note", note=start.note), file=sys.stderr)
        meeting = new_meeting(store, case, template, previous[-1] if previous else None,
                              date, carry=not args.blank).value
    print(meeting.id)
    return 0


HIT_KIND_WORDS: dict[str, Message] = {
    "case_name": msg("cli.out.hit.name"), "member": msg("cli.out.hit.name"),
    "participant": msg("cli.out.hit.participant"), "text": msg("cli.out.hit.text"),
    "note": msg("cli.out.hit.note"), "goal": msg("cli.out.hit.goal"),
    "action": msg("cli.out.hit.action"), "helper": msg("cli.out.hit.helper"),
    "consent": msg("cli.out.hit.consent"),
}
"""The search hit kinds in words for the plain output (--json keeps the kind ids)."""


def _search(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        hits = store.search(args.text)
        names = {s.id: s.name for s in store.list_cases()}
        numbers: dict[uuid.UUID, int] = {}
        for case_id in {h.case_id for h in hits}:
            numbers.update({m.id: m.number for m in store.meeting_summaries(case_id)})
    rows: list[dict[str, Any]] = [
        {
            "case_id": str(h.case_id), "case_name": names.get(h.case_id, ""),
            "meeting_id": str(h.meeting_id) if h.meeting_id else None,
            "meeting_number": numbers.get(h.meeting_id) if h.meeting_id else None,
            "kind": h.kind, "field_id": h.field_id,
            "item_id": str(h.item_id) if h.item_id else None, "text": h.snippet,
        }
        for h in hits
    ]
    if args.json:
        print(json.dumps({"hits": rows}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(msg("cli.out.nothing_found"))
    for r in rows:
        where = (msg("cli.out.hit_in_meeting", number=r["meeting_number"])
                 if r["meeting_number"] else msg("cli.out.hit_in_case"))
        kind = HIT_KIND_WORDS.get(r["kind"], r["kind"])
        print(f"{r['case_id'][:8]}  {r['case_name']} · {where} · {kind}: {r['text']}")
    return 0


def _passphrase(args: argparse.Namespace) -> int:
    folder = existing_store_folder(args)
    old = passphrase_from_env_or_prompt(prompt=str(msg("cli.out.passphrase_current")))
    new = new_passphrase(env=NEW_PASSPHRASE_ENV, prompt=str(msg("cli.out.passphrase_new")))
    with Store.open(folder, old) as store:
        store.change_passphrase(old, new)
    print(msg("cli.out.passphrase_changed"), file=sys.stderr)
    return 0

