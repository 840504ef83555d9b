"""The UI's own small settings (language, theme, last facilitator name).

Kept in an INI file in the data folder, not in the system registry, so that tests
and portable installs never touch the user's real settings. Nothing personal about
a family is ever written here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

FILE_NAME = "ui-settings.ini"


class Prefs:
    """Typed access to the UI settings file in `data_dir`."""

    def __init__(self, data_dir: Path) -> None:
        # The data folder is private (the store makes it 0700 too, but the UI may
        # be first to create it).
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
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
        return self._get("ui/theme", "paper")

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value)

    @property
    def facilitator(self) -> str:
        """The facilitator's own name, offered in the new-case dialog."""
        return self._get("cases/facilitator", "")

    @facilitator.setter
    def facilitator(self, value: str) -> None:
        self._s.setValue("cases/facilitator", value)

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
