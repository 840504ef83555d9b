"""Messages of the key file, recovery, re-keying and deletion (`samtaleduk.trust`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- passphrases (`trust.keyfile`, `trust.passphrase_strength`) ---------------
    "passphrase.empty": {
        "nn": "Passordfrasa kan ikkje vera tom.",
        "nb": "Passordfrasen kan ikke være tom.",
        "en": "The passphrase cannot be empty.",
    },
    "passphrase.too_long": {
        "nn": "Passordfrasa er for lang (høgst {count} teikn).",
        "nb": "Passordfrasen er for lang (høyst {count} tegn).",
        "en": "The passphrase is too long (at most {count} characters).",
    },
    "passphrase.invalid": {
        "nn": "Passordfrasa inneheld ugyldige teikn.",
        "nb": "Passordfrasen inneholder ugyldige tegn.",
        "en": "The passphrase holds invalid characters.",
    },
    "passphrase.invalid_retype": {
        "nn": "Passordfrasa inneheld eit ugyldig teikn; skriv ho på nytt.",
        "nb": "Passordfrasen inneholder et ugyldig tegn; skriv den på nytt.",
        "en": "The passphrase holds an invalid character; type it again.",
    },
    "passphrase.too_short": {
        "nn": "Passordfrasa må ha minst {count} teikn. Ei setning du hugsar er betre enn "
              "eit kort ord.",
        "nb": "Passordfrasen må ha minst {count} tegn. En setning du husker er bedre enn "
              "et kort ord.",
        "en": "The passphrase must have at least {count} characters. A sentence you "
              "remember is better than a short word.",
    },
    "passphrase.weak": {
        "nn": "Passordfrasa er for lett å gjetta (vanlege ord, namn, tal i rekkje eller "
              "tastaturmønster). Ingenting er endra. Vel ei setning du hugsar, med "
              "fire–fem ord som ikkje plar stå saman.",
        "nb": "Passordfrasen er for lett å gjette (vanlige ord, navn, tall i rekke eller "
              "tastaturmønster). Ingenting er endret. Velg en setning du husker, med "
              "fire–fem ord som ikke pleier å stå sammen.",
        "en": "The passphrase is too easy to guess (common words, names, numbers in a "
              "row or keyboard patterns). Nothing was changed. Choose a sentence you "
              "remember, with four or five words that do not usually go together.",
    },
    # -- the key file (`trust.keyfile`) ------------------------------------------------
    "keyfile.no_passphrase_key": {
        "nn": "Nøkkelfila manglar passordfrase-nøkkelen; ho kan vera skadd.",
        "nb": "Nøkkelfilen mangler passordfrase-nøkkelen; den kan være skadet.",
        "en": "The key file lacks the passphrase key; it may be damaged.",
    },
    "keyfile.damaged_untried": {
        "nn": "Nøkkelfila er skadd og kan ikkje lesast. Passordfrasa er ikkje prøvd; "
              "ingenting er endra. Legg tilbake nøkkelfila frå ein kopi av datamappa, "
              "eller spør IT.",
        "nb": "Nøkkelfilen er skadet og kan ikke leses. Passordfrasen er ikke prøvd; "
              "ingenting er endret. Legg tilbake nøkkelfilen fra en kopi av datamappen, "
              "eller spør IT.",
        "en": "The key file is damaged and cannot be read. The passphrase was not tried; "
              "nothing was changed. Put back the key file from a copy of the data "
              "folder, or ask IT.",
    },
    "keyfile.damaged": {
        "nn": "Nøkkelfila er skadd og kan ikkje lesast.",
        "nb": "Nøkkelfilen er skadet og kan ikke leses.",
        "en": "The key file is damaged and cannot be read.",
    },
    "keyfile.damaged_named": {
        "nn": "Nøkkelfila {file} er skadd og kan ikkje lesast.",
        "nb": "Nøkkelfilen {file} er skadet og kan ikke leses.",
        "en": "The key file {file} is damaged and cannot be read.",
    },
    "keyfile.missing": {
        "nn": "Fann ikkje nøkkelfila {file} i datamappa; utan ho kan lageret ikkje "
              "opnast.",
        "nb": "Fant ikke nøkkelfilen {file} i datamappen; uten den kan lageret ikke "
              "åpnes.",
        "en": "The key file {file} is not in the data folder; without it the store "
              "cannot be opened.",
    },
    "keyfile.unreadable": {
        "nn": "Kunne ikkje lesa nøkkelfila {file}: {reason}.",
        "nb": "Kunne ikke lese nøkkelfilen {file}: {reason}.",
        "en": "Could not read the key file {file}: {reason}.",
    },
    "keyfile.too_big": {
        "nn": "Nøkkelfila {file} er for stor; ho er ikkje ei Samtaleduk-nøkkelfil.",
        "nb": "Nøkkelfilen {file} er for stor; den er ikke en Samtaleduk-nøkkelfil.",
        "en": "The key file {file} is too big; it is not a Samtaleduk key file.",
    },
    "keyfile.too_new": {
        "nn": "Nøkkelfila {file} er laga av ein nyare Samtaleduk; oppdater programmet.",
        "nb": "Nøkkelfilen {file} er laget av en nyere Samtaleduk; oppdater programmet.",
        "en": "The key file {file} was made by a newer Samtaleduk; update the program.",
    },
    # -- recovery (`trust.recovery`, `trust.recovery_file`) ---------------------------
    "word.the_public_key": {"nn": "den offentlege nøkkelen", "nb": "den offentlige "
                            "nøkkelen", "en": "the public key"},
    "word.the_private_key": {"nn": "den private nøkkelen", "nb": "den private nøkkelen",
                             "en": "the private key"},
    "word.The_public_key": {"nn": "Den offentlege nøkkelen", "nb": "Den offentlige "
                            "nøkkelen", "en": "The public key"},
    "recovery.unreadable": {
        "nn": "Kunne ikkje lesa {what} {file}: {reason}.",
        "nb": "Kunne ikke lese {what} {file}: {reason}.",
        "en": "Could not read {what} {file}: {reason}.",
    },
    "recovery.not_a_key": {
        "nn": "{file} er ikkje ein gjenopprettingsnøkkel.",
        "nb": "{file} er ikke en gjenopprettingsnøkkel.",
        "en": "{file} is not a recovery key.",
    },
    "recovery.not_a_public_key": {
        "nn": "{file} er ikkje ein offentleg gjenopprettingsnøkkel (X25519, PEM).",
        "nb": "{file} er ikke en offentlig gjenopprettingsnøkkel (X25519, PEM).",
        "en": "{file} is not a public recovery key (X25519, PEM).",
    },
    "recovery.low_order": {
        "nn": "{name} er ikkje ein brukande offentleg gjenopprettingsnøkkel: punktet på "
              "kurva er svakt (låg orden), så ingen kunne opna lageret med han. "
              "Gjenoppretting er ikkje sett opp, og ingenting er endra. Be IT om den "
              "rette offentlege nøkkelen.",
        "nb": "{name} er ikke en brukbar offentlig gjenopprettingsnøkkel: punktet på "
              "kurven er svakt (lav orden), så ingen kunne åpne lageret med den. "
              "Gjenoppretting er ikke satt opp, og ingenting er endret. Be IT om den "
              "riktige offentlige nøkkelen.",
        "en": "{name} is not a usable public recovery key: its point on the curve is "
              "weak (low order), so nobody could open the store with it. Recovery is not "
              "set up, and nothing was changed. Ask IT for the right public key.",
    },
    "recovery.none_in_key_file": {
        "nn": "Nøkkelfila har ingen gjenopprettingsnøkkel; lageret kan ikkje opnast utan "
              "passordfrasa.",
        "nb": "Nøkkelfilen har ingen gjenopprettingsnøkkel; lageret kan ikke åpnes uten "
              "passordfrasen.",
        "en": "The key file has no recovery key; the store cannot be opened without the "
              "passphrase.",
    },
    "recovery.wrong_private_key": {
        "nn": "Denne private nøkkelen høyrer ikkje til gjenopprettingsnøkkelen i "
              "nøkkelfila (ventar {fingerprint}). Ingenting er endra.",
        "nb": "Denne private nøkkelen hører ikke til gjenopprettingsnøkkelen i "
              "nøkkelfilen (venter {fingerprint}). Ingenting er endret.",
        "en": "This private key does not belong to the recovery key in the key file "
              "(expected {fingerprint}). Nothing was changed.",
    },
    "recovery.damaged_in_key_file": {
        "nn": "Gjenopprettingsnøkkelen i nøkkelfila er skadd. Ingenting er endra; lageret "
              "opnar framleis med passordfrasa.",
        "nb": "Gjenopprettingsnøkkelen i nøkkelfilen er skadet. Ingenting er endret; "
              "lageret åpner fortsatt med passordfrasen.",
        "en": "The recovery key in the key file is damaged. Nothing was changed; the "
              "store still opens with the passphrase.",
    },
    "recovery.damaged_short": {
        "nn": "Gjenopprettingsnøkkelen i nøkkelfila er skadd.",
        "nb": "Gjenopprettingsnøkkelen i nøkkelfilen er skadet.",
        "en": "The recovery key in the key file is damaged.",
    },
    "recovery.passphrase_too_short": {
        "nn": "Passordfrasa for den private gjenopprettingsnøkkelen må ha minst {count} "
              "teikn: nøkkelen opnar alle PC-ane som har sett opp gjenoppretting. Vel ei "
              "lengre setning; ingen nøkkel er skriven.",
        "nb": "Passordfrasen for den private gjenopprettingsnøkkelen må ha minst {count} "
              "tegn: nøkkelen åpner alle PC-ene som har satt opp gjenoppretting. Velg en "
              "lengre setning; ingen nøkkel er skrevet.",
        "en": "The passphrase for the private recovery key must have at least {count} "
              "characters: the key opens every PC that has set up recovery. Choose a "
              "longer sentence; no key was written.",
    },
    "recovery.exists": {
        "nn": "Det finst alt ein gjenopprettingsnøkkel i {folder}; han vert ikkje "
              "skriven over.",
        "nb": "Det finnes allerede en gjenopprettingsnøkkel i {folder}; den blir ikke "
              "skrevet over.",
        "en": "There is already a recovery key in {folder}; it is not overwritten.",
    },
    "recovery.private_damaged": {
        "nn": "{file} kan ikkje lesast: fila er skadd eller er ikkje ein privat "
              "gjenopprettingsnøkkel.",
        "nb": "{file} kan ikke leses: filen er skadet eller er ikke en privat "
              "gjenopprettingsnøkkel.",
        "en": "{file} cannot be read: the file is damaged or is not a private recovery "
              "key.",
    },
    "recovery.too_new": {
        "nn": "{file} er laga av ein nyare Samtaleduk; oppdater programmet.",
        "nb": "{file} er laget av en nyere Samtaleduk; oppdater programmet.",
        "en": "{file} was made by a newer Samtaleduk; update the program.",
    },
    "recovery.wrong_passphrase": {
        "nn": "Feil passordfrase for den private gjenopprettingsnøkkelen. Ingenting er "
              "endra.",
        "nb": "Feil passordfrase for den private gjenopprettingsnøkkelen. Ingenting er "
              "endret.",
        "en": "Wrong passphrase for the private recovery key. Nothing was changed.",
    },
    "recovery.needs_passphrase": {
        "nn": "Den private nøkkelen er verna med ei passordfrase; oppgje ho.",
        "nb": "Den private nøkkelen er beskyttet med en passordfrase; oppgi den.",
        "en": "The private key is protected by a passphrase; give it.",
    },
    "recovery.encrypted": {
        "nn": "Den private nøkkelen er kryptert; oppgje passordfrasa hans.",
        "nb": "Den private nøkkelen er kryptert; oppgi passordfrasen dens.",
        "en": "The private key is encrypted; give its passphrase.",
    },
    "recovery.pem_unreadable": {
        "nn": "{file} kan ikkje lesast: feil passordfrase, eller fila er ikkje ein "
              "gjenopprettingsnøkkel.",
        "nb": "{file} kan ikke leses: feil passordfrase, eller filen er ikke en "
              "gjenopprettingsnøkkel.",
        "en": "{file} cannot be read: a wrong passphrase, or the file is not a recovery "
              "key.",
    },
    "recovery.target_exists": {
        "nn": "{file} finst alt; vel ein annan stad med {option}. Ingenting er endra.",
        "nb": "{file} finnes allerede; velg et annet sted med {option}. Ingenting er "
              "endret.",
        "en": "{file} already exists; choose another place with {option}. Nothing was "
              "changed.",
    },
    # -- changing the data key (`trust.rekey`) ----------------------------------------
    "rekey.store_open": {
        "nn": "Lageret er ope; lås det før du byter datanøkkelen. Ingenting er endra.",
        "nb": "Lageret er åpent; lås det før du bytter datanøkkelen. Ingenting er "
              "endret.",
        "en": "The store is open; lock it before you change the data key. Nothing was "
              "changed.",
    },
    "rekey.damaged": {
        "nn": "Lageret er skadd, så datanøkkelen vert ikkje bytt. Ingenting er endra; "
              "hent fram ein tryggingskopi først.",
        "nb": "Lageret er skadet, så datanøkkelen blir ikke byttet. Ingenting er endret; "
              "hent fram en sikkerhetskopi først.",
        "en": "The store is damaged, so the data key is not changed. Nothing was "
              "changed; restore a backup first.",
    },
    "rekey.not_closed": {
        "nn": "Lageret kunne ikkje lukkast heilt, så datanøkkelen er ikkje bytt. "
              "Ingenting er endra; prøv igjen.",
        "nb": "Lageret kunne ikke lukkes helt, så datanøkkelen er ikke byttet. Ingenting "
              "er endret; prøv igjen.",
        "en": "The store could not be closed completely, so the data key was not "
              "changed. Nothing was changed; try again.",
    },
    "rekey.copy_not_right": {
        "nn": "Kopien med den nye nøkkelen vart ikkje rett; ingenting er endra.",
        "nb": "Kopien med den nye nøkkelen ble ikke riktig; ingenting er endret.",
        "en": "The copy with the new key did not come out right; nothing was changed.",
    },
    "rekey.backup_problem": {
        "nn": "{problem} Dei gamle tryggingskopiane er ikkje sletta.",
        "nb": "{problem} De gamle sikkerhetskopiene er ikke slettet.",
        "en": "{problem} The old backups are not deleted.",
    },
    # -- the audit log's chain (`trust.audit_chain`, `trust.unlock_failures`) ------
    "audit.changed": {
        "nn": "Revisjonsloggen er endra utanom programmet: {problems} Innhaldet i sakene "
              "er ikkje endra av dette. Ta vare på datamappa som ho er og kontakt IT; IT "
              "ser det same med «samtaleduk audit verify».",
        "nb": "Revisjonsloggen er endret utenom programmet: {problems} Innholdet i sakene "
              "er ikke endret av dette. Ta vare på datamappen som den er og kontakt IT; "
              "IT ser det samme med «samtaleduk audit verify».",
        "en": "The audit log was changed outside the program: {problems} The content of "
              "the cases is not changed by this. Keep the data folder as it is and "
              "contact IT; IT sees the same with «samtaleduk audit verify».",
    },
    "audit.entry_broken": {
        "nn": "Oppføring nr. {number} ({at}) passar ikkje i kjeda (endra, fjerna eller "
              "sett inn).",
        "nb": "Oppføring nr. {number} ({at}) passer ikke i kjeden (endret, fjernet eller "
              "satt inn).",
        "en": "Entry no. {number} ({at}) does not fit the chain (changed, removed or "
              "inserted).",
    },
    "audit.entries_removed_before": {
        "nn": "Oppføringar før nr. {number} ({at}) er fjerna.",
        "nb": "Oppføringer før nr. {number} ({at}) er fjernet.",
        "en": "Entries before no. {number} ({at}) were removed.",
    },
    "audit.total": {"nn": "I alt {count} avvik.", "nb": "I alt {count} avvik.",
                    "en": "Deviations in all: {count}."},
    "audit.newest_removed": {
        "nn": "Dei nyaste oppføringane er fjerna (teljaren er lenger enn loggen).",
        "nb": "De nyeste oppføringene er fjernet (telleren er lenger enn loggen).",
        "en": "The newest entries were removed (the counter is ahead of the log).",
    },
    "audit.head_missing": {
        "nn": "Fila {file} manglar eller er øydelagd.",
        "nb": "Filen {file} mangler eller er ødelagt.",
        "en": "The file {file} is missing or broken.",
    },
    "audit.head_damaged": {"nn": "Fila {file} er øydelagd.", "nb": "Filen {file} er ødelagt.",
                           "en": "The file {file} is broken."},
    "audit.head_other_store": {
        "nn": "Fila {file} høyrer til eit anna lager.",
        "nb": "Filen {file} hører til et annet lager.",
        "en": "The file {file} belongs to another store.",
    },
    "audit.head_changed": {
        "nn": "Fila {file} er endra utanom programmet.",
        "nb": "Filen {file} er endret utenom programmet.",
        "en": "The file {file} was changed outside the program.",
    },
    "audit.log_shorter": {
        "nn": "Loggen sluttar før oppføringa som var den siste ({count} oppføringar): "
              "oppføringar er fjerna, eller eit eldre lager er lagt tilbake.",
        "nb": "Loggen slutter før oppføringen som var den siste ({count} oppføringer): "
              "oppføringer er fjernet, eller et eldre lager er lagt tilbake.",
        "en": "The log ends before the entry that was the last one ({count} entries): "
              "entries were removed, or an older store was put back.",
    },
    "audit.log_replaced": {
        "nn": "Loggen passar ikkje med den siste kjende tilstanden (byte ut eller skriven "
              "om).",
        "nb": "Loggen passer ikke med den siste kjente tilstanden (byttet ut eller skrevet "
              "om).",
        "en": "The log does not fit its last known state (replaced or rewritten).",
    },
    "unlocks.file_deleted": {
        "nn": "Fila {file} er sletta sidan sist; mislukka opplåsingar kan vera borte.",
        "nb": "Filen {file} er slettet siden sist; mislykkede opplåsinger kan være borte.",
        "en": "The file {file} was deleted since last time; failed unlocks may be lost.",
    },
    "unlocks.file_replaced": {
        "nn": "Fila {file} er bytt ut eller starta på nytt sidan sist; mislukka "
              "opplåsingar kan vera borte.",
        "nb": "Filen {file} er byttet ut eller startet på nytt siden sist; mislykkede "
              "opplåsinger kan være borte.",
        "en": "The file {file} was replaced or restarted since last time; failed unlocks "
              "may be lost.",
    },
    "unlocks.lines_missing": {
        "nn": "Det manglar linjer i fila {file}; mislukka opplåsingar kan vera borte.",
        "nb": "Det mangler linjer i filen {file}; mislykkede opplåsinger kan være borte.",
        "en": "Lines are missing in the file {file}; failed unlocks may be lost.",
    },
    # -- deletion and retention (`trust.deletion`) ------------------------------------
    "deletion.not_compacted": {
        "nn": "Saka er sletta. Lagerfila kunne ikkje byggjast opp att utan henne akkurat "
              "no (fila var i bruk); det vert gjort ved neste sletting.",
        "nb": "Saken er slettet. Lagerfilen kunne ikke bygges opp igjen uten den akkurat "
              "nå (filen var i bruk); det blir gjort ved neste sletting.",
        "en": "The case is deleted. The store file could not be rebuilt without it just "
              "now (the file was in use); the next deletion does it.",
    },
    "deletion.time_not_written": {
        "nn": "Tidspunktet for slettinga vart ikkje skrive ({reason}); saka er likevel "
              "sletta frå lageret, og eldre kopiar av lageret vert sletta når dei er "
              "{days} dagar gamle.",
        "nb": "Tidspunktet for slettingen ble ikke skrevet ({reason}); saken er likevel "
              "slettet fra lageret, og eldre kopier av lageret slettes når de er {days} "
              "dager gamle.",
        "en": "The time of the deletion was not written ({reason}); the case is deleted "
              "from the store all the same, and older copies of the store are deleted "
              "when they are {days} days old.",
    },
    "retention.out_of_range": {
        "nn": "Oppbevaringstida må vera mellom 1 og 36 500 dagar.",
        "nb": "Oppbevaringstiden må være mellom 1 og 36 500 dager.",
        "en": "The retention time must be between 1 and 36,500 days.",
    },
}
