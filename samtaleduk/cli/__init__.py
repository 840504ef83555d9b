"""The `samtaleduk` command: a thin layer over the engine.

Each group of subcommands lives in its own module in this package and exposes
`register(subparsers)`; `COMMANDS` maps each command to its module. A handler returns an exit
code: 0 ok, 1 a user error (one line on stderr, never a traceback), 2 usage
(argparse).

The engine knows nothing of the GUI. The program's composition root, `ui.main`,
calls `main` with the GUI's own commands (`snapshot`, `selftest`) and the function
that opens the window, which runs with no subcommand (and for `demo`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from samtaleduk.errors import UserError
from samtaleduk.messages import LANGUAGES, Message, language_from_environment, use_language

LANG_ENV = "SAMTALEDUK_LANG"
"""nn, nb or en: the command line's language when --lang is not given (before the
system locale)."""

COMMANDS: dict[str, str] = {
    "duker": "duker_cmd",
    "cases": "cases_cmd", "case": "cases_cmd", "meeting": "cases_cmd", "search": "cases_cmd",
    "passphrase": "cases_cmd",
    "demo": "demo_cmd",
    "print": "print_cmd",
    "minutes": "minutes_cmd",
    "compare": "compare_cmd",
    "backup": "trust_cmd", "restore": "trust_cmd", "export": "trust_cmd",
    "import": "trust_cmd", "access": "trust_cmd", "audit": "trust_cmd",
    "retention": "trust_cmd", "recovery": "trust_cmd",
    "rekey": "rekey_cmd",
    "overview": "overview_cmd",
    "report": "report_cmd",
}
"""Each engine command and the module that registers it. A command line that names
one imports only that module (printing pulls in reportlab, the store pulls in
sqlcipher and pydantic: ~0.5 s for every command otherwise); help and anything else
import them all. A test holds this map to what the modules register."""
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))

Register = Callable[[Any], None]
"""Adds commands to the subparsers (`register(sub)`)."""
Launch = Callable[..., int]
"""Opens the window: `launch(args, **options)` returns the exit code."""


def build_parser(extra_commands: Register | None = None,
                 command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or, when `command` is one of `COMMANDS`, the parser with just
    that command's module."""
    # Not needed to open the app; the help is in the language `main` chose.
    from samtaleduk.cli.localised import LocalisedParser, say

    parser = LocalisedParser(prog="samtaleduk", description=say("cli.help.program"))
    parser.add_argument("--data-dir", metavar=say("cli.metavar.folder"),
                        help=say("cli.help.data_dir"))
    parser.add_argument(
        "--lang",
        dest="message_lang",  # `case new --lang` is the case's language
        choices=LANGUAGES,
        metavar=say("cli.metavar.language"),
        help=say("cli.help.lang"),
    )
    parser.add_argument("--version", action=_VersionAction, help=say("cli.help.version"))
    sub = parser.add_subparsers(dest="command")
    wanted = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for name in wanted:
        module = importlib.import_module(f"samtaleduk.cli.{name}")
        module.register(sub)
    if extra_commands is not None and command not in COMMANDS:
        extra_commands(sub)
    return parser


def _command_in(arguments: list[str]) -> str | None:
    """The subcommand a command line names (after the global options), if any."""
    rest = list(arguments)
    while rest:
        word = rest.pop(0)
        if word in ("--data-dir", "--lang"):
            if rest:
                rest.pop(0)
            continue
        if word.startswith("-"):
            if word.startswith(("--data-dir=", "--lang=")):
                continue
            return None  # --help, --version, a mistake: the whole parser answers
        return word
    return None


class _VersionAction(argparse.Action):
    """`--version`: the program's version and the crypto library under the store.

    sqlcipher3 bundles its own OpenSSL, which system updates never touch, so IT
    must be able to see which one a machine runs (samtaleduk/trust/crypto_provider.py)."""

    def __init__(self, option_strings: Sequence[str], dest: str,
                 help: str | None = None) -> None:  # noqa: A002 -- argparse's name
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        import samtaleduk
        from samtaleduk.trust.crypto_provider import version_lines

        print("\n".join(version_lines(samtaleduk.__version__)))
        parser.exit(0)


def _app_only(argv: list[str]) -> argparse.Namespace | None:
    """The parsed arguments when they ask for the app and nothing else (no command,
    no --help). Then the command modules are not imported at all: they pull in
    printing, the store and more, which cost the app's cold start ~0.4 s."""
    if not argv:
        return argparse.Namespace(data_dir=None, command=None)
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return argparse.Namespace(data_dir=argv[1], command=None)
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > 11:
        return argparse.Namespace(data_dir=argv[0].split("=", 1)[1], command=None)
    return None


def choose_language(arguments: Sequence[str],
                    environ: Mapping[str, str] | None = None) -> str:
    """The language the command line's messages are rendered in: `--lang`, else
    SAMTALEDUK_LANG, else the system locale (`messages.language_from_environment`:
    nb_NO → bokmål, nn_NO and no_NO → nynorsk, another language → English, C or
    none → nynorsk). Read before argparse runs, so its errors follow it too. Only
    the options before the command count: `case new --lang` is a case's language."""
    env = os.environ if environ is None else environ
    chosen: str | None = None
    rest = list(arguments)
    while rest:
        word = rest.pop(0)
        if word in ("--lang", "--data-dir") and rest:
            value = rest.pop(0)
            chosen = value if word == "--lang" else chosen
        elif word.startswith("--lang="):
            chosen = word.split("=", 1)[1]
        elif not word.startswith("-"):
            break  # the command: what follows is its own
    if chosen in LANGUAGES:
        return chosen
    if env.get(LANG_ENV) in LANGUAGES:
        return env[LANG_ENV]
    return language_from_environment(env)


def _write_utf8() -> None:
    """Write UTF-8 whatever the stream was given: on Windows a redirected stream is
    the ANSI code page (cp1252), where a Sami letter in a case name ("Č") would end
    the command with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None, *, extra_commands: Register | None = None,
         launch: Launch | None = None) -> int:
    """Run the command line; returns the process exit code. `extra_commands` and
    `launch` come from the composition root (`ui.main`); without `launch` there is
    no window to open, and a missing subcommand is a usage error."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _write_utf8()
    use_language(choose_language(arguments))
    args = _app_only(arguments) if launch is not None else None
    if args is None:
        parser = build_parser(extra_commands, _command_in(arguments))
        args = parser.parse_args(arguments)
        if launch is None and getattr(args, "handler", None) is None:
            parser.print_usage(sys.stderr)
            return 2
    args.launch = launch
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            assert launch is not None
            return launch(args)
        code: int = handler(args)
        # A command that opened the store has answered: the day's check and a due
        # backup run now, not before the answer (issue 16). Not imported otherwise.
        common = sys.modules.get("samtaleduk.cli.common")
        if code == 0 and common is not None:
            common.upkeep_after_answer()
        return code
    except UserError as exc:
        from samtaleduk.store.faults import SuspectedDamage

        if isinstance(exc, SuspectedDamage):
            # SQLite said "malformed" mid-command: prove it before saying so.
            from samtaleduk.cli.common import in_use_error

            exc = in_use_error(exc) or exc
        print(f"samtaleduk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("samtaleduk:", Message("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`samtaleduk cases | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        # Damage or a full disk met while the store was in use: proved and told
        # like at unlock (cli.common.in_use_error); anything else is a bug.
        from samtaleduk.cli.common import in_use_error

        found = in_use_error(exc)
        if found is None:
            raise
        print(f"samtaleduk: {found}", file=sys.stderr)
        return 1
