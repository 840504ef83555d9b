"""argparse in the command line's language: the usage line, the section titles, `-h`
and its errors, in nynorsk, bokmål or English (`--lang`, SAMTALEDUK_LANG, the locale).

argparse writes its own words in English ("usage:", "error: the following arguments
are required", "show this help message and exit"), which a person at a Norwegian
municipality's machine reads beside the program's Norwegian (issue 18, point 8). The
parser class is inherited by every subcommand's parser; the words come from the
catalogue (`samtaleduk/messages/catalogue_cli_help.py`) in the current language, which
`cli.main` chooses before any parser is built.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from samtaleduk.messages import msg

ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message_id) for pattern, message_id in (
        (r"the following arguments are required: (?P<names>.*)", "cli.argparse.required"),
        (r"unrecognized arguments: (?P<names>.*)", "cli.argparse.unrecognized"),
        (r"argument (?P<option>\S+): invalid choice: (?P<value>.*) "
         r"\(choose from (?P<choices>.*)\)", "cli.argparse.invalid_choice"),
        (r"argument (?P<option>\S+): invalid \S+ value: (?P<value>.*)",
         "cli.argparse.invalid_value"),
        (r"argument (?P<option>\S+): expected one argument", "cli.argparse.one_value"),
        (r"argument (?P<option>\S+): expected at least one argument",
         "cli.argparse.some_values"),
        (r"argument (?P<option>\S+): not allowed with argument (?P<other>\S+)",
         "cli.argparse.not_with"),
        (r"one of the arguments (?P<names>.*) is required", "cli.argparse.one_of"),
        (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)",
         "cli.argparse.ambiguous"),
        (r"argument (?P<option>\S+): (?P<problem>.*)", "cli.argparse.argument"),
    ))
"""argparse's messages and their catalogue ids; the first that matches is used."""


def translated(message: str, lang: str | None = None) -> str:
    """argparse's English error message in `lang` (the current language when None;
    unchanged when unknown)."""
    for pattern, message_id in ERRORS:
        found = pattern.fullmatch(message)
        if found:
            return msg(message_id, **found.groupdict()).render(lang)
    return message


def say(message_id: str) -> str:
    """A help text of the catalogue in the current language."""
    return str(msg(message_id))


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          say("cli.argparse.usage") if prefix is None else prefix)


class LocalisedParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the command line's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # ours below, in the chosen language
        super().__init__(*args, **kwargs)
        self._positionals.title = say("cli.argparse.positionals")
        self._optionals.title = say("cli.argparse.options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=say("cli.argparse.help"))

    def add_subparsers(self, **kwargs: Any) -> Any:
        """Subcommands are listed under a translated KOMMANDO/COMMAND."""
        kwargs.setdefault("metavar", say("cli.metavar.command"))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """Usage, then one line in the chosen language, exit 2 (as argparse does)."""
        self.print_usage(sys.stderr)
        self.exit(2, str(msg("cli.argparse.error", prog=self.prog,
                             problem=translated(message))) + "\n")
