"""The app's state and its change bus: one `AppState` per main window.

It holds what every page, side window and controller needs to know — the open
store, the case shown, the page, the loaded duker, the user's settings — and tells
them when it changes:

- `store_opened(store)` when a store is set on the window, `unlocked(store)` after
  the user unlocked one (the first unlock too), `store_closed()` after a lock;
- `store_closing()` first when a lock or quit begins, before the window waits for
  the store's lane: a view reading on that lane drops its read then;
- `locking()` before a lock (store and meeting still open), `locked()` after it (or
  after a refused lock: then the store is still set);
- `changed(Changes)`: content changed. Whoever calls an operation of
  `samtaleduk.ops` passes its `Changes` to `publish`; each subscriber reads again
  what it shows, if the change touches it.

Controllers depend on this object, not on the main window's attributes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from samtaleduk.ops.changes import Changes, Done

if TYPE_CHECKING:
    from samtaleduk.domain.model import Case
    from samtaleduk.store.store import KdfParams, Store
    from samtaleduk.templates.loading import TemplateSet
    from ui.shell.prefs import Prefs
    from ui.tools.i18n import LanguageManager

T = TypeVar("T")

PAGES = ("unlock", "cases", "case", "meeting")
"""The window's pages, by name."""


class AppState(QObject):
    """The open store, the shown case and page, and the change bus (module text)."""

    store_opened = Signal(object)
    unlocked = Signal(object)
    store_closed = Signal()
    store_closing = Signal()
    locking = Signal()
    locked = Signal()
    page_changed = Signal(str)
    changed = Signal(object)
    """A `samtaleduk.ops.Changes` that is not empty."""

    def __init__(self, data_dir: Path, prefs: Prefs, languages: LanguageManager,
                 kdf: KdfParams | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.prefs = prefs
        self.languages = languages
        self.kdf = kdf
        """Key derivation for new keys (case files too); None is the strong default."""
        self.store: Store | None = None
        """The open store; None while locked."""
        self.case: Case | None = None
        """The case shown (on its page, or the open meeting's)."""
        self.page = "unlock"
        self._templates: TemplateSet | None = None

    @property
    def templates(self) -> TemplateSet:
        """The duker loaded at start-up (after the first frame)."""
        if self._templates is None:
            raise RuntimeError("the duker are not loaded yet")
        return self._templates

    @templates.setter
    def templates(self, templates: TemplateSet) -> None:
        self._templates = templates

    @property
    def language(self) -> str:
        """The UI language ("nn", "nb" or "en")."""
        return self.languages.language

    def open_store(self, store: Store) -> None:
        """The window has a store now."""
        self.store = store
        self.store_opened.emit(store)

    def close_store(self) -> None:
        """Close the store (the key is dropped) and forget the shown case."""
        store, self.store, self.case = self.store, None, None
        if store is not None:
            # A job queued on the store's lane since the caller last waited (the
            # meeting's last write as it is left at the lock) runs first: the
            # connection is never closed under a worker.
            from ui.tools.jobs import jobs

            jobs().wait_for_store()
            store.close()
            self.store_closed.emit()

    def set_page(self, page: str) -> None:
        """The window shows `page` (one of `PAGES`)."""
        if page != self.page:
            self.page = page
            self.page_changed.emit(page)

    def publish(self, changes: Changes) -> None:
        """Tell every subscriber what an operation changed (nothing when empty)."""
        if changes:
            self.changed.emit(changes)

    def apply(self, done: Done[T]) -> T:
        """`publish` the changes of an operation's result; returns its value."""
        self.publish(done.changes)
        return done.value
