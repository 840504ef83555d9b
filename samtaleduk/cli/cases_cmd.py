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
from samtaleduk.domain.model import Case, CaseKind, CaseStatus
from samtaleduk.ops.cases import create_case, delete_case
from samtaleduk.ops.meetings import new_meeting
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.store.store import CaseSummary, Store
from samtaleduk.templates.continuation import continuation, installed_or_explain
from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.templates.model import Template


def register(sub: Any) -> None:
    p = sub.add_parser("cases", help="vis alle sakene")
    p.add_argument("--json", action="store_true", help="maskinlesbar utdata")
    p.add_argument("--status", choices=[s.value for s in CaseStatus], help="berre opne eller avslutta")
    p.set_defaults(handler=_cases)

    case = sub.add_parser("case", help="lag eller slett ei sak")
    csub = case.add_subparsers(dest="case_command", metavar="COMMAND", required=True)
    new = csub.add_parser("new", help="lag ei ny sak (skriv ut id-en)")
    new.add_argument("--name", required=True, help="namnet på saka, t.d. «Familien Nordmann»")
    new.add_argument("--duk", required=True, metavar="TEMPLATE_ID", help="kva duk saka brukar")
    new.add_argument("--member", action="append", default=[], metavar="NAME",
                     help="eit familiemedlem (kan gjentakast)")
    new.add_argument("--lang", choices=["nn", "nb"], default="nn", help="målform for saka")
    new.set_defaults(handler=_case_new)
    delete = csub.add_parser("delete", help="slett ei sak for godt, med alle møte og revisjonar")
    delete.add_argument("case_id", metavar="CASE_ID")
    delete.add_argument("--yes", action="store_true", help="ikkje spør om stadfesting")
    delete.set_defaults(handler=_case_delete)

    meeting = sub.add_parser("meeting", help="lag eit nytt møte i ei sak")
    msub = meeting.add_subparsers(dest="meeting_command", metavar="COMMAND", required=True)
    mnew = msub.add_parser("new", help="nytt møte, ført vidare frå det førre (skriv ut id-en)")
    mnew.add_argument("case_id", metavar="CASE_ID")
    mnew.add_argument("--date", type=iso_date, help="datoen for møtet (ÅÅÅÅ-MM-DD), elles i dag")
    mnew.add_argument("--blank", action="store_true", help="start med ein tom duk")
    mnew.set_defaults(handler=_meeting_new)

    search = sub.add_parser("search", help="søk i namn, notat, mål, tiltak og hjelparar")
    search.add_argument("text")
    search.add_argument("--json", action="store_true", help="maskinlesbar utdata")
    search.set_defaults(handler=_search)

    pw = sub.add_parser("passphrase", help="byt passordfrase for lageret")
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
        print("Ingen saker enno. Lag ei med «samtaleduk case new».")
    for s in summaries:
        kind = "familie" if s.kind is CaseKind.FAMILY else "individuell"
        status_word = "open" if s.status is CaseStatus.OPEN else "avslutta"
        nxt = f", neste møte {s.next_meeting_date}" if s.next_meeting_date else ""
        print(f"{s.id}  {s.name}  ({kind}, {status_word}, {s.meeting_count} møte{nxt})")
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
            print(f"Merk: {start.note}", file=sys.stderr)
        create_case(store, case, start.template)
    print(case.id)
    return 0


def _case_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        case = store.find_case(args.case_id)
        if not args.yes and interactive():
            from samtaleduk.trust.deletion import deletion_text

            answer = input(f"{deletion_text(case.language)} "
                           "Skriv «slett» for å halda fram: ")
            if answer.strip().lower() != "slett":
                print("Ingenting er sletta.")
                return 1
        result = delete_case(store, case.id).value
        if result.backup_problem:
            print(f"Åtvaring: {result.backup_problem}", file=sys.stderr)
    print(f"Saka {case.id} er sletta.")
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
            print(f"Merk: {start.note}", file=sys.stderr)
        meeting = new_meeting(store, case, template, previous[-1] if previous else None,
                              date, carry=not args.blank).value
    print(meeting.id)
    return 0


HIT_KIND_WORDS = {
    "case_name": "namn", "member": "namn", "participant": "deltakar", "text": "tekst",
    "note": "notat", "goal": "mål", "action": "tiltak", "helper": "hjelpar",
    "consent": "samtykke",
}
"""The search hit kinds in nynorsk for the plain output (--json keeps the kind ids)."""


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
        print("Fann ingenting.")
    for r in rows:
        where = f"møte {r['meeting_number']}" if r["meeting_number"] else "saka"
        kind = HIT_KIND_WORDS.get(r["kind"], r["kind"])
        print(f"{r['case_id'][:8]}  {r['case_name']} · {where} · {kind}: {r['text']}")
    return 0


def _passphrase(args: argparse.Namespace) -> int:
    folder = existing_store_folder(args)
    old = passphrase_from_env_or_prompt(prompt="Noverande passordfrase: ")
    new = new_passphrase(env=NEW_PASSPHRASE_ENV, prompt="Ny passordfrase: ")
    with Store.open(folder, old) as store:
        store.change_passphrase(old, new)
    print("Passordfrasa er bytt.", file=sys.stderr)
    return 0

