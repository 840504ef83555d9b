"""The layers hold: the engine imports no Qt and no ui/; the program starts as a module;
and with no screen the app says so plainly instead of crashing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

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
    assert "usage: samtaleduk" in result.stdout
    assert "duker" in result.stdout


def test_without_a_display_the_app_says_so_plainly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SAMTALEDUK_DATA_DIR"] = str(tmp_path / "data")
    result = _run(["-m", "samtaleduk"], env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("samtaleduk: fann ingen skjerm")
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
    assert result.stderr.startswith("samtaleduk: fann ingen skjerm")


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
        "samtaleduk: den grafiske delen av Samtaleduk kunne ikkje lastast (libEGL.so.1 manglar). "
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
