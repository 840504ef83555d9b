"""`samtaleduk demo [--no-gui]`: a store with the fictional demo cases, then the app."""

from __future__ import annotations

import argparse
import os
import secrets
from typing import Any

from samtaleduk.cli.common import PASSPHRASE_ENV
from samtaleduk.cli.localised import say
from samtaleduk.errors import UserError
from samtaleduk.messages import msg
from samtaleduk.paths import data_dir

# Plain ASCII words, easy to type on any keyboard at the unlock screen.
_WORDS = (
    "fjord", "bjork", "lykt", "sol", "elv", "fjell", "hav", "skog", "stein", "mose",
    "lyng", "myr", "berg", "dal", "vik", "strand", "bolge", "vind", "regn", "sno",
    "is", "eng", "tun", "lemen", "rev", "elg", "ugle", "kraake", "ramn", "laks",
    "sild", "torsk", "kvist", "rot", "kongle", "bark", "blad", "knopp", "bringe", "molte",
    "tyttebaer", "kantarell", "baat", "aare", "seil", "brygge", "naust", "fyr", "stjerne",
    "maane", "morgon", "kveld", "natt", "vaar", "sommar", "haust", "vinter", "bru",
    "sti", "veg", "port", "hus", "stove", "loft",
)


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help=say("cli.help.demo"))
    p.add_argument("--no-gui", action="store_true", help=say("cli.help.demo_no_gui"))
    p.set_defaults(handler=_demo)


def demo_passphrase() -> str:
    """Four words and two digits (about 26 bits): for fictional demo data only."""
    words = [secrets.choice(_WORDS) for _ in range(4)]
    return "-".join(words) + f"-{secrets.randbelow(90) + 10}"


def _demo(args: argparse.Namespace) -> int:
    from samtaleduk.ops.demo import fill_demo
    from samtaleduk.store.store import Store, store_exists

    folder = data_dir(args.data_dir)
    if store_exists(folder):
        raise UserError("cli.demo_store_exists", folder=str(folder))
    env = os.environ.get(PASSPHRASE_ENV)
    passphrase = env if env is not None else demo_passphrase()
    with Store.create(folder, passphrase) as store:
        fill_demo(store)
    print(msg("cli.out.demo_made", folder=str(folder)))
    if env is None:
        print(msg("cli.out.demo_passphrase", passphrase=passphrase))
    launch = getattr(args, "launch", None)
    if args.no_gui or launch is None:
        return 0
    # The unlock page shows a generated demo passphrase (after Ctrl+L one needs it);
    # one the user chose through the environment stays off the screen.
    code: int = launch(args, passphrase=passphrase, hint=passphrase if env is None else "")
    return code
