"""Where the program's own files and the user's data live.

Program files (duker/, resources/) sit beside the packages in a checkout, or under
PyInstaller's `sys._MEIPASS` in a bundle. The data folder comes, in this order, from
an explicit argument (`--data-dir`), the `SAMTALEDUK_DATA_DIR` environment variable,
a `portable.txt` file beside the program (USB-stick use: data beside the program),
or the platform's user data folder (platformdirs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Samtaleduk"
DATA_DIR_ENV = "SAMTALEDUK_DATA_DIR"
PORTABLE_MARKER = "portable.txt"


def app_root() -> Path:
    """The folder holding duker/ and resources/."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def builtin_duker_dir() -> Path:
    """The duker shipped with the program."""
    return app_root() / "duker"


def resources_dir() -> Path:
    """Fonts, styles and translations shipped with the program."""
    return app_root() / "resources"


def font_path(bold: bool = False) -> Path:
    """The open font shipped with the program (Norwegian and Sami coverage)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return resources_dir() / "fonts" / name


def _portable_dir() -> Path | None:
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "data"
    return None


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder (store, key file, backups, own duker). Not created here."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    portable = _portable_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def user_duker_dir(data: Path) -> Path:
    """The user's own duker folder: a municipality's variants and new duker."""
    return data / "duker"
