"""Writing files so that a crash leaves the old file or the new one, never half of one.

Used by the key file, case files, the right-of-access export and printing (through
`printing.atomic`, which turns folder problems into messages for the user).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(out: Path, data: bytes, *, prefix: str = ".samtaleduk-") -> Path:
    """Temp file beside `out`, fsync, rename, fsync the folder; returns `out`."""
    out = Path(out)
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(out.parent)
    return out
