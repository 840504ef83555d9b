"""Messages of the audit log (`samtaleduk.trust.audit`): each event's words, in
nynorsk, bokmål and English, for `samtaleduk audit`."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "audit.event.store_created": {
        "nn": "lageret vart oppretta",
        "nb": "lageret ble opprettet",
        "en": "the store was created",
    },
    "audit.event.store_opened": {
        "nn": "lageret vart opna",
        "nb": "lageret ble åpnet",
        "en": "the store was opened",
    },
    "audit.event.unlocked": {
        "nn": "låst opp etter låsing",
        "nb": "låst opp etter låsing",
        "en": "unlocked after a lock",
    },
    "audit.event.unlock_failed": {
        "nn": "feil passordfrase",
        "nb": "feil passordfrase",
        "en": "wrong passphrase",
    },
    "audit.event.locked": {
        "nn": "låst",
        "nb": "låst",
        "en": "locked",
    },
    "audit.event.passphrase_changed": {
        "nn": "passordfrasa vart bytt",
        "nb": "passordfrasen ble byttet",
        "en": "the passphrase was changed",
    },
    "audit.event.recovery_enabled": {
        "nn": "gjenopprettingsnøkkel sett opp",
        "nb": "gjenopprettingsnøkkel satt opp",
        "en": "recovery key set up",
    },
    "audit.event.rekeyed": {
        "nn": "datanøkkelen vart bytt",
        "nb": "datanøkkelen ble byttet",
        "en": "the data key was changed",
    },
    "audit.event.case_created": {
        "nn": "sak oppretta",
        "nb": "sak opprettet",
        "en": "case created",
    },
    "audit.event.view_case": {
        "nn": "sak opna",
        "nb": "sak åpnet",
        "en": "case opened",
    },
    "audit.event.earlier_meeting_edited": {
        "nn": "eit tidlegare møte vart opna for endring",
        "nb": "et tidligere møte ble åpnet for endring",
        "en": "an earlier meeting was opened for editing",
    },
    "audit.event.case_printed": {
        "nn": "sak skriven ut",
        "nb": "sak skrevet ut",
        "en": "case printed",
    },
    "audit.event.case_pdf_saved": {
        "nn": "sak lagra som PDF",
        "nb": "sak lagret som PDF",
        "en": "case saved as PDF",
    },
    "audit.event.overview_printed": {
        "nn": "oversikta over opne saker skriven ut",
        "nb": "oversikten over åpne saker skrevet ut",
        "en": "the overview of open cases printed",
    },
    "audit.event.case_exported": {
        "nn": "sak eksportert (overlevering)",
        "nb": "sak eksportert (overlevering)",
        "en": "case exported (handover)",
    },
    "audit.event.case_imported": {
        "nn": "sak importert",
        "nb": "sak importert",
        "en": "case imported",
    },
    "audit.event.access_exported": {
        "nn": "innsynsutskrift laga",
        "nb": "innsynsutskrift laget",
        "en": "access request copy made",
    },
    "audit.event.case_deleted": {
        "nn": "ei sak vart sletta",
        "nb": "en sak ble slettet",
        "en": "a case was deleted",
    },
    "audit.event.backup_made": {
        "nn": "tryggingskopi laga",
        "nb": "sikkerhetskopi laget",
        "en": "backup made",
    },
    "audit.event.backup_restored": {
        "nn": "tryggingskopi henta fram",
        "nb": "sikkerhetskopi hentet fram",
        "en": "backup restored",
    },
    "audit.event.unlock_log_tampered": {
        "nn": "fila med mislukka opplåsingar er sletta eller endra",
        "nb": "filen med mislykkede opplåsinger er slettet eller endret",
        "en": "the file of failed unlocks is deleted or changed",
    },
    "audit.event.acknowledged": {
        "nn": "avvik i revisjonsloggen er sett og godteke",
        "nb": "avvik i revisjonsloggen er sett og godtatt",
        "en": "deviations in the audit log are seen and accepted",
    },
    "audit.line.case": {
        "nn": "sak {case}",
        "nb": "sak {case}",
        "en": "case {case}",
    },
    "audit.line.deleted_case": {
        "nn": "sletta sak #{ref}",
        "nb": "slettet sak #{ref}",
        "en": "deleted case #{ref}",
    },
}
