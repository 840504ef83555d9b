"""`samtaleduk backup`, `restore`, `export`, `import`, `access`, `audit`, `retention`
and `recovery keygen|enable|unwrap|status|reprotect`: the trust features from the
command line.

Passphrases come from a prompt, or for scripts from environment variables:
SAMTALEDUK_PASSPHRASE (the store), SAMTALEDUK_FILE_PASSPHRASE (a case file),
SAMTALEDUK_RECOVERY_PASSPHRASE (the recovery private key),
SAMTALEDUK_NEW_RECOVERY_PASSPHRASE (its new passphrase in `reprotect`) and
SAMTALEDUK_NEW_PASSPHRASE (a new store passphrase after recovery).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from samtaleduk.cli.common import (
    NEW_PASSPHRASE_ENV,
    existing_store_folder,
    new_passphrase,
    open_store,
    passphrase_from_env_or_prompt,
)
from samtaleduk.cli.localised import say
from samtaleduk.handover import access, case_file
from samtaleduk.messages import Message, language, msg
from samtaleduk.ops.cases import import_case
from samtaleduk.ops.settings import set_retention_days
from samtaleduk.paths import data_dir
from samtaleduk.store import backup, restore
from samtaleduk.store.store import StoreError, StoreMissing, key_file, store_exists
from samtaleduk.trust import audit, deletion, recovery, recovery_file

FILE_PASSPHRASE_ENV = "SAMTALEDUK_FILE_PASSPHRASE"
RECOVERY_PASSPHRASE_ENV = "SAMTALEDUK_RECOVERY_PASSPHRASE"
NEW_RECOVERY_PASSPHRASE_ENV = "SAMTALEDUK_NEW_RECOVERY_PASSPHRASE"
LEGACY_KEY_WARNING = msg("cli.out.legacy_key")


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help=say("cli.help.backup"))
    p.set_defaults(handler=_backup)

    p = sub.add_parser("restore", help=say("cli.help.restore"))
    p.add_argument("backup", nargs="?", metavar=say("cli.metavar.backup"),
                   help=say("cli.help.restore_which"))
    p.set_defaults(handler=_restore)

    p = sub.add_parser("export", help=say("cli.help.export"))
    p.add_argument("case", metavar=say("cli.metavar.case_id"))
    p.add_argument("--out", required=True, type=Path, metavar=say("cli.metavar.file"))
    p.add_argument("--no-revisions", action="store_true", help=say("cli.help.no_revisions"))
    p.set_defaults(handler=_export)

    p = sub.add_parser("import", help=say("cli.help.import"))
    p.add_argument("file", type=Path, metavar=say("cli.metavar.file"))
    how = p.add_mutually_exclusive_group()
    how.add_argument("--as-copy", action="store_true", help=say("cli.help.as_copy"))
    how.add_argument("--replace", action="store_true", help=say("cli.help.replace"))
    p.set_defaults(handler=_import)

    p = sub.add_parser("access", help=say("cli.help.access"))
    p.add_argument("case", metavar=say("cli.metavar.case_id"))
    p.add_argument("--out", required=True, type=Path, metavar=say("cli.metavar.folder"))
    p.add_argument("--no-pdf", action="store_true", help=say("cli.help.no_pdf"))
    p.set_defaults(handler=_access)

    p = sub.add_parser("audit", help=say("cli.help.audit"))
    p.add_argument("check", nargs="?", choices=["verify", "acknowledge"],
                   help=say("cli.help.audit_check"))
    p.add_argument("--json", action="store_true", help=say("cli.help.json"))
    p.set_defaults(handler=_audit)

    p = sub.add_parser("retention", help=say("cli.help.retention"))
    p.add_argument("--days", type=int, help=say("cli.help.days"))
    p.add_argument("--json", action="store_true", help=say("cli.help.json"))
    p.set_defaults(handler=_retention)

    rec = sub.add_parser("recovery", help=say("cli.help.recovery"))
    rsub = rec.add_subparsers(dest="recovery_command", required=True)
    p = rsub.add_parser("keygen", help=say("cli.help.keygen"))
    p.add_argument("--out", required=True, type=Path, metavar=say("cli.metavar.folder"))
    p.set_defaults(handler=_keygen)
    p = rsub.add_parser("enable", help=say("cli.help.enable"))
    p.add_argument("public_key", type=Path, metavar=say("cli.metavar.public_key"))
    p.set_defaults(handler=_enable)
    p = rsub.add_parser("unwrap", help=say("cli.help.unwrap"))
    p.add_argument("--private-key", required=True, type=Path, metavar=say("cli.metavar.file"))
    p.add_argument("--key-file", type=Path, metavar=say("cli.metavar.file"),
                   help=say("cli.help.key_file"))
    p.set_defaults(handler=_unwrap)
    p = rsub.add_parser("status", help=say("cli.help.recovery_status"))
    p.set_defaults(handler=_status)
    p = rsub.add_parser("reprotect", help=say("cli.help.reprotect"))
    p.add_argument("--private-key", required=True, type=Path, metavar=say("cli.metavar.file"))
    p.add_argument("--out", type=Path, metavar=say("cli.metavar.file"),
                   help=str(msg("cli.help.reprotect_out", name=recovery_file.PRIVATE_NAME)))
    p.set_defaults(handler=_reprotect)


def _when(info: backup.BackupInfo) -> str:
    return info.made_at.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def _backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        info = backup.make_backup(store, "manual")
    print(msg("cli.out.backup_made", path=str(info.path)))
    return 0


def _restore(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    found = backup.list_backups(folder)
    if args.backup is None:
        if not found:
            print(msg("cli.out.no_backups"))
        for info in found:
            print(f"{info.path.name}  {_when(info)}  {info.kind}  {info.size // 1024} KiB")
        for aside in restore.list_aside(folder):
            print(msg("cli.out.put_aside", path=str(aside.relative_to(folder))))
        if found:
            print(msg("cli.out.restore_how"))
        return 0
    chosen: Path | None
    if args.backup in ("nyaste", "nyeste", "latest"):
        chosen = None
    else:
        chosen = Path(args.backup)
        if not chosen.exists() and (backup.backup_dir(folder) / args.backup).exists():
            chosen = backup.backup_dir(folder) / args.backup
    if not key_file(folder).exists():
        if not store_exists(folder) and not found:
            raise StoreMissing("store.missing", folder=str(folder))
        # The backups are encrypted with the data key inside the key file.
        raise StoreError("cli.key_file_missing", file=key_file(folder).name,
                         folder=str(folder))
    done = restore.restore_backup(folder, passphrase_from_env_or_prompt(), chosen)
    print(msg("cli.out.restored", name=done.backup.name))
    if done.aside is not None:
        print(msg("cli.out.restored_aside", path=str(done.aside.relative_to(folder))))
    return 0


def _file_passphrase(confirm: bool) -> str:
    # A new case file's passphrase (confirm) is checked like a store's: the file
    # travels, and whoever finds it may guess offline.
    if confirm:
        return new_passphrase(env=FILE_PASSPHRASE_ENV,
                              prompt=str(msg("cli.out.file_passphrase")))
    return passphrase_from_env_or_prompt(False, env=FILE_PASSPHRASE_ENV,
                                         prompt=str(msg("cli.out.file_passphrase")))


def _private_key_passphrase(confirm: bool) -> str:
    return passphrase_from_env_or_prompt(confirm, env=RECOVERY_PASSPHRASE_ENV,
                                         prompt=str(msg("cli.out.private_key_passphrase")))


def _new_private_key_passphrase(env: str, prompt: str) -> str:
    """A new passphrase for the recovery private key (it opens every store that
    enabled it): asked twice; the 16-character rule speaks first, then strength."""
    from samtaleduk.trust.passphrase_strength import check_strength

    chosen = recovery_file.check_passphrase(
        passphrase_from_env_or_prompt(True, env=env, prompt=prompt))
    check_strength(chosen)
    return chosen


def _export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        case = store.find_case(args.case)
        secret = _file_passphrase(confirm=True)
        out = case_file.export_case(store, case.id, args.out, secret,
                                 revisions=not args.no_revisions)
    print(msg("cli.out.exported", path=str(out)))
    return 0


def _import(args: argparse.Namespace) -> int:
    how: case_file.OnConflict = "copy" if args.as_copy else "replace" if args.replace else None
    secret = _file_passphrase(confirm=False)
    with open_store(args) as store:
        result = import_case(store, args.file, secret, on_conflict=how).value
    meetings: Message = (msg("cli.out.meetings_one") if result.meetings == 1
                         else msg("cli.out.meetings", count=result.meetings))
    print(msg("cli.out.imported_replaced" if result.replaced else "cli.out.imported",
              case=str(result.case_id), meetings=meetings))
    return 0


def _access(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        case = store.find_case(args.case)
        made = access.access_export(store, case.id, args.out, pdf=not args.no_pdf)
    for path in made.files:
        print(msg("cli.out.wrote", path=str(path)))
    return 0


def _audit(args: argparse.Namespace) -> int:
    if args.check is not None:
        return _audit_check(args)
    with open_store(args) as store:
        events = audit.export(store)
    if args.json:
        print(json.dumps({"events": events}, ensure_ascii=False, indent=2))
        return 0
    for e in events:
        print(audit.line(e))
    return 0


def _audit_check(args: argparse.Namespace) -> int:
    # Exit status 1 when the chain is broken, so a script (IT) can check it.
    with open_store(args) as store:
        verdict = audit.acknowledge(store) if args.check == "acknowledge" else \
            audit.verify(store)
    if args.json:
        print(json.dumps({"ok": verdict.ok, "entries": verdict.entries,
                          "problems": [str(p) for p in verdict.problems]},
                         ensure_ascii=False, indent=2))
    elif args.check == "acknowledge":
        print(msg("cli.out.audit_acknowledged", count=len(verdict.problems)))
    elif verdict.ok:
        print(msg("cli.out.audit_whole", count=verdict.entries))
    else:
        print(verdict.message())
    return 0 if verdict.ok or args.check == "acknowledge" else 1


def _retention(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.days is not None:
            set_retention_days(store, args.days)
        days = deletion.retention_days(store)
        due = deletion.cases_past_retention(store, dt.date.today())
    if args.json:
        print(json.dumps({"retention_days": days, "due": [
            {"case_id": str(d.case_id), "closed_since": d.closed_since.isoformat()}
            for d in due]}, indent=2))
        return 0
    print(msg("cli.out.retention_days", days=days))
    for d in due:
        print(msg("cli.out.retention_due", case=str(d.case_id),
                  date=d.closed_since.isoformat()))
    if not due:
        print(msg("cli.out.retention_none"))
    return 0


def _keygen(args: argparse.Namespace) -> int:
    print(msg("cli.out.keygen_choose", count=recovery_file.MIN_PASSPHRASE_CHARS),
          file=sys.stderr)
    secret = _new_private_key_passphrase(RECOVERY_PASSPHRASE_ENV,
                                         str(msg("cli.out.private_key_passphrase")))
    private, public = recovery_file.generate_keypair(args.out, secret)
    fp = recovery.fingerprint(recovery.load_public_key(public))
    print(msg("cli.out.keygen_private", path=str(private)))
    print(msg("cli.out.keygen_public", path=str(public)))
    print(msg("cli.out.fingerprint", fingerprint=fp))
    return 0


def _enable(args: argparse.Namespace) -> int:
    folder = existing_store_folder(args)
    secret = passphrase_from_env_or_prompt()
    fp = recovery.enable_recovery(key_file(folder), secret, args.public_key)
    with open_store(args) as store:
        audit.record(store, "recovery_enabled")
    print(msg("cli.out.recovery_enabled", fingerprint=fp))
    return 0


def _unwrap(args: argparse.Namespace) -> int:
    target = args.key_file or key_file(existing_store_folder(args))
    secret = _private_key_passphrase(confirm=False)
    loaded = recovery_file.load_private_key(args.private_key, secret or None)
    if loaded.legacy:
        print(LEGACY_KEY_WARNING, file=sys.stderr)
    new = new_passphrase(env=NEW_PASSPHRASE_ENV,
                         prompt=str(msg("cli.out.new_store_passphrase")))
    recovery.recover(target, loaded.key, new)
    print(msg("cli.out.unwrapped", path=str(target)))
    return 0


def _reprotect(args: argparse.Namespace) -> int:
    secret = _private_key_passphrase(confirm=False)
    new = _new_private_key_passphrase(
        NEW_RECOVERY_PASSPHRASE_ENV,
        str(msg("cli.out.new_private_key_passphrase",
                count=recovery_file.MIN_PASSPHRASE_CHARS)))
    target, fp = recovery_file.reprotect(args.private_key, secret or None, new, args.out)
    print(msg("cli.out.reprotected", path=str(target), fingerprint=fp,
              old=args.private_key.name))
    return 0


def _status(args: argparse.Namespace) -> int:
    fp = recovery.status(key_file(existing_store_folder(args)))
    if fp is None:
        print(recovery.NO_RECOVERY_TEXT[language()])
    else:
        print(msg("cli.out.recovery_on", fingerprint=fp))
        if recovery.status_is_legacy(key_file(existing_store_folder(args))):
            print(msg("cli.out.recovery_legacy"))
    return 0

