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
    "check": msg("cli.out.rekey.check"),
    "copy": msg("cli.out.rekey.copy"),
    "key": msg("cli.out.rekey.key"),
    "swap": msg("cli.out.rekey.swap"),
    "backup": msg("cli.out.rekey.backup"),
    "clean": msg("cli.out.rekey.clean"),
}


def register(sub: Any) -> None:
    p = sub.add_parser("rekey", help=say("cli.help.rekey"))
    p.add_argument("--recovery-public-key", type=Path, metavar=say("cli.metavar.file"),
                   help=say("cli.help.recovery_public_key"))
    p.set_defaults(handler=_rekey)


def _rekey(args: argparse.Namespace) -> int:
    folder = existing_store_folder(args)
    secret = passphrase_from_env_or_prompt()
    done = rekey.rekey(folder, secret, recovery_public=args.recovery_public_key,
                       progress=lambda _i, step: print(STEP_TEXT[step], file=sys.stderr))
    print(msg("cli.out.rekey_done"))
    if done.backup is not None:
        print(msg("cli.out.rekey_backup", name=done.backup.name, count=done.removed_backups))
    if done.backup_problem:
        print(done.backup_problem)
    if done.recovery == "kept":
        print(msg("cli.out.rekey_recovery_kept"))
    elif done.recovery == "dropped":
        print(msg("cli.out.rekey_recovery_dropped"))
    if done.aside_old_key:
        print(msg("cli.out.rekey_aside_old_key", count=done.aside_old_key))
    return 0
