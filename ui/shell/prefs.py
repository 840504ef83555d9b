"""The UI's own small settings (language, theme, last facilitator name, the idle
lock's minutes).

Kept in an INI file in the data folder, not in the system registry, so that tests
and portable installs never touch the user's real settings. Nothing personal about
a family is ever written here.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ui.tools.i18n import DEFAULT_LANGUAGE, LANGUAGES

FILE_NAME = "ui-settings.ini"
IDLE_MINUTES_DEFAULT = 5
IDLE_MINUTES_MIN = 1
IDLE_MINUTES_MAX = 30
"""The idle lock fits a meeting: at least a minute, at most half an hour (a larger
value would also overflow the timer)."""


def clamp_idle_minutes(raw: object) -> float:
    """`raw` (from the settings file, any type) as minutes within 1–30; the
    default for what is not a number."""
    try:
        minutes = float(str(raw))
    except ValueError:
        return IDLE_MINUTES_DEFAULT
    if math.isnan(minutes):
        return IDLE_MINUTES_DEFAULT
    return min(max(minutes, IDLE_MINUTES_MIN), IDLE_MINUTES_MAX)


class Prefs:
    """Typed access to the UI settings file in `data_dir`."""

    def __init__(self, data_dir: Path) -> None:
        # The data folder is private (the store makes it 0700 too, but the UI may
        # be first to create it).
        self.folder_problem: str | None = None
        """Why the data folder could not be made (the OS's words), or None."""
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            # Settings then live for this run only; the app says why (ui.shell.app).
            self.folder_problem = exc.strerror or type(exc).__name__
        self._path = data_dir / FILE_NAME
        self._s = QSettings(str(self._path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str) -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def language(self) -> str:
        value = self._get("ui/language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        return self._get("ui/look/theme", "paper")

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/look/theme", value)

    @property
    def facilitator(self) -> str:
        """The facilitator's own name, offered in the new-case dialog."""
        return self._get("cases/facilitator", "")

    @facilitator.setter
    def facilitator(self, value: str) -> None:
        self._s.setValue("cases/facilitator", value)

    @property
    def contact_line(self) -> str:
        """The facilitator's own contact line for invitations ("Ingrid Fjeld,
        familielos, tlf. …"): the facilitator's, never a family's."""
        return self._get("letters/contact_line", "")

    @contact_line.setter
    def contact_line(self, value: str) -> None:
        self._s.setValue("letters/contact_line", value)

    @property
    def idle_minutes(self) -> float:
        """Minutes without input before the window locks (`lock/idle_minutes`; a
        municipality may ship it in the file), clamped to 1–30."""
        return clamp_idle_minutes(self._s.value("lock/idle_minutes", IDLE_MINUTES_DEFAULT))

    @idle_minutes.setter
    def idle_minutes(self, value: float) -> None:
        minutes = clamp_idle_minutes(value)
        self._s.setValue("lock/idle_minutes", int(minutes) if minutes.is_integer() else minutes)
        self.sync()

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's last size and place (no content, only a rectangle)."""
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    def sync(self) -> None:
        """Write the settings now, readable by the user only (Qt keeps the mode)."""
        self._s.sync()
        if self._path.exists():
            self._path.chmod(0o600)
