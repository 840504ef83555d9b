"""`samtaleduk duker list|check`: the duk templates."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from samtaleduk.cli.duk_store import drift_in_store, files_drift, unchecked_hint
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.templates import loading
from samtaleduk.templates.identity import content_hash


def register(sub: Any) -> None:
    p = sub.add_parser("duker", help="vis og sjekk dukane (malane)")
    dsub = p.add_subparsers(dest="duker_command", metavar="COMMAND", required=True)
    lst = dsub.add_parser("list", help="vis alle dukane, på nynorsk og bokmål")
    lst.add_argument("--json", action="store_true", help="maskinlesbar utdata")
    lst.set_defaults(handler=_list)
    chk = dsub.add_parser("check", help="sjekk ei dukfil (eller ei mappe med dukfiler) og sei kva "
                                         "som er feil")
    chk.add_argument("file", type=Path, metavar="FIL_ELLER_MAPPE")
    chk.set_defaults(handler=_check)


def _list(args: argparse.Namespace) -> int:
    found = loading.load_all(user_duker_dir(data_dir(args.data_dir)))
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
    """Check a duk file or a folder of them (duk_rules.check); exit 1 on any
    problem or warning, so that a script notices too."""
    from samtaleduk.templates.rules import check

    target: Path = args.file
    result = check(target, user_duker_dir(data_dir(args.data_dir)))
    if target.is_dir() and not (result.good or result.problems or result.warnings):
        print(f"samtaleduk: ingen dukfiler (*.toml) i mappa {target.name}", file=sys.stderr)
        return 1
    for problem in result.problems:
        print(f"samtaleduk: {problem.message()}", file=sys.stderr)
    for warning in result.warnings:
        print(f"samtaleduk: åtvaring: {warning.message()}", file=sys.stderr)
    # A file that differs from the duk the cases stored under its id and version
    # (edited without a version bump; compared when the store can be opened).
    changed = files_drift(args, result.good)
    for drift in changed:
        print(f"samtaleduk: {drift.message()}", file=sys.stderr)
    warned = {w.path for w in result.warnings} | {d.path for d in changed}
    for path, template in result.good:
        about = f"«{template.name.nn}» ({template.id}, versjon {template.version}, " \
                f"{len(template.fields)} felt)"
        if path in warned:
            print(f"{path.name}: kan brukast — {about}, men sjå åtvaringane")
        else:
            print(f"{path.name}: i orden — {about}")
    return 1 if result.problems or result.warnings or changed else 0
