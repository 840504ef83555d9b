"""The project's import graph, read with `ast` (nothing is imported), for the layer
tests (`tests/test_layers.py`).

An import is of one of three kinds, by when it runs: "module" (on import of the
module, class bodies included), "function" (when the function that holds it is
called) and "typing" (under `if TYPE_CHECKING:`, never at run time). Only imports of
the project's own modules (samtaleduk/, ui/) are kept.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGES = ("samtaleduk", "ui")
IMPORT_CALLS = {"import_module", "__import__", "find_spec", "resolve_name"}
"""Functions that import (or find) a module named by a string."""
UI_NAME = re.compile(r"ui(\.\w+)+|ui/[\w/.]*")
"""A string that names a module or file of the UI ("ui.shell.launch", "ui/main.py")."""


@dataclass(frozen=True)
class Import:
    """`source` imports `target` (both dotted module names) at `line`."""

    source: str
    target: str
    kind: str
    line: int


def project_modules(root: Path) -> dict[str, Path]:
    """Every module of samtaleduk/ and ui/ under `root`, by dotted name."""
    modules: dict[str, Path] = {}
    for top in PACKAGES:
        for path in sorted((root / top).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    """Each import statement with its kind."""

    def walk(node: ast.AST, kind: str) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                yield child, kind
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                yield from walk(child, "typing" if kind == "typing" else "function")
            elif isinstance(child, ast.If) and _is_type_checking(child.test):
                for stmt in child.body:
                    yield from walk(ast.Module(body=[stmt], type_ignores=[]), "typing")
                for stmt in child.orelse:
                    yield from walk(ast.Module(body=[stmt], type_ignores=[]), kind)
            else:
                yield from walk(child, kind)

    yield from walk(tree, "module")


def imports_of(name: str, modules: dict[str, Path]) -> list[Import]:
    """The imports of project modules that module `name` makes."""
    path = modules[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[Import] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node, kind in _import_nodes(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            # `from package import module` imports that module; else the names
            # come from `base` itself.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                       for a in node.names]
        for target in dict.fromkeys(targets):
            if target in modules and target != name:
                found.append(Import(name, target, kind, node.lineno))
    return found


def project_imports(root: Path) -> list[Import]:
    """Every import between the project's modules."""
    modules = project_modules(root)
    return [i for name in modules for i in imports_of(name, modules)]


def _strongly_connected(graph: dict[str, list[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components (iterative: the graph is deep)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(graph.get(nxt, []))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component: set[str] = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    components.append(component)
    return components


def _shortest_cycle(through: str, members: set[str],
                    edges: dict[tuple[str, str], Import]) -> list[Import]:
    """A shortest cycle from `through` back to itself inside one component."""
    came_from: dict[str, str] = {}
    frontier = [through]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for (src, dst) in edges:
                if src != node or dst not in members:
                    continue
                if dst == through:
                    path = [node]
                    while path[-1] != through:
                        path.append(came_from[path[-1]])
                    nodes = [through, *reversed(path[:-1]), through]
                    return [edges[(a, b)] for a, b in zip(nodes, nodes[1:], strict=False)]
                if dst not in came_from and dst != through:
                    came_from[dst] = node
                    following.append(dst)
        frontier = following
    raise AssertionError(f"no cycle through {through}")


def cycles(imports: Iterable[Import], kinds: set[str],
           allowed: set[tuple[str, str]] | None = None) -> list[list[Import]]:
    """Cycles among `imports` of the given kinds, leaving out the `allowed` edges:
    for each group of modules that import each other round, shortest cycles that
    together pass through every module of the group."""
    edges: dict[tuple[str, str], Import] = {}
    for i in sorted(imports, key=lambda i: (i.source, i.target, i.line)):
        if i.kind in kinds and (i.source, i.target) not in (allowed or set()):
            edges.setdefault((i.source, i.target), i)
    graph: dict[str, list[str]] = {}
    for src, dst in edges:
        graph.setdefault(src, []).append(dst)
    found: list[list[Import]] = []
    for members in sorted(_strongly_connected(graph), key=min):
        if len(members) < 2:
            continue
        covered: set[str] = set()
        for node in sorted(members):
            if node not in covered:
                cycle = _shortest_cycle(node, members, edges)
                covered |= {i.source for i in cycle}
                found.append(cycle)
    return found


# ----------------------------------------------------------- the engine's doors to ui
def _literal(node: ast.expr) -> str | None:
    """A string argument as written: "ui.main", f"samtaleduk.cli.{…}"; None when
    nothing of it is literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{…}"
                       for v in node.values)
    return None


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else "")


def _names_ui(module: str) -> bool:
    return module == "ui" or module.startswith(("ui.", "ui/"))


def engine_doors_to_ui(root: Path, report_engine_imports: bool = False) -> list[str]:
    """Every place in `root`/samtaleduk that names the UI: an import of ui, a string
    naming a ui module given to an importing function (or kept in a constant), and
    an importing call whose module name is not literal (it cannot be checked).
    With `report_engine_imports`, the engine's own imports by string as well."""
    found: list[str] = []
    for path in sorted((root / "samtaleduk").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, _kind in _import_nodes(tree):
            if isinstance(node, ast.Import):
                found += [f"{rel}:{node.lineno}: import {a.name}"
                          for a in node.names if _names_ui(a.name)]
            elif not node.level and _names_ui(node.module or ""):
                found.append(f"{rel}:{node.lineno}: from {node.module} import …")
        seen: set[int] = set()
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in IMPORT_CALLS and node.args:
                arg = node.args[0]
                seen |= {id(n) for part in (arg, *(k.value for k in node.keywords))
                         for n in ast.walk(part)}
                written = _literal(arg)
                package = next((_literal(k.value) for k in node.keywords
                                if k.arg == "package"), None)
                named = (package or "") + written if written and written[0] == "." else written
                shown = (f'{_called_name(node)}('
                         f'{"f" if isinstance(arg, ast.JoinedStr) else ""}"{written}")')
                if named is None:
                    found.append(f"{rel}:{node.lineno}: {_called_name(node)}(<not literal>)")
                elif _names_ui(named) or report_engine_imports:
                    found.append(f"{rel}:{node.lineno}: {shown}")
            elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and id(node) not in seen and id(node) not in docstrings
                  and UI_NAME.fullmatch(node.value)):
                found.append(f"{rel}:{node.lineno}: {node.value!r}")
    return found
