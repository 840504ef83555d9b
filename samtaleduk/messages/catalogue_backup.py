"""Messages of the store's backups and restoring one (`store.backup`, `store.restore`),
and the advice to restore a backup that the store's damage messages give (`Hint`).

Each id has one sentence per language; `{name}` is a parameter."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- advice that names a command on the command line, a menu in the GUI -------
    "hint.restore_newest.cli": {
        "nn": "hent fram den nyaste tryggingskopien med «samtaleduk restore»",
        "nb": "hent fram den nyeste sikkerhetskopien med «samtaleduk restore»",
        "en": "restore the newest backup with «samtaleduk restore»",
    },
    "hint.restore_newest.gui": {
        "nn": "hent fram den nyaste tryggingskopien med Fil → Hent fram tryggingskopi",
        "nb": "hent fram den nyeste sikkerhetskopien med Fil → Hent fram sikkerhetskopi",
        "en": "restore the newest backup with File → Restore a backup",
    },
    "hint.restore_it.cli": {
        "nn": "hent han fram med «samtaleduk restore»",
        "nb": "hent den fram med «samtaleduk restore»",
        "en": "restore it with «samtaleduk restore»",
    },
    "hint.restore_it.gui": {
        "nn": "hent han fram med Fil → Hent fram tryggingskopi",
        "nb": "hent den fram med Fil → Hent fram sikkerhetskopi",
        "en": "restore it with File → Restore a backup",
    },
    # -- backups (`store.backup`, `store.restore`) ----------------------------------
    "backup.not_made.no_room": {
        "nn": "Tryggingskopien vart ikkje laga: disken er full. Arbeidet ditt er lagra "
              "som før; berre kopien manglar. Frigjer plass på disken, eller be IT om "
              "hjelp.",
        "nb": "Sikkerhetskopien ble ikke laget: disken er full. Arbeidet ditt er lagret "
              "som før; bare kopien mangler. Frigjør plass på disken, eller be IT om "
              "hjelp.",
        "en": "The backup was not made: the disk is full. Your work is saved as before; "
              "only the copy is missing. Free some space on the disk, or ask IT for help.",
    },
    "backup.not_made.no_access": {
        "nn": "Tryggingskopien vart ikkje laga: Samtaleduk får ikkje skriva i mappa "
              "{folder}. Arbeidet ditt er lagra som før; berre kopien manglar. Be IT om "
              "skriverett til mappa.",
        "nb": "Sikkerhetskopien ble ikke laget: Samtaleduk får ikke skrive i mappen "
              "{folder}. Arbeidet ditt er lagret som før; bare kopien mangler. Be IT om "
              "skrivetilgang til mappen.",
        "en": "The backup was not made: Samtaleduk may not write in the folder {folder}. "
              "Your work is saved as before; only the copy is missing. Ask IT for write "
              "access to the folder.",
    },
    "backup.not_made.other": {
        "nn": "Tryggingskopien vart ikkje laga i mappa {folder}: {reason}. Arbeidet ditt "
              "er lagra som før; berre kopien manglar. Ta kontakt med IT om dette kjem "
              "att.",
        "nb": "Sikkerhetskopien ble ikke laget i mappen {folder}: {reason}. Arbeidet ditt "
              "er lagret som før; bare kopien mangler. Ta kontakt med IT hvis dette skjer "
              "igjen.",
        "en": "The backup was not made in the folder {folder}: {reason}. Your work is "
              "saved as before; only the copy is missing. Contact IT if this happens "
              "again.",
    },
    "backup.why.busy": {
        "nn": "lageret var i bruk av eit anna Samtaleduk-vindauge",
        "nb": "lageret var i bruk av et annet Samtaleduk-vindu",
        "en": "the store was in use by another Samtaleduk window",
    },
    "backup.not_right": {
        "nn": "Tryggingskopien vart ikkje rett; lageret er ikkje endra.",
        "nb": "Sikkerhetskopien ble ikke riktig; lageret er ikke endret.",
        "en": "The backup did not come out right; the store was not changed.",
    },
    "backup.read_error": {
        "nn": "Tryggingskopien vart ikkje laga: lageret svarte med ein lesefeil. "
              "Samtaleduk kontrollerer lagerfila; ingenting er sletta.",
        "nb": "Sikkerhetskopien ble ikke laget: lageret svarte med en lesefeil. "
              "Samtaleduk kontrollerer lagerfilen; ingenting er slettet.",
        "en": "The backup was not made: the store answered with a read error. "
              "Samtaleduk checks the store file; nothing is deleted.",
    },
    "backup.wrong_key": {
        "nn": "Fila kan ikkje lesast med nøkkelen til lageret.",
        "nb": "Filen kan ikke leses med nøkkelen til lageret.",
        "en": "The file cannot be read with the store's key.",
    },
    "backup.none_usable": {
        "nn": "Fann ingen brukande tryggingskopi; ingenting er endra.",
        "nb": "Fant ingen brukbar sikkerhetskopi; ingenting er endret.",
        "en": "No usable backup was found; nothing was changed.",
    },
    "backup.too_new": {
        "nn": "Tryggingskopien {file} er laga av ein nyare Samtaleduk (skjema {version}); "
              "oppdater Samtaleduk før du hentar han fram. Ingenting er endra.",
        "nb": "Sikkerhetskopien {file} er laget av en nyere Samtaleduk (skjema {version}); "
              "oppdater Samtaleduk før du henter den fram. Ingenting er endret.",
        "en": "The backup {file} was made by a newer Samtaleduk (schema {version}); "
              "update Samtaleduk before you restore it. Nothing was changed.",
    },
    "backup.unusable": {
        "nn": "Tryggingskopien {file} kan ikkje brukast (skadd, eller frå eit anna lager); "
              "ingenting er endra.",
        "nb": "Sikkerhetskopien {file} kan ikke brukes (skadet, eller fra et annet lager); "
              "ingenting er endret.",
        "en": "The backup {file} cannot be used (damaged, or from another store); nothing "
              "was changed.",
    },
    "backup.restore_failed": {
        "nn": "Kunne ikkje henta fram tryggingskopien: {reason}. Ingenting er sletta.",
        "nb": "Kunne ikke hente fram sikkerhetskopien: {reason}. Ingenting er slettet.",
        "en": "Could not restore the backup: {reason}. Nothing is deleted.",
    },
    "store.set_aside_failed": {
        "nn": "Kunne ikkje flytta lagerfila til side: {reason}. Ingenting er sletta.",
        "nb": "Kunne ikke flytte lagerfilen til side: {reason}. Ingenting er slettet.",
        "en": "Could not move the store file aside: {reason}. Nothing is deleted.",
    },
    "store.restore_while_open": {
        "nn": "Lageret er ope; lås det eller lukk det før du hentar fram ein "
              "tryggingskopi. Ingenting er endra.",
        "nb": "Lageret er åpent; lås det eller lukk det før du henter fram en "
              "sikkerhetskopi. Ingenting er endret.",
        "en": "The store is open; lock or close it before you restore a backup. Nothing "
              "was changed.",
    },
}
