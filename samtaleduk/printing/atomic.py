"""Write a finished PDF so that a failed or interrupted print leaves no file.

The PDF is built completely in memory first; `samtaleduk.store.durable` then writes it
beside the target, flushes it to disk and renames it over the target in one step.
If anything fails, the temporary file is gone and an earlier file at the target is
left as it was. This module adds what the person printing needs: a message that
names the folder problem (never the content).
"""

from __future__ import annotations

from pathlib import Path

from samtaleduk.errors import UserError
from samtaleduk.messages import os_reason
from samtaleduk.store import durable


def write_atomically(out: Path, data: bytes) -> Path:
    """Write `data` to `out` atomically and return the resolved path.

    Raises UserError (naming only the folder problem, never the content) when the
    folder is missing or not writable, or the disk refuses the file.
    """
    out = Path(out).expanduser()
    folder = out.parent
    if not folder.is_dir():
        raise UserError("print.no_folder", folder=str(folder))
    try:
        # The temp name is random: no personal data, no clash with a parallel print.
        durable.write_atomically(out, data, prefix=".samtaleduk-print-")
    except PermissionError as exc:
        raise UserError("print.folder_unwritable", folder=str(folder),
                        reason=os_reason(exc)) from exc
    except OSError as exc:
        raise UserError("print.not_saved", folder=str(folder), reason=os_reason(exc)) from exc
    return out.resolve()
