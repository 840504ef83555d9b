"""Small key/value facts kept in the store (store id, created at, last full check,
choices the program remembers): the `settings` table."""

from __future__ import annotations

from typing import Any

from samtaleduk.store import db


def setting(conn: Any, key: str, default: str | None = None) -> str | None:
    """A stored setting, or `default`."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def set_setting(conn: Any, key: str, value: str) -> None:
    """Store a setting (insert or replace)."""
    with db.transaction(conn) as c:
        c.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
