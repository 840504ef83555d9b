"""Two duk files in one folder with one id: both are left out, with a problem on
each file's `id` line naming every file (none may win because it sorts first)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from samtaleduk.messages import Param, msg
from samtaleduk.templates.model import Template
from samtaleduk.templates.problems import TemplateProblem, joined, locate_line


def file_names(paths: Sequence[Path]) -> Param:
    """"a.toml og b.toml", "a.toml, b.toml og c.toml" (in the language shown)."""
    return joined([p.name for p in paths])


def text_of(path: Path) -> str:
    """The file's text for finding a line; empty when it cannot be read (again)."""
    try:
        return path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


def duplicate_ids(
    loaded: Sequence[tuple[Path, Template]], earlier: Mapping[str, Path] | None = None,
) -> tuple[frozenset[Path], list[TemplateProblem]]:
    """Files of one folder that share a template id. Returns the files to leave out
    (all that share an id: the one that sorts first must not win silently) and one
    problem per such file, naming every file with that id. `earlier` maps ids already
    loaded from an earlier folder (the built-in duker) to their file: the problem
    says that one is used meanwhile."""
    by_id: dict[str, list[Path]] = {}
    for path, template in loaded:
        by_id.setdefault(template.id, []).append(path)
    left_out: set[Path] = set()
    problems: list[TemplateProblem] = []
    for ident, paths in by_id.items():
        if len(paths) < 2:
            continue
        left_out.update(paths)
        meanwhile: Param = (msg("dukfile.duplicate_meanwhile", ident=ident,
                                file=earlier[ident].name)
                            if earlier and ident in earlier else "")
        for path in paths:
            problems.append(TemplateProblem(
                path,
                msg("dukfile.duplicate_id", ident=ident, count=len(paths),
                    files=file_names(paths), meanwhile=meanwhile),
                line=locate_line(text_of(path), ("id",)), field="id"))
    return frozenset(left_out), problems
