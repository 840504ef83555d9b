"""What the store's commands share: the passphrase, opening (or first creating) the
store, and turning model validation errors into one-line messages."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from samtaleduk.errors import UserError
from samtaleduk.messages import Message, msg
from samtaleduk.paths import data_dir
from samtaleduk.store.store import Store, StoreMissing, WrongPassphrase, store_exists

PASSPHRASE_ENV = "SAMTALEDUK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SAMTALEDUK_NEW_PASSPHRASE"
"""For scripts: the new passphrase of `samtaleduk passphrase`."""
UNLOCK_ATTEMPTS = 3


def interactive() -> bool:
    """True when a person can be asked for a passphrase."""
    return bool(sys.stdin and sys.stdin.isatty())


def prompt_passphrase(prompt: str | None = None, confirm: bool = False, *,
                      env: str = PASSPHRASE_ENV) -> str:
    """Ask in the terminal without echo; with `confirm`, ask twice and compare.
    Without a terminal the message names `env`, the variable a script should set
    for this very passphrase (the store's, a case file's, the recovery key's …)."""
    if not interactive():
        raise UserError("cli.needs_passphrase", env=env)
    first = getpass.getpass(prompt or str(msg("cli.out.passphrase")))
    if confirm and getpass.getpass(str(msg("cli.out.passphrase_again"))) != first:
        raise UserError("cli.passphrases_differ")
    return first


def passphrase_from_env_or_prompt(confirm: bool = False, *, env: str = PASSPHRASE_ENV,
                                  prompt: str | None = None) -> str:
    """The environment variable `env` (default `SAMTALEDUK_PASSPHRASE`) when it is set
    (scripts), else a prompt."""
    value = os.environ.get(env)
    if value is not None:
        return value
    return prompt_passphrase(prompt, confirm=confirm, env=env)


def new_passphrase(*, env: str = PASSPHRASE_ENV, prompt: str | None = None) -> str:
    """A passphrase a person chooses now (a new store, a changed passphrase, a case
    file, a recovery key): asked twice, or taken from `env`, and refused when it is
    too easy to guess (`samtaleduk.trust.passphrase_strength`), before anything is written."""
    from samtaleduk.trust.keyfile import check_new_passphrase
    from samtaleduk.trust.passphrase_strength import check_strength

    chosen = passphrase_from_env_or_prompt(
        True, env=env, prompt=prompt or str(msg("cli.out.passphrase_new")))
    check_strength(check_new_passphrase(chosen))  # the length rule speaks first
    return chosen


def existing_store_folder(args: argparse.Namespace) -> Path:
    """The data folder, when it holds a store; `StoreMissing` otherwise (for commands
    that must not create one)."""
    folder = data_dir(getattr(args, "data_dir", None))
    if not store_exists(folder):
        raise StoreMissing("store.missing", folder=str(folder))
    return folder


def open_store(args: argparse.Namespace) -> Store:
    """Open the store in the data folder; on first use, create it (asking for a new
    passphrase twice) and say where it is. A person at a terminal gets three tries."""
    folder = data_dir(getattr(args, "data_dir", None))
    if not store_exists(folder):
        print(msg("cli.out.new_store", folder=str(folder)), file=sys.stderr)
        print(msg("cli.out.choose_passphrase"), file=sys.stderr)
        return Store.create(folder, new_passphrase(prompt=str(msg("cli.out.passphrase"))))
    if os.environ.get(PASSPHRASE_ENV) is not None:
        return _open(folder, os.environ[PASSPHRASE_ENV])
    for attempt in range(1, UNLOCK_ATTEMPTS + 1):
        try:
            return _open(folder, prompt_passphrase())
        except WrongPassphrase:
            if attempt == UNLOCK_ATTEMPTS:
                raise
            print(msg("cli.out.passphrase_wrong"), file=sys.stderr)
    raise AssertionError("unreachable")  # pragma: no cover


_last_opened: tuple[Path, str] | None = None
"""The folder and passphrase of the store this (short-lived) command opened, so
that damage found while it was in use can be proved and put aside (`in_use_error`)."""


_upkeep_due = False
"""The store was opened writable: every page's HMAC, and the day's check or an
automatic backup when due, run after the command has answered
(`upkeep_after_answer`)."""


def _open(folder: Path, passphrase: str) -> Store:
    # Damage put aside with a backup offered, failed unlocks logged; the day's check
    # and the automatic backup wait until the command has answered (issue 16).
    from samtaleduk.store import upkeep
    from samtaleduk.store.safe_open import open_store as safe_open_store

    global _last_opened, _upkeep_due
    opened = safe_open_store(folder, passphrase, upkeep_now=False)
    _last_opened = (folder, passphrase)
    _upkeep_due = bool(upkeep.after_unlock(opened.store))
    for notice in opened.notices:
        print(msg("cli.out.note", note=notice), file=sys.stderr)
    if opened.backup_problem:
        print(msg("cli.out.warning", problem=opened.backup_problem), file=sys.stderr)
    if opened.audit_problem:
        print(msg("cli.out.warning", problem=opened.audit_problem), file=sys.stderr)
    return opened.store


def upkeep_after_answer() -> None:
    """After the command's answer is out: check every page's HMAC, run the day's
    check and a due automatic backup (opening the store once more, as at unlock). Damage found is proved and
    put aside like at unlock (`StoreDamaged`, raised); a backup that could not be
    made is a warning."""
    global _upkeep_due
    if not _upkeep_due or _last_opened is None:
        return
    _upkeep_due = False
    from samtaleduk.store.safe_open import open_store as safe_open_store

    sys.stdout.flush()
    print(msg("cli.out.upkeep"), file=sys.stderr)
    folder, passphrase = _last_opened
    opened = safe_open_store(folder, passphrase)
    opened.store.close()
    if opened.backup_problem:
        print(msg("cli.out.warning", problem=opened.backup_problem), file=sys.stderr)


def in_use_error(exc: BaseException) -> UserError | None:
    """The message for an error that escaped a command after it opened the store:
    a write the disk or folder refused (told by SQLite's code), or damage found
    while in use, proved and handled as at unlock (put aside, backups offered).
    None when it is not the store's (a bug: the traceback is kept)."""
    if _last_opened is None:
        return None
    from samtaleduk.store import db, faults
    from samtaleduk.store.errors import StoreDamaged
    from samtaleduk.store.safe_open import damage_in_use

    folder, passphrase = _last_opened
    suspected = isinstance(exc, (faults.SuspectedDamage, ValidationError))
    if isinstance(exc, db.DbError):
        if faults.sqlite_code(exc) not in faults.DAMAGE_CODES:
            return faults.write_failed(exc, folder)
        suspected = True
    if not suspected:
        return None
    found = damage_in_use(folder, passphrase)
    if isinstance(exc, ValidationError) and not isinstance(found, StoreDamaged):
        return None  # the file is sound: an error in the program, not the store
    return found


def model_error(exc: ValidationError) -> UserError:
    """A one-line message for invalid input; the input is not echoed (it may be a
    name). A check of the model's own speaks its own words (`detail`)."""
    errors = exc.errors()
    if not errors:
        return UserError("cli.invalid_value")
    where = ".".join(str(p) for p in errors[0]["loc"])
    if errors[0]["type"] == "string_unicode":
        # pydantic's own check for lone surrogates (e.g. undecodable bytes in argv).
        detail: Message | str = Message("cli.detail.invalid_char")
    elif errors[0]["type"] == "string_too_long":
        detail = Message("cli.detail.too_long")
    else:
        detail = str(errors[0]["msg"]).removeprefix("Value error, ")
    if where:
        return UserError("cli.invalid_value_at", where=where, detail=detail)
    return UserError("cli.invalid_value_detail", detail=detail)


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD (a wrong date is a usage error, exit 2)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("cli.out.not_iso_date", text=text))) from None
