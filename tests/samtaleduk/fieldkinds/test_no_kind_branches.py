"""Nothing outside the kind registries branches on a field kind's name: the code
asks the kind's spec instead, so a new kind is added in the registries, not in the
dozen modules that once each knew a little about it. A source scan (ast), covering
the engine and the UI; tests, benchmarks and docs may name kinds freely."""

from __future__ import annotations

import ast
from pathlib import Path

from samtaleduk.templates.model import FieldKind

ROOT = Path(__file__).resolve().parents[3]
ALLOWED = {
    "samtaleduk/templates/model.py",  # the schema: the enum and its per-kind rules
    "samtaleduk/fieldkinds/registry.py",  # the engine's specs
    "ui/canvas/kinds.py",  # the screen's parts
}
KIND_VALUES = {k.value for k in FieldKind}


def _names_kind(node: ast.expr) -> bool:
    """`kind`, `f.kind`, `field.field.kind`, …: an expression that reads a kind."""
    if isinstance(node, ast.Attribute):
        return "kind" in node.attr.lower()
    return isinstance(node, ast.Name) and "kind" in node.id.lower()


def _kind_words(node: ast.expr) -> bool:
    """A kind's value as a string, alone or in a tuple, list or set."""
    if isinstance(node, ast.Constant):
        return node.value in KIND_VALUES
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_kind_words(e) for e in node.elts)
    return False


def branches(source: str, path: str = "<source>") -> list[str]:
    """Every place in `source` that names a field kind: `FieldKind.NOTES`, or a
    comparison of something called kind with a kind's value ("notes")."""
    found = []
    for node in ast.walk(ast.parse(source, path)):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id == "FieldKind" and node.attr in FieldKind.__members__):
            found.append(f"{path}:{node.lineno}: FieldKind.{node.attr}")
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_names_kind(o) for o in operands) and any(_kind_words(o) for o in operands):
                found.append(f"{path}:{node.lineno}: compares a kind with its name")
    return found


def test_the_scan_sees_a_branch() -> None:
    assert len(branches("if f.kind is FieldKind.NOTES:\n    pass\n")) == 1
    assert len(branches("x = f.kind in ('text', 'date')\n")) == 1
    assert len(branches("x = [f for f in t.fields_of_kind(FieldKind.DATE)]\n")) == 1
    assert branches("x = 'notes' in spec_of(f.kind).holds\n") == []


def test_no_kind_branches_outside_the_registries() -> None:
    found = []
    for package in ("samtaleduk", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel not in ALLOWED:
                found += branches(path.read_text("utf-8"), rel)
    assert found == [], ("ask the kind's spec (samtaleduk.fieldkinds, ui.canvas.kinds) "
                         "instead of naming the kind:\n" + "\n".join(found))
