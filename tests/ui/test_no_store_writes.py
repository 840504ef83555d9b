"""Nothing in ui/ writes to the store by itself: every change goes through an
operation of `samtaleduk.ops`, whose `Changes` the app puts on its change bus
(`ui.shell.state.AppState`). Read with `ast`, so a write is found wherever it is."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

STORE_WRITES = frozenset({
    "save_case", "save_meeting", "delete_case", "compact", "remember_template",
    "log_event", "set_setting", "change_passphrase",
})
"""The writing methods of `samtaleduk.store.store.Store` (and its meta part)."""
ENGINE_WRITERS = {
    "samtaleduk.trust.deletion": {"delete_case_completely", "set_retention_days"},
    "samtaleduk.handover.case_file": {"import_case"},
}
"""Engine functions that write, which the ops layer wraps."""


def _writes(path: Path, allowed: frozenset[str] = frozenset()) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            writers = set().union(*ENGINE_WRITERS.values())
            if (name in STORE_WRITES or name in writers) and name not in allowed:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{name}()")
        if isinstance(node, ast.ImportFrom) and node.module in ENGINE_WRITERS:
            for alias in node.names:
                if alias.name in ENGINE_WRITERS[node.module]:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} "
                                 f"imports {alias.name}")
    return found


def test_the_scan_sees_a_write() -> None:
    source = ROOT / "tests" / "ui" / "_write_sample.py"
    try:
        source.write_text("store.save_case(case)\n"
                          "from samtaleduk.trust.deletion import delete_case_completely\n",
                          encoding="utf-8")
        assert len(_writes(source)) == 2
    finally:
        source.unlink()


def test_no_store_write_in_ui() -> None:
    found = [hit for path in sorted((ROOT / "ui").rglob("*.py")) for hit in _writes(path)]
    assert found == [], "write through samtaleduk.ops instead:\n" + "\n".join(found)


def test_the_cli_changes_content_through_ops_too() -> None:
    # Changing the passphrase re-wraps the key file: no content changes, nothing to
    # tell anyone, so it stays the store's own call.
    allowed = frozenset({"change_passphrase"})
    found = [hit for path in sorted((ROOT / "samtaleduk" / "cli").rglob("*.py"))
             for hit in _writes(path, allowed)]
    assert found == [], "write through samtaleduk.ops instead:\n" + "\n".join(found)
