"""`samtaleduk selftest`: does this installation work? Offscreen, in a temporary folder.

Meant for IT after installing (and for the bundle's smoke test): it makes a throwaway
encrypted store with the fictional demo cases, opens it again, prints a duk of each
demo case to PDF, then lets the GUI draw both duker and render the PDFs
(ui/tools/selftest.py, imported only when the command runs). Nothing touches the user's data, and the
temporary folder is gone afterwards. Exit 0 and one line "ok" when everything holds,
exit 1 and one line saying what failed otherwise.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from samtaleduk.cli.localised import say
from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Case, Meeting
from samtaleduk.messages import msg
from samtaleduk.ops.demo import fill_demo
from samtaleduk.printing import print_duk
from samtaleduk.store.store import FAST_KDF, Store, WrongPassphrase
from samtaleduk.templates.loading import TemplateSet, load_all
from samtaleduk.trust.crypto_provider import read_versions

PDF_MIN_BYTES = 2_000
FONT_NAME = b"DejaVu"


class SelftestFailed(Exception):
    """One check failed; the message is the one line the user sees."""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "selftest",
        help=say("cli.help.selftest"),
    )
    p.add_argument("--keep", type=Path, metavar=say("cli.metavar.folder"),
                   help=say("cli.help.selftest_keep"))
    p.set_defaults(handler=_selftest)


def _selftest(args: argparse.Namespace) -> int:
    # Offscreen before Qt is first imported: the self-test never needs a screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    try:
        done = run_selftest(keep=args.keep)
    except SelftestFailed as exc:
        print(msg("selftest.failed", problem=str(exc)), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 -- any crash is a failed self-test, said in one line
        first = str(exc).splitlines()[0] if str(exc) else ""
        print(msg("selftest.failed", problem=f"{type(exc).__name__}: {first}"), file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    print(f"samtaleduk selftest: ok ({'; '.join(done)}; {seconds:.1f} s)")
    return 0


def run_selftest(keep: Path | None = None) -> list[str]:
    """Run every check in a temporary folder, removed afterwards; returns what was
    checked, or raises SelftestFailed with the reason. `keep`: a folder to copy the
    drawn images and PDFs to (fictional demo content only)."""
    with tempfile.TemporaryDirectory(prefix="samtaleduk-selftest-") as tmp:
        root = Path(tmp)
        done = _checks(root)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for made in sorted((root / "out").iterdir()):
                shutil.copyfile(made, keep / made.name)
    if root.exists():
        raise SelftestFailed(str(msg("selftest.temp_not_removed", folder=str(root))))
    done.append(str(msg("selftest.temp_removed")))
    return done


def _checks(root: Path) -> list[str]:
    data, out = root / "data", root / "out"
    out.mkdir()
    templates = load_all()
    if templates.problems:
        raise SelftestFailed(str(msg("selftest.builtin_duker_broken",
                                     problem=templates.problems[0].as_message())))
    cases = demo_cases()
    passphrase = secrets.token_urlsafe(16)
    with Store.create(data, passphrase, FAST_KDF) as store:
        fill_demo(store, templates)
    _check_encrypted(data, passphrase, cases)
    # Which OpenSSL encrypts the store: sqlcipher3 bundles its own, so IT reads it here.
    done = [str(msg("selftest.store", count=len(cases), versions=read_versions().summary()))]
    with Store.open(data, passphrase) as store:
        pdfs = [_print_latest(case, meetings, templates, out) for case, meetings in cases]
        done.append(str(msg("selftest.pdfs", count=len(pdfs))))
        from ui.tools import selftest as ui_check  # Qt: loaded only when run
        try:
            done.extend(ui_check.check_ui(store, templates, cases, pdfs, out))
        except ui_check.GuiCheckFailed as exc:
            raise SelftestFailed(str(exc)) from None
    return done


def _check_encrypted(data: Path, passphrase: str,
                     cases: list[tuple[Case, list[Meeting]]]) -> None:
    """The store opens with its passphrase only, and no case name is readable in it."""
    try:
        Store.open(data, passphrase + "x").close()
    except WrongPassphrase:
        pass
    else:
        raise SelftestFailed(str(msg("selftest.opened_with_wrong_passphrase")))
    with Store.open(data, passphrase) as store:
        if len(store.list_cases()) != len(cases):
            raise SelftestFailed(str(msg("selftest.cases_missing")))
    names = [case.name.encode() for case, _meetings in cases]
    for path in data.rglob("*"):
        if path.is_file() and any(name in path.read_bytes() for name in names):
            raise SelftestFailed(str(msg("selftest.unencrypted", file=path.name)))


def _print_latest(case: Case, meetings: list[Meeting], templates: TemplateSet,
                  out: Path) -> Path:
    meeting = meetings[-1]
    template = templates.get(meeting.template_id)
    pdf = print_duk(meeting, case, template, out / f"duk-{template.id}.pdf")
    body = pdf.read_bytes() if pdf.exists() else b""
    if not body.startswith(b"%PDF") or len(body) < PDF_MIN_BYTES:
        raise SelftestFailed(str(msg("selftest.pdf_broken", duk=template.id)))
    if FONT_NAME not in body:
        raise SelftestFailed(str(msg("selftest.pdf_no_font", duk=template.id)))
    return pdf
