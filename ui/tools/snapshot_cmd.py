"""`samtaleduk snapshot --out DIR`: PNGs of the app's main views, drawn offscreen.

The demo cases are written into a throwaway encrypted store in a temporary folder;
nothing touches the user's data. Qt is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from samtaleduk.cli.localised import say
from samtaleduk.errors import UserError
from samtaleduk.messages import msg, os_reason

SIZES = ((1366, 768), (1920, 1080))


def register(sub: Any) -> None:
    p = sub.add_parser(
        "snapshot",
        help=say("cli.help.snapshot"),
    )
    p.add_argument("--out", type=Path, required=True, metavar=say("cli.metavar.folder"),
                   help=say("cli.help.snapshot_out"))
    p.add_argument("--lang", choices=("nn", "nb", "en"), default="nn",
                   help=say("cli.help.snapshot_lang"))
    p.add_argument("--pseudo", action="store_true", help=say("cli.help.snapshot_pseudo"))
    p.add_argument("--text-scale", type=float, default=1.0, metavar="N",
                   help=say("cli.help.snapshot_text_scale"))
    p.add_argument("--high-contrast", action="store_true",
                   help=say("cli.help.snapshot_high_contrast"))
    p.add_argument("--size", type=_size, action="append", metavar="BxH",
                   help=say("cli.help.snapshot_size"))
    p.add_argument("--laptop", action="store_true", help=say("cli.help.snapshot_laptop"))
    p.add_argument("--languages", action="store_true",
                   help=say("cli.help.snapshot_languages"))
    p.set_defaults(handler=_snapshot)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("cli.out.not_a_size", text=text))) from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(str(msg("cli.out.size_out_of_range", text=text)))
    return w, h


def _snapshot(args: argparse.Namespace) -> int:
    # Offscreen before Qt is imported: snapshots never need (or open) a screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.pseudo:
        os.environ["SAMTALEDUK_PSEUDO"] = "1"
    if not 0.5 <= args.text_scale <= 4:
        raise UserError("snapshot.text_scale")
    if args.text_scale != 1:
        os.environ["SAMTALEDUK_TEXT_SCALE"] = str(args.text_scale)
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("snapshot.no_folder", folder=str(out), reason=os_reason(exc)) from None
    from ui.tools import snapshot  # Qt, after the platform is set above
    written: list[Path]
    if args.languages:
        from ui.tools.snapshot_languages import render_language_tour

        written = [picture.path for lang in ("nn", "nb", "en")
                   for picture in render_language_tour(out, lang)]
    elif args.laptop:
        written = snapshot.render_laptop(out, lang=args.lang)
    else:
        written = snapshot.render_all(out, sizes=tuple(args.size or SIZES), lang=args.lang,
                                      theme="high_contrast" if args.high_contrast else "paper")
    for path in written:
        print(path)
    return 0
