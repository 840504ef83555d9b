"""What the operating system said, by errno, in the user's words (`messages.os_reason`):
a parameter of messages in every area, so that no message carries the system's own
(English) text."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "os.disk_full": {"nn": "disken er full", "nb": "disken er full", "en": "the disk is full"},
    "os.no_access": {
        "nn": "manglande rettar til mappa eller fila",
        "nb": "manglende rettigheter til mappen eller filen",
        "en": "no rights to the folder or file",
    },
    "os.not_found": {
        "nn": "fila eller mappa finst ikkje",
        "nb": "filen eller mappen finnes ikke",
        "en": "the file or folder does not exist",
    },
    "os.wrong_kind": {
        "nn": "ei fil der det skulle vore ei mappe, eller omvendt",
        "nb": "en fil der det skulle vært en mappe, eller omvendt",
        "en": "a file where a folder should be, or the other way round",
    },
    "os.busy": {
        "nn": "fila er i bruk av eit anna program",
        "nb": "filen er i bruk av et annet program",
        "en": "the file is in use by another program",
    },
    "os.other": {
        "nn": "ein feil i filsystemet",
        "nb": "en feil i filsystemet",
        "en": "an error in the file system",
    },
}
