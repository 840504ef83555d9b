"""`samtaleduk duker list|check`: the duk templates."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from samtaleduk.cli.duk_store import drift_in_store, files_drift, unchecked_hint
from samtaleduk.cli.localised import say
from samtaleduk.messages import language, msg
from samtaleduk.paths import data_dir, user_duker_dir
from samtaleduk.templates import loading
from samtaleduk.templates.identity import content_hash


def register(sub: Any) -> None:
    p = sub.add_parser("duker", help=say("cli.help.duker"))
    dsub = p.add_subparsers(dest="duker_command", required=True)
    lst = dsub.add_parser("list", help=say("cli.help.duker_list"))
    lst.add_argument("--json", action="store_true", help=say("cli.help.json"))
    lst.set_defaults(handler=_list)
    chk = dsub.add_parser("check", help=say("cli.help.duker_check"))
    chk.add_argument("file", type=Path, metavar=say("cli.metavar.file_or_folder"))
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
            print(msg("cli.out.duk_line", duk=t.id, version=t.version, fields=len(t.fields)))
            print(f"    nn: {t.name.nn}")
            print(f"    nb: {t.name.nb}")
            print(f"    en: {t.name.get('en')}")
        for problem in found.problems:
            print(msg("cli.out.duk_error", problem=problem.as_message()))
        for drift in drifts:
            print(msg("cli.out.duk_changed", problem=drift.message()))
    return 1 if found.problems else 0


def _check(args: argparse.Namespace) -> int:
    """Check a duk file or a folder of them (duk_rules.check); exit 1 on any
    problem or warning, so that a script notices too."""
    from samtaleduk.templates.rules import check

    target: Path = args.file
    result = check(target, user_duker_dir(data_dir(args.data_dir)))
    if target.is_dir() and not (result.good or result.problems or result.warnings):
        print("samtaleduk:", msg("cli.out.no_duk_files", folder=target.name), file=sys.stderr)
        return 1
    for problem in result.problems:
        print(f"samtaleduk: {problem.message()}", file=sys.stderr)
    for warning in result.warnings:
        print("samtaleduk:", msg("cli.out.duk_warning", problem=warning.as_message()),
              file=sys.stderr)
    # A file that differs from the duk the cases stored under its id and version
    # (edited without a version bump; compared when the store can be opened).
    changed = files_drift(args, result.good)
    for drift in changed:
        print(f"samtaleduk: {drift.message()}", file=sys.stderr)
    warned = {w.path for w in result.warnings} | {d.path for d in changed}
    for path, template in result.good:
        about = msg("cli.out.duk_about", name=template.name.get(language()), duk=template.id,
                    version=template.version, fields=len(template.fields))
        print(msg("cli.out.duk_usable_but" if path in warned else "cli.out.duk_ok",
                  file=path.name, about=about))
    return 1 if result.problems or result.warnings or changed else 0
