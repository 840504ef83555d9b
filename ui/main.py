"""The program's composition root: what the `samtaleduk` command starts.

It joins the engine's command line (`samtaleduk.cli`) to the GUI: the window opens
with no subcommand (and after `demo`), and the GUI's own commands, `snapshot` and
`selftest`, are added to the engine's. Nothing here imports Qt: a command that
needs no window never loads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samtaleduk import cli
from ui.shell.launch import launch_gui


def register_gui_commands(sub: Any) -> None:
    """Add the commands that draw with Qt (imported only when the parser is built)."""
    from ui.tools import selftest_cmd, snapshot_cmd

    snapshot_cmd.register(sub)
    selftest_cmd.register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `samtaleduk`; returns the process exit code."""
    return cli.main(argv, extra_commands=register_gui_commands, launch=launch_gui)
