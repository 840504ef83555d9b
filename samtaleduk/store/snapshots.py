"""The duk templates meetings were written with, kept in the store by (id, version).

A municipality may edit its duk; an old meeting must still be shown, printed and
compared with the duk it was written with. `TemplateSnapshots` keeps the first
snapshot of each version and a cache of what it has read (`Store.snapshots`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samtaleduk.errors import UserError
from samtaleduk.store import db, stored_json
from samtaleduk.templates.model import Template


class TemplateSnapshots:
    """The template snapshots of the store in `data_dir`, read and written through
    the open connection each method is given (so the cache holds no connection)."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._cache: dict[tuple[str, int], Template | None] = {}

    def remember(self, conn: Any, template: Template) -> None:
        """Keep a snapshot of the template by (id, version). The first snapshot of a
        version stays: it is the one the meetings of that version were written with."""
        key = (template.id, template.version)
        if self._cache.get(key) is not None:
            return
        with db.transaction(conn) as c:
            c.execute("INSERT OR IGNORE INTO templates(id, version, data, saved_at) "
                      "VALUES (?,?,?,?)",
                      (template.id, template.version, template.model_dump_json(),
                       db.now_utc()))
        self._cache.pop(key, None)

    def get(self, conn: Any, template_id: str, version: int) -> Template | None:
        """The stored snapshot of a template version, or None."""
        row = conn.execute("SELECT data FROM templates WHERE id = ? AND version = ?",
                           (template_id, int(version))).fetchone()
        return stored_json.read(Template, row[0]) if row else None

    def latest(self, conn: Any, template_id: str) -> Template | None:
        """The stored snapshot of the newest version of a template, or None."""
        row = conn.execute("SELECT data FROM templates WHERE id = ? "
                           "ORDER BY version DESC LIMIT 1", (template_id,)).fetchone()
        return stored_json.read(Template, row[0]) if row else None

    def written_with(self, conn: Any, template_id: str, version: int) -> Template | None:
        """The duk a meeting of (id, version) was written with: the stored snapshot,
        else the installed duk of the same id and version (then kept as a snapshot),
        else None. Cached."""
        key = (template_id, version)
        if key not in self._cache:
            found = self.get(conn, template_id, version)
            if found is None:
                found = self._installed(conn, template_id, version)
            self._cache[key] = found
        return self._cache[key]

    def forget(self) -> None:
        """Drop the cache (after a deletion, or a write that was rolled back)."""
        self._cache.clear()

    def _installed(self, conn: Any, template_id: str, version: int) -> Template | None:
        # A meeting saved without its template: use the installed duk of the same
        # id and version, and keep a snapshot of it for later.
        from samtaleduk.paths import user_duker_dir
        from samtaleduk.templates.loading import load_all

        try:
            found = load_all(user_duker_dir(self._data_dir)).get(template_id)
        except (KeyError, UserError):
            return None
        if found.version != version:
            return None
        self.remember(conn, found)
        return found
