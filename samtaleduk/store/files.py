"""Where the store's files are, and whether there is one, without importing the
database layer: the unlock screen asks this before anything heavy is loaded, so
that the first window is drawn quickly (see ARCHITECTURE, start-up path)."""

from __future__ import annotations

from pathlib import Path

STORE_FILE = "samtaleduk.db"
KEY_FILE = "samtaleduk.key"
MIN_NEW_PASSPHRASE_CHARS = 8
"""The shortest passphrase accepted for a new store (`keyfile` checks it too)."""


def store_file(data_dir: Path) -> Path:
    """The SQLCipher file in `data_dir`."""
    return Path(data_dir) / STORE_FILE


def key_file(data_dir: Path) -> Path:
    """The key file in `data_dir`."""
    return Path(data_dir) / KEY_FILE


def store_exists(data_dir: Path) -> bool:
    """True when the data folder holds a store (or what is left of one): then a new
    store must never be created over it. A folder Samtaleduk may not look into
    (another user's, or without rights) is a `StoreError` with a plain message:
    there may be a store in it, so a new one must not be made either."""
    try:
        return store_file(data_dir).exists() or key_file(data_dir).exists()
    except OSError as exc:
        from samtaleduk.messages import os_reason
        from samtaleduk.store.errors import StoreError

        raise StoreError("store.no_access_data_dir", folder=str(data_dir),
                         reason=os_reason(exc)) from None
