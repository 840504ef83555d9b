"""A command line imports only its command's module (issue 16: argparse imported
every command module, about 0.5 s, before `cases` or `search` could answer)."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from samtaleduk.cli import COMMAND_MODULES, COMMANDS

ROOT = Path(__file__).resolve().parents[3]


def test_the_map_names_every_command_each_module_registers() -> None:
    for name in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"samtaleduk.cli.{name}").register(sub)
        registered = set(sub.choices)
        mapped = {command for command, module in COMMANDS.items() if module == name}
        assert registered == mapped, name


def test_cases_imports_neither_printing_nor_the_other_commands(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from ui.main import main
        code = main(["--data-dir", sys.argv[1], "cases"])
        loaded = sorted(m for m in sys.modules
                        if m.startswith(("reportlab", "samtaleduk.printing", "samtaleduk.cli.",
                                         "ui.tools.s")))
        print(code, ",".join(loaded))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "SAMTALEDUK_PASSPHRASE"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    code, loaded = (done.stdout.split() + [""])[:2]
    assert code == "1", done.stderr  # no store there: one line, exit 1
    assert set(loaded.split(",")) - {""} <= {"samtaleduk.cli.cases_cmd",
                                             "samtaleduk.cli.common",
                                             "samtaleduk.cli.localised"}, loaded
