"""`samtaleduk snapshot --out DIR`: PNGs of the app's main views, drawn offscreen.

The demo cases are written into a throwaway encrypted store in a temporary folder;
nothing touches the user's data. The GUI code is loaded by name (the engine never
imports ui/), exactly as the app itself is started.
"""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path
from typing import Any

from samtaleduk.errors import UserError

SIZES = ((1366, 768), (1920, 1080))


def register(sub: Any) -> None:
    p = sub.add_parser(
        "snapshot",
        help="teikn skjermbilete (PNG) av hovudvisingane med demosakene, utan skjerm",
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="mappa bileta skal skrivast til (vert laga om ho manglar)")
    p.add_argument("--lang", choices=("nn", "nb", "en"), default="nn",
                   help="språket i programmet (standard: nn)")
    p.add_argument("--pseudo", action="store_true",
                   help="pseudo-omsett all tekst (aksentar, 40 %% lengre) for å sjå kvar "
                        "oppsettet kuttar tekst")
    p.set_defaults(handler=_snapshot)


def _snapshot(args: argparse.Namespace) -> int:
    # Offscreen before Qt is imported: snapshots never need (or open) a screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.pseudo:
        os.environ["SAMTALEDUK_PSEUDO"] = "1"
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"kan ikkje laga mappa {out} ({exc.strerror})") from None
    snapshot = importlib.import_module("ui.snapshot")
    written: list[Path] = snapshot.render_all(out, sizes=SIZES, lang=args.lang)
    for path in written:
        print(path)
    return 0
