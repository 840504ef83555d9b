"""argparse in nynorsk: the usage line, the section titles, `-h` and its errors.

argparse writes its own words in English ("usage:", "error: the following arguments
are required", "show this help message and exit"), which a person at a Norwegian
municipality's machine reads beside the program's nynorsk (issue 18, point 8). The
parser class is inherited by every subcommand's parser.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words) for pattern, words in (
        (r"the following arguments are required: (.*)", r"desse argumenta manglar: \1"),
        (r"unrecognized arguments: (.*)", r"ukjende argument: \1"),
        (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)",
         r"argumentet \1: ugyldig val: \2 (vel mellom \3)"),
        (r"argument (\S+): invalid (\S+) value: (.*)", r"argumentet \1: ugyldig verdi: \3"),
        (r"argument (\S+): expected one argument", r"argumentet \1: treng ein verdi"),
        (r"argument (\S+): expected at least one argument",
         r"argumentet \1: treng minst éin verdi"),
        (r"argument (\S+): not allowed with argument (\S+)",
         r"argumentet \1 kan ikkje brukast saman med \2"),
        (r"one of the arguments (.*) is required", r"eitt av argumenta \1 må vera med"),
        (r"ambiguous option: (\S+) could match (.*)", r"tvitydig val: \1 kan vera \2"),
        (r"argument (\S+): (.*)", r"argumentet \1: \2"),
    ))
"""argparse's messages and their nynorsk; the first that matches is used."""


def in_nynorsk(message: str) -> str:
    """argparse's English error message in nynorsk (unchanged when unknown)."""
    for pattern, words in ERRORS:
        if pattern.fullmatch(message):
            return pattern.sub(words, message)
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "bruk: " if prefix is None else prefix)


class NorwegianParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks nynorsk."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # ours below, in nynorsk
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "val"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="vis denne hjelpa og avslutt")

    def error(self, message: str) -> NoReturn:
        """Usage, then one nynorsk line, exit 2 (as argparse does in English)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: feil: {in_nynorsk(message)}\n")
