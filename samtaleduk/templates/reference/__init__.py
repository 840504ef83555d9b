"""The duk format's reference and JSON Schema, generated from the pydantic model.

`generated_files()` gives every generated file's path (from the repository root) and
its content; `stale_files(root)` says which committed files differ from it;
`write_files(root)` writes them. `python -m samtaleduk.templates.reference` is the one
command that regenerates them (`--check` only reports), and
`tests/samtaleduk/templates/test_reference.py` fails when they are stale.
"""

from __future__ import annotations

from pathlib import Path

from samtaleduk.templates.reference.reference import (
    COMMAND,
    LANGUAGES,
    reference_file,
    reference_text,
)
from samtaleduk.templates.reference.schema import SCHEMA_DIRECTIVE, SCHEMA_FILE, schema_text

__all__ = ["COMMAND", "SCHEMA_DIRECTIVE", "SCHEMA_FILE", "generated_files", "stale_files",
           "write_files"]


def generated_files() -> dict[str, str]:
    """Every generated file: its path from the repository root, and its text."""
    files = {reference_file(lang): reference_text(lang) for lang in LANGUAGES}
    files[SCHEMA_FILE] = schema_text()
    return files


def stale_files(root: Path) -> list[str]:
    """The generated files under `root` that are missing or differ from what the
    model gives now."""
    stale = []
    for name, text in generated_files().items():
        path = root / name
        try:
            current = path.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != text:
            stale.append(name)
    return stale


def write_files(root: Path) -> list[str]:
    """Write the generated files that changed under `root`; returns their names."""
    changed = stale_files(root)
    files = generated_files()
    for name in changed:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[name], encoding="utf-8", newline="\n")
    return changed
