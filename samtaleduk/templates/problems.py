"""What is wrong with a duk file, and where: the problem, its line and field.

Shared by the loader (`loading`), the cross-file rules (`rules`, `duplicates`) and
everyone who shows problems (the CLI's `duker check`, the app's report). The problem
is a message of the catalogue (`samtaleduk/messages/catalogue_dukfile.py`), rendered
when shown: in the GUI's language, or the command line's `--lang`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samtaleduk.messages import Message, Param, msg


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with one template file."""

    path: Path
    problem: Message
    line: int | None = None
    field: str | None = None

    def as_message(self) -> Message:
        """File, line, field and problem as one message (a parameter of another)."""
        where: dict[str, Param] = {"file": self.path.name, "problem": self.problem}
        if self.line is not None:
            where["line"] = self.line
        if self.field:
            where["field"] = self.field
        at = {(False, False): "dukfile.at_file", (True, False): "dukfile.at_line",
              (False, True): "dukfile.at_field", (True, True): "dukfile.at_line_field"}
        return Message(at[(self.line is not None, bool(self.field))], where)

    def message(self, lang: str | None = None) -> str:
        """One line a person can act on: file, line, field, problem (in `lang`, the
        current language when None)."""
        return self.as_message().render(lang)


class TemplateFileError(Exception):
    """A template file could not be loaded; `problems` says why."""

    def __init__(self, problems: Sequence[TemplateProblem]) -> None:
        self.problems = list(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        return "; ".join(p.message() for p in self.problems)


def joined(names: Sequence[Param], conjunction: str = "dukfile.and") -> Param:
    """"a.toml og b.toml", "a.toml, b.toml og c.toml" in the language shown;
    `conjunction` "dukfile.or" for choices ("'a', 'b' eller 'c'")."""
    if len(names) == 1:
        return names[0]
    first = names[:-1]
    head: Param = (", ".join(str(n) for n in first)
                   if all(isinstance(n, str | int) for n in first) else _commas(first))
    return msg(conjunction, first=head, last=names[-1])


def _commas(names: Sequence[Param]) -> Param:
    # Words among the names (a Message): a comma-joined chain keeps each rendered
    # in the language shown.
    if len(names) == 1:
        return names[0]
    return msg("dukfile.comma", first=names[0], rest=_commas(names[1:]))


def locate_line(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best effort: the line of the key named by `loc` in the TOML text. Arrays of
    tables (`[[fields]]`) are counted so that fields[3].kind finds the kind line
    of the fourth field."""
    lines = text.splitlines()
    start, end = 0, len(lines)
    table_path: list[str] = []
    found: int | None = None
    i = 0
    while i < len(loc):
        step = loc[i]
        if not isinstance(step, str):
            i += 1
            continue
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        table_path.append(step)
        if isinstance(nxt, int):
            header = re.compile(r"^\s*\[\[\s*" + re.escape(".".join(table_path)) + r"\s*\]\]")
            hits = [n for n in range(start, end) if header.match(lines[n])]
            if nxt < len(hits):
                start = hits[nxt]
                found = start + 1
                end = next(
                    (n for n in range(start + 1, end) if re.match(r"^\s*\[", lines[n])), end
                )
            i += 2
            continue
        key = re.compile(r"^\s*" + re.escape(step) + r"\s*=|[{,]\s*" + re.escape(step) + r"\s*=")
        table = re.compile(r"^\s*\[\s*" + re.escape(".".join(table_path)) + r"\s*\]")
        for n in range(start, end):
            if table.match(lines[n]):
                found = n + 1
                start = n
                end = next(
                    (m for m in range(n + 1, end) if re.match(r"^\s*\[", lines[m])), end
                )
                break
            hit = key.search(lines[n])
            if hit:
                found = n + 1
                start = n
                # An inline table `{ … }` is written on one line: a key missing from
                # it must not be looked for (and found) in the next key's table.
                if lines[n][hit.end():].lstrip().startswith("{"):
                    end = n + 1
                break
        i += 1
    return found
