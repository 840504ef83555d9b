"""Rules across duk files and across a duk's colours, and the whole `duker check`.

The pydantic model (template.py) checks one file on its own. Two things need more:
two files in one folder with the same id (neither may silently win: both are left
out, and each problem names all of them), and colours a municipality chose that
leave text too faint to read (WCAG 2.1 AA, 4.5:1 — the rule the app's own colours
meet). The first is a problem: the loader leaves the files out. The second is a
warning: the duk can still be used, but `duker check` reports it with file, line,
field and the ratio.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samtaleduk.messages import Message, msg
from samtaleduk.templates.contrast import AA_TEXT_CONTRAST, contrast_ratio
from samtaleduk.templates.duplicates import duplicate_ids, file_names, text_of
from samtaleduk.templates.loading import (
    TemplateFileError,
    TemplateProblem,
    _template_files,
    load_template_file,
)
from samtaleduk.templates.model import Template
from samtaleduk.templates.problems import locate_line


def _ratio_words(ratio: float, digits: int = 2) -> Message:
    """"4,50:1" in Norwegian, "4.50:1" in English."""
    whole, part = f"{ratio:.{digits}f}".split(".")
    return msg("dukfile.ratio", whole=whole, part=part)


_LIMIT = _ratio_words(AA_TEXT_CONTRAST, digits=1)


def contrast_warnings(path: Path, template: Template, text: str) -> list[TemplateProblem]:
    """Text colours under 4.5:1 against what they are drawn on: each field's label
    (`colours.heading`) and writing (`colours.ink`) on the field's colour, a group's
    heading on the paper, the life-domain strip on the paper."""
    c = template.colours
    out: list[TemplateProblem] = []

    def weak(fg: str, bg: str, what: str, loc: tuple[Any, ...], where: str, fix: str) -> None:
        # what, where and fix are message ids: what is too faint, on what, the remedy.
        ratio = contrast_ratio(fg, bg)
        if ratio < AA_TEXT_CONTRAST:
            out.append(TemplateProblem(
                path,
                msg("dukfile.contrast", what=msg(what), fg=fg, where=msg(where), bg=bg,
                    ratio=_ratio_words(ratio), limit=_LIMIT, fix=msg(fix)),
                line=locate_line(text, loc), field=_field_of(loc, template)))

    for n, f in enumerate(template.fields):
        bg = f.colour or c.field
        loc: tuple[Any, ...] = ("fields", n, "colour") if f.colour else ("colours", "field")
        weak(c.heading, bg, "dukfile.contrast.field_heading", loc,
             "dukfile.contrast.on_field", "dukfile.contrast.fix_field")
        weak(c.ink, bg, "dukfile.contrast.field_ink", loc,
             "dukfile.contrast.on_field", "dukfile.contrast.fix_field")
    for n, g in enumerate(template.groups):
        loc = ("groups", n, "colour") if g.colour else ("colours", "heading")
        weak(g.colour or c.heading, c.paper, "dukfile.contrast.group_heading", loc,
             "dukfile.contrast.on_paper", "dukfile.contrast.fix_group")
    if template.life_domains:
        weak(c.heading, c.paper, "dukfile.contrast.domains", ("colours", "heading"),
             "dukfile.contrast.on_paper", "dukfile.contrast.fix_domains")
    return out


def _field_of(loc: tuple[Any, ...], template: Template) -> str:
    """The readable name of `loc`, as the loader's problems write it."""
    if loc[0] == "fields":
        return f"fields[{template.fields[loc[1]].id}].{loc[2]}"
    if loc[0] == "groups":
        return f"groups[{template.groups[loc[1]].id}].{loc[2]}"
    return ".".join(str(part) for part in loc)


@dataclass
class CheckResult:
    """What `duker check` found: the files that load, their problems and warnings."""

    good: list[tuple[Path, Template]] = field(default_factory=list)
    problems: list[TemplateProblem] = field(default_factory=list)
    warnings: list[TemplateProblem] = field(default_factory=list)


def check(target: Path, user_folder: Path | None = None) -> CheckResult:
    """Check one duk file, or every duk file in a folder: what the loader refuses,
    two files with one id in the same folder (for a single file: against the other
    files beside it, which the program would load together with it), and colours
    without enough contrast. A single file outside `user_folder` (the user's own
    duker) is also held against the files there: copied in beside one with the same
    id, neither would be used (a warning, said before it happens)."""
    result = CheckResult()
    folder = target if target.is_dir() else target.parent
    paths = _template_files(target) if target.is_dir() else [target]
    loaded: list[tuple[Path, Template]] = []
    for path in paths:
        try:
            loaded.append((path, load_template_file(path)))
        except TemplateFileError as exc:
            result.problems.extend(exc.problems)
    checked = {p for p, _ in loaded}
    if not target.is_dir() and loaded:
        loaded += _siblings_with_id(folder, target, loaded[0][1].id)
    left_out, duplicates = duplicate_ids(loaded)
    result.problems += [p for p in duplicates if p.path in checked]
    if (user_folder is not None and not target.is_dir() and loaded
            and not _same_folder(folder, user_folder)):
        result.warnings += _already_in_user_folder(target, loaded[0][1].id, user_folder)
    for path, template in loaded:
        if path not in checked:
            continue
        result.warnings += contrast_warnings(path, template, text_of(path))
        if path not in left_out:
            result.good.append((path, template))
    return result


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _already_in_user_folder(draft: Path, ident: str, user_folder: Path) -> list[TemplateProblem]:
    """A warning when the user's duker folder already has a file with this id."""
    there = [p for p, _ in _siblings_with_id(user_folder, draft, ident)]
    if not there:
        return []
    return [TemplateProblem(
        draft, msg("dukfile.already_in_user_folder", ident=ident, files=file_names(there)),
        line=locate_line(text_of(draft), ("id",)), field="id")]


def _siblings_with_id(folder: Path, checked: Path, ident: str) -> list[tuple[Path, Template]]:
    """The other loadable files in `folder` with template id `ident`."""
    out: list[tuple[Path, Template]] = []
    for path in _template_files(folder):
        if path.resolve() == checked.resolve():
            continue
        try:
            template = load_template_file(path)
        except TemplateFileError:
            continue  # its own problems are for a check of that file
        if template.id == ident:
            out.append((path, template))
    return out
