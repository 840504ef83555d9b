"""`samtaleduk duker list|check`: the duk templates."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from samtaleduk import duker
from samtaleduk.cli.duk_store import drift_in_store, file_drift, unchecked_hint
from samtaleduk.duk_identity import content_hash
from samtaleduk.paths import data_dir, user_duker_dir


def register(sub: Any) -> None:
    p = sub.add_parser("duker", help="vis og sjekk dukane (malane)")
    dsub = p.add_subparsers(dest="duker_command", metavar="COMMAND", required=True)
    lst = dsub.add_parser("list", help="vis alle dukane, på nynorsk og bokmål")
    lst.add_argument("--json", action="store_true", help="maskinlesbar utdata")
    lst.set_defaults(handler=_list)
    chk = dsub.add_parser("check", help="sjekk ei dukfil og sei kva som er feil")
    chk.add_argument("file", type=Path)
    chk.set_defaults(handler=_check)


def _list(args: argparse.Namespace) -> int:
    found = duker.load_all(user_duker_dir(data_dir(args.data_dir)))
    drifts = drift_in_store(args, found)
    hint = unchecked_hint(args)
    if hint:
        print(hint, file=sys.stderr)
    if args.json:
        out = [
            {
                "id": t.id,
                "version": t.version,
                "case_kind": t.case_kind,
                "name": {"nn": t.name.nn, "nb": t.name.nb, "en": t.name.get("en")},
                "fields": [f.id for f in t.fields],
                "source": str(found.sources[t.id]),
                "content_hash": content_hash(t),
            }
            for t in found.ordered()
        ]
        print(json.dumps({"duker": out, "problems": [p.message() for p in found.problems],
                          "changed": [d.message() for d in drifts]},
                         ensure_ascii=False, indent=2))
    else:
        for t in found.ordered():
            print(f"{t.id}  (versjon {t.version}, {len(t.fields)} felt)")
            print(f"    nn: {t.name.nn}")
            print(f"    nb: {t.name.nb}")
        for problem in found.problems:
            print(f"FEIL: {problem.message()}")
        for drift in drifts:
            print(f"ENDRA: {drift.message()}")
    return 1 if found.problems else 0


def _check(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        template = duker.load_template_file(path)
    except duker.TemplateFileError as exc:
        for problem in exc.problems:
            print(f"samtaleduk: {problem.message()}", file=sys.stderr)
        return 1
    drift = file_drift(args, template, path)
    if drift is not None:
        print(f"samtaleduk: {drift.message()}", file=sys.stderr)
        return 1
    print(f"{path.name}: i orden — «{template.name.nn}» ({template.id}, versjon "
          f"{template.version}, {len(template.fields)} felt)")
    return 0
