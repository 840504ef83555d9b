"""The layers hold: the engine imports no Qt and no ui/, not even by a string handed
to importlib; no module imports itself round a cycle; the program starts as a
module; and with no screen the app says so plainly instead of crashing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.import_graph import (
    Import,
    cycles,
    engine_doors_to_ui,
    imports_of,
    project_imports,
    project_modules,
)

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_engine_imports_no_qt_and_no_ui() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import samtaleduk
        names = [m.name for m in pkgutil.walk_packages(samtaleduk.__path__, "samtaleduk.")]
        for name in names:
            if name != "samtaleduk.__main__":
                importlib.import_module(name)
        bad = sorted(m for m in sys.modules
                     if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
        print(len(names))
        print(",".join(bad))
        """
    )
    result = _run(["-c", script])
    assert result.returncode == 0, result.stderr
    count, bad = result.stdout.splitlines()
    assert int(count) >= 5  # the walk did find the package's modules
    assert bad == ""


def test_python_m_samtaleduk_help_exits_0() -> None:
    result = _run(["-m", "samtaleduk", "--help"])
    assert result.returncode == 0, result.stderr
    assert "bruk: samtaleduk" in result.stdout
    assert "duker" in result.stdout


def test_without_a_display_the_app_says_so_plainly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SAMTALEDUK_DATA_DIR"] = str(tmp_path / "data")
    result = _run(["-m", "samtaleduk"], env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("samtaleduk: Fann ingen skjerm")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_local_display_that_is_gone_gets_the_same_message(tmp_path: Path) -> None:
    # Qt would abort with a core dump on an X display with no server behind it.
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    free = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env["DISPLAY"] = f":{free}"
    env["SAMTALEDUK_DATA_DIR"] = str(tmp_path / "data")
    result = _run(["-m", "samtaleduk"], env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("samtaleduk: Fann ingen skjerm")


def test_a_missing_qt_library_gets_a_plain_message(tmp_path: Path) -> None:
    # What a machine without Qt's system libraries shows instead of a traceback.
    script = textwrap.dedent(
        """
        import importlib.abc, sys
        class NoQtLibrary(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == "ui.shell.app":
                    raise ImportError("libEGL.so.1: cannot open shared object file")
                return None
        sys.meta_path.insert(0, NoQtLibrary())
        from ui.main import main
        sys.exit(main([]))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMTALEDUK_DATA_DIR=str(tmp_path))
    result = _run(["-c", script], env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "samtaleduk: Den grafiske delen av Samtaleduk kunne ikkje lastast (libEGL.so.1 manglar). "
        "Køyr scripts/setup.sh, som installerer det som trengst."
    )


def test_starting_the_app_does_not_import_the_commands(tmp_path: Path) -> None:
    # Cold start: printing (reportlab) and the other commands load only when asked for.
    script = textwrap.dedent(
        """
        import sys
        from ui.main import main
        code = main(["--data-dir", sys.argv[1]])
        loaded = sorted(m for m in sys.modules
                        if m.startswith(("reportlab", "samtaleduk.printing", "samtaleduk.cli.",
                                         "ui.tools.s")))
        print(code, ",".join(loaded))
        """
    )
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = _run(["-c", script, str(tmp_path / "data")], env=env)
    assert result.stdout.split() == ["1"], result.stderr


# ------------------------------------------------------------ the engine's one door
def _without_lines(doors: Iterable[str]) -> list[str]:
    """The places without their line numbers, which move with every edit."""
    return [re.sub(r":\d+: ", ": ", d, count=1) for d in doors]


def test_the_engine_names_the_ui_only_in_its_main_module() -> None:
    # `import ui…` / `from ui…` anywhere (even in a function or under TYPE_CHECKING),
    # and a "ui…" string given to importlib, __import__ or find_spec: a door to the
    # UI that ruff and the import test above cannot see.
    doors = engine_doors_to_ui(ROOT)
    assert _without_lines(d for d in doors if d.startswith("samtaleduk/__main__.py:")) == [
        "samtaleduk/__main__.py: from ui.main import …"
    ], "python -m samtaleduk must start the composition root ui.main, and nothing else of ui/"
    others = [d for d in doors if not d.startswith("samtaleduk/__main__.py:")]
    assert others == [], "the engine names the UI here:\n" + "\n".join(others)


@pytest.mark.parametrize("source", [
    "import importlib\nimportlib.import_module('ui.shell.launch')",
    "from importlib import import_module\nimport_module(f'ui.tools.{name}_cmd')",
    "__import__('ui')",
    "import importlib.util\nimportlib.util.find_spec('ui.main')",
    "import importlib\nimportlib.import_module('.launch', package='ui.shell')",
    "import importlib\nimportlib.import_module(name)",
    "LAUNCHER = 'ui.shell.launch'",
    "def f():\n    from ui.shell import launch",
    "if TYPE_CHECKING:\n    import ui.main",
])
def test_the_door_check_sees_a_hidden_door(tmp_path: Path, source: str) -> None:
    # The check itself can fail: each of these, put into the engine, is reported.
    engine = tmp_path / "samtaleduk"
    engine.mkdir()
    (engine / "launcher.py").write_text(source + "\n", encoding="utf-8")
    assert len(engine_doors_to_ui(tmp_path)) == 1, source


def test_engine_imports_by_string_name_their_engine_package() -> None:
    # The one dynamic import the engine has: the command modules, by a literal prefix.
    doors = engine_doors_to_ui(ROOT, report_engine_imports=True)
    assert _without_lines(doors) == [
        "samtaleduk/__main__.py: from ui.main import …",
        "samtaleduk/cli/__init__.py: import_module(f\"samtaleduk.cli.{…}\")",
    ]


# ------------------------------------------------------------------- import cycles
KNOWN_CYCLE_EDGES: dict[tuple[str, str], str] = {
}
"""Imports that close a cycle, each with why it is tolerated for now. Every one is
inside a function or under TYPE_CHECKING: no cycle runs on import."""


def _show(imports: list[Import]) -> str:
    return "\n".join(f"  {i.source} -> {i.target}  ({i.kind}, line {i.line})" for i in imports)


def test_no_import_cycle_through_module_level_imports() -> None:
    # What runs on import: a cycle here makes the import order decide whether
    # a name exists yet.
    found = cycles(project_imports(ROOT), kinds={"module"})
    assert found == [], "import cycles through module-level imports:\n" + "\n\n".join(
        _show(c) for c in found)


def test_no_import_cycle_through_imports_in_functions_or_for_types() -> None:
    # An import inside a function or under TYPE_CHECKING hides a cycle from the
    # import order, not from the design: the modules still cannot be understood
    # (or changed) apart.
    found = cycles(project_imports(ROOT), kinds={"module", "function", "typing"},
                   allowed=set(KNOWN_CYCLE_EDGES))
    assert found == [], (
        "import cycles (imports in functions and under TYPE_CHECKING included):\n"
        + "\n\n".join(_show(c) for c in found))


def test_known_cycle_edges_still_exist() -> None:
    # An exception that is no longer needed is removed from the list.
    edges = {(i.source, i.target) for i in project_imports(ROOT)}
    gone = sorted(set(KNOWN_CYCLE_EDGES) - edges)
    assert gone == [], f"these imports are gone: take them out of KNOWN_CYCLE_EDGES: {gone}"


def test_the_graph_sees_every_module_and_its_imports() -> None:
    modules = project_modules(ROOT)
    assert {"samtaleduk.cli", "ui.main", "ui.shell.main_window"} <= set(modules)
    kinds = {i.kind for i in imports_of("ui.main", modules)}
    assert kinds == {"module", "function"}
    assert any(i.target == "ui.tools.selftest_cmd" and i.kind == "function"
               for i in imports_of("ui.main", modules))


def test_the_cycle_check_finds_a_cycle_and_names_its_edges() -> None:
    a_b = Import("a", "b", "module", 1)
    b_c = Import("b", "c", "function", 2)
    c_a = Import("c", "a", "module", 3)
    typing_only = Import("c", "b", "typing", 4)
    assert cycles([a_b, b_c, c_a, typing_only], kinds={"module"}) == []
    assert cycles([a_b, b_c, c_a, typing_only], kinds={"module", "function"}) == [
        [a_b, b_c, c_a]]
    assert cycles([a_b, b_c, c_a], kinds={"module", "function"}, allowed={("b", "c")}) == []
