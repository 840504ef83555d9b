"""Nothing in ui/ writes to the store by itself: every change goes through an
operation of `samtaleduk.ops`, whose `Changes` the app puts on its change bus
(`ui.shell.state.AppState`). The CLI changes content through ops too. Read with
`ast`, so a write is found wherever it is."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

STORE_WRITES = frozenset({
    "save_case", "save_meeting", "delete_case", "compact", "remember_template",
    "log_event", "set_setting", "change_passphrase", "close_burst", "refresh_search",
})
"""The writing methods of `samtaleduk.store.store.Store`."""
ENGINE_WRITERS = {
    "samtaleduk.trust.deletion": frozenset({"delete_case_completely", "set_retention_days"}),
    "samtaleduk.handover.case_file": frozenset({"import_case"}),
}
"""Engine functions that write, which the ops layer wraps."""
RAW_ACCESS = frozenset({"conn", "db", "snapshots"})
"""The store's connection, its sqlite-utils view and its snapshot cache: ways round
its writers (the app has no business with them)."""


def _writes(path: Path, *, allowed: frozenset[str] = frozenset(),
            raw: bool = True) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    writers = frozenset().union(*ENGINE_WRITERS.values())
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if (name in STORE_WRITES or name in writers) and name not in allowed:
                found.append(f"{path.name}:{node.lineno} .{name}()")
        if raw and isinstance(node, ast.Attribute) and node.attr in RAW_ACCESS:
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        if isinstance(node, ast.ImportFrom) and node.module in ENGINE_WRITERS:
            found += [f"{path.name}:{node.lineno} imports {alias.name}"
                      for alias in node.names if alias.name in ENGINE_WRITERS[node.module]]
    return found


def test_the_scan_sees_each_kind_of_write(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("store.save_case(case)\n"
                      "from samtaleduk.trust.deletion import delete_case_completely\n"
                      "store.conn.execute('DELETE FROM cases')\n"
                      "case_file.import_case(store, path, secret)\n", encoding="utf-8")
    assert len(_writes(sample)) == 4


def test_no_store_write_in_ui() -> None:
    found = [f"{path.relative_to(ROOT)}: {hit}"
             for path in sorted((ROOT / "ui").rglob("*.py")) for hit in _writes(path)]
    assert found == [], "write through samtaleduk.ops instead:\n" + "\n".join(found)


def test_the_cli_changes_content_through_ops_too() -> None:
    # Changing the passphrase re-wraps the key file: no content changes, nothing to
    # tell anyone, so it stays the store's own call. The CLI opens stores and reads
    # through their connection in places, so raw access is not checked there.
    found = [f"{path.relative_to(ROOT)}: {hit}"
             for path in sorted((ROOT / "samtaleduk" / "cli").rglob("*.py"))
             for hit in _writes(path, allowed=frozenset({"change_passphrase"}), raw=False)]
    assert found == [], "write through samtaleduk.ops instead:\n" + "\n".join(found)
