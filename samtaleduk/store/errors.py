"""The store's errors: each one a calm, one-line message (an id of the catalogue in
`samtaleduk.messages`, rendered in nn, nb or en) with no case content.

They live apart from `store.py` so that the key file module can raise them without
importing the database layer; `samtaleduk.store.store` re-exports every name.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from samtaleduk.errors import UserError
from samtaleduk.messages import Message, os_reason


class StoreError(UserError):
    """The encrypted store cannot do what was asked (missing, damaged, locked, …)."""


class WrongPassphrase(StoreError):
    """The passphrase does not unlock the key file."""

    def __init__(self, message: str | Message = "store.wrong_passphrase") -> None:
        super().__init__(message)


class StoreMissing(StoreError):
    """There is no store in the data folder yet."""


class StoreTooNew(StoreError):
    """The store was written by a newer Samtaleduk than this one."""


class UnreadableRecord(StoreError):
    """A case, meeting or duk in the store does not fit this program's models: written
    by another version at the same schema version, or changed outside the program."""


class NotFound(StoreError):
    """A case or meeting with the given id is not in the store."""


class SaveFailed(StoreError):
    """A write did not happen (disk full, folder read-only, store busy). Everything
    saved before is intact; the caller keeps the data on screen and may retry."""


class DiskFull(SaveFailed):
    """The disk (or the user's quota, or a file size limit) is full: nothing new was
    written, everything saved before is intact, and saving works again once there is
    room."""


class StoreDamaged(StoreError):
    """The store file is damaged, empty or missing. It is never replaced silently:
    `samtaleduk.store.restore.open_store` puts it aside (`aside`) and lists the verified
    backups to restore from (`candidates`, newest first)."""

    def __init__(self, message: str | Message, aside: object = None,
                 candidates: Sequence[object] = ()) -> None:
        super().__init__(message)
        self.aside = aside
        """Where the damaged file was put (a Path), or None."""
        self.candidates = list(candidates)
        """Verified backups (`samtaleduk.store.backup.BackupInfo`), newest first."""


def folder_unusable(folder: Path, exc: OSError) -> StoreError:
    """The data folder `folder` cannot be made or used: the reason in the user's
    words, chosen by errno (`os_reason`)."""
    return StoreError("store.folder_unusable", folder=str(folder), reason=os_reason(exc))
