"""`samtaleduk rekey`: give the store a new data key (after a recovery, a suspected
compromise or a recovery-key rotation), so an old copy of the key file no longer
opens it or any backup. The engine is `samtaleduk.trust.rekey`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from samtaleduk.cli.common import existing_store_folder, passphrase_from_env_or_prompt
from samtaleduk.cli.localised import say
from samtaleduk.messages import msg
from samtaleduk.trust import rekey

STEP_TEXT = {
    "check": "Kontrollerer passordfrasa og lageret …",
    "copy": "Krypterer ein kopi med den nye nøkkelen og kontrollerer han …",
    "key": "Skriv den nye nøkkelen i nøkkelfila …",
    "swap": "Byter til kopien …",
    "backup": "Lagar ein ny, kontrollert tryggingskopi …",
    "clean": "Slettar tryggingskopiane med den gamle nøkkelen …",
}


def register(sub: Any) -> None:
    p = sub.add_parser("rekey", help=say("cli.help.rekey"))
    p.add_argument("--recovery-public-key", type=Path, metavar="FILE",
                   help="set opp gjenoppretting for den nye nøkkelen med denne offentlege "
                        "nøkkelen (trengst når gjenopprettinga er av den gamle sorten)")
    p.set_defaults(handler=_rekey)


def _rekey(args: argparse.Namespace) -> int:
    folder = existing_store_folder(args)
    secret = passphrase_from_env_or_prompt()
    done = rekey.rekey(folder, secret, recovery_public=args.recovery_public_key,
                       progress=lambda _i, step: print(STEP_TEXT[step], file=sys.stderr))
    print("Datanøkkelen er bytt. Passordfrasa er den same; ein gammal kopi av "
          "nøkkelfila opnar ikkje lenger lageret.")
    if done.backup is not None:
        print(f"Ny tryggingskopi: {done.backup.name}. Sletta {done.removed_backups} "
              "tryggingskopi(ar) med den gamle nøkkelen.")
    if done.backup_problem:
        print(done.backup_problem)
    if done.recovery == "kept":
        print("Gjenopprettinga er flytt over til den nye nøkkelen.")
    elif done.recovery == "dropped":
        print("Gjenopprettinga var av den gamle sorten og kunne ikkje flyttast over: set "
              "ho opp att med «samtaleduk recovery enable OFFENTLEG_NØKKEL».")
    if done.aside_old_key:
        print(msg("cli.out.rekey_aside_old_key", count=done.aside_old_key))
    return 0
