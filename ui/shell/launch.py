"""Opening the window from the command line: `launch_gui`, given to the engine's
command line by the composition root (`ui.main`).

Qt is imported only here, when the window is asked for, so the command line's
other commands never load it; a machine without a screen or without Qt's system
libraries gets one plain line instead of a crash.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from samtaleduk.errors import UserError


def has_display() -> bool:
    """True when a window can be shown (or Qt was told to draw offscreen)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        if os.environ.get("WAYLAND_DISPLAY"):
            return True
        return _x_display_reachable(os.environ.get("DISPLAY", ""))
    return True


def _x_display_reachable(display: str) -> bool:
    """False for no DISPLAY, or a local one (":0") whose X socket is gone: Qt would
    abort with a core dump there instead of a message. Remote displays
    ("host:10.0", SSH forwarding) cannot be checked without a network call."""
    if not display:
        return False
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if match is None:
        return True
    return Path(f"/tmp/.X11-unix/X{match.group(1)}").exists()


def launch_gui(args: argparse.Namespace, passphrase: str | None = None,
               **options: object) -> int:
    """Start the app's main window; a plain message, not a crash, without a screen."""
    if not has_display():
        raise UserError("gui.no_display")
    try:
        from ui.shell import app
    except ImportError as exc:
        # A system library Qt needs (libEGL.so.1, …) or Qt itself is missing on a
        # machine set up without scripts/setup.sh: say which, in one line. Any other
        # import error is a bug and keeps its traceback.
        text = str(exc)
        qt_missing = (exc.name or "").split(".")[0] in ("PySide6", "shiboken6")
        if not (qt_missing or ".so" in text or "DLL" in text):
            raise
        missing = exc.name if qt_missing else text.split(":")[0]
        raise UserError("gui.qt_missing", missing=str(missing)) from None
    code: int = app.run(data_dir=getattr(args, "data_dir", None), passphrase=passphrase,
                        **options)
    return code
