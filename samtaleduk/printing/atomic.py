"""Write a finished PDF so that a failed or interrupted print leaves no file.

The PDF is built completely in memory first; only then is it written to a
temporary file in the target folder, flushed to disk, and renamed over the target
in one step (`os.replace`). If anything fails, the temporary file is removed and an
earlier file at the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from samtaleduk.errors import UserError


def write_atomically(out: Path, data: bytes) -> Path:
    """Write `data` to `out` atomically and return the resolved path.

    Raises UserError (naming only the folder problem, never the content) when the
    folder is missing or not writable.
    """
    out = Path(out).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"mappa finst ikkje: {folder}")
    # A random name: no personal data, no clash with a parallel print.
    tmp = folder / f".samtaleduk-{secrets.token_hex(6)}.pdf.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise UserError(f"kan ikkje skriva i mappa {folder}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise UserError(f"kunne ikkje lagra PDF-fila i {folder}: {exc.strerror}") from exc
        raise
    _fsync_folder(folder)
    return out.resolve()


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
