"""The command line's help and output for handing over, access, the audit log,
retention, recovery and a new data key (`cli/trust_cmd.py`, `cli/rekey_cmd.py`), in
nynorsk, bokmål and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- help ------------------------------------------------------------------------------
    "cli.help.no_revisions": {"nn": "utan eldre versjonar av møta",
                              "nb": "uten eldre versjoner av møtene",
                              "en": "without older versions of the meetings"},
    "cli.help.as_copy": {"nn": "som ny sak om ho finst frå før",
                         "nb": "som ny sak om den finnes fra før",
                         "en": "as a new case if it is already there"},
    "cli.help.replace": {"nn": "byt ut saka om ho finst frå før",
                         "nb": "bytt ut saken om den finnes fra før",
                         "en": "replace the case if it is already there"},
    "cli.help.no_pdf": {"nn": "berre JSON", "nb": "bare JSON", "en": "JSON only"},
    "cli.help.audit_check": {
        "nn": "`verify`: kontroller at loggen ikkje er endra; `acknowledge`: skriv i loggen at "
              "avvika er sette (for IT)",
        "nb": "`verify`: kontroller at loggen ikke er endret; `acknowledge`: skriv i loggen at "
              "avvikene er sett (for IT)",
        "en": "`verify`: check that the log is unchanged; `acknowledge`: write in the log that "
              "the deviations are seen (for IT)",
    },
    "cli.help.days": {"nn": "set oppbevaringstida (dagar)", "nb": "sett oppbevaringstiden (dager)",
                      "en": "set the retention time (days)"},
    "cli.help.keygen": {"nn": "for IT, på IT si maskin: lag eit nøkkelpar",
                        "nb": "for IT, på IT sin maskin: lag et nøkkelpar",
                        "en": "for IT, on IT's machine: make a key pair"},
    "cli.help.enable": {"nn": "set opp gjenoppretting med den offentlege nøkkelen",
                        "nb": "sett opp gjenoppretting med den offentlige nøkkelen",
                        "en": "set up recovery with the public key"},
    "cli.help.unwrap": {"nn": "for IT: set ny passordfrase med den private nøkkelen",
                        "nb": "for IT: sett ny passordfrase med den private nøkkelen",
                        "en": "for IT: set a new passphrase with the private key"},
    "cli.help.key_file": {"nn": "ein kopi av samtaleduk.key (elles den i datamappa)",
                          "nb": "en kopi av samtaleduk.key (ellers den i datamappen)",
                          "en": "a copy of samtaleduk.key (else the one in the data folder)"},
    "cli.help.recovery_status": {"nn": "vis om gjenoppretting er sett opp",
                                 "nb": "vis om gjenoppretting er satt opp",
                                 "en": "show whether recovery is set up"},
    "cli.help.reprotect": {
        "nn": "for IT: ver ein gammal privat nøkkel med Argon2id og ei ny, lang passordfrase",
        "nb": "for IT: beskytt en gammel privat nøkkel med Argon2id og en ny, lang "
              "passordfrase",
        "en": "for IT: protect an old private key with Argon2id and a new, long passphrase",
    },
    "cli.help.reprotect_out": {"nn": "den nye fila (elles {name} i same mappe)",
                               "nb": "den nye filen (ellers {name} i samme mappe)",
                               "en": "the new file (else {name} in the same folder)"},
    "cli.help.recovery_public_key": {
        "nn": "set opp gjenoppretting for den nye nøkkelen med denne offentlege nøkkelen "
              "(trengst når gjenopprettinga er av den gamle sorten)",
        "nb": "sett opp gjenoppretting for den nye nøkkelen med denne offentlige nøkkelen "
              "(trengs når gjenopprettingen er av den gamle sorten)",
        "en": "set up recovery for the new key with this public key (needed when the "
              "recovery is of the old kind)",
    },
    "cli.metavar.public_key": {"nn": "OFFENTLEG_NØKKEL", "nb": "OFFENTLIG_NØKKEL",
                               "en": "PUBLIC_KEY_FILE"},
    # -- output ----------------------------------------------------------------------------
    "cli.out.file_passphrase": {"nn": "Passordfrase for saksfila: ",
                                "nb": "Passordfrase for saksfilen: ",
                                "en": "Passphrase for the case file: "},
    "cli.out.private_key_passphrase": {"nn": "Passordfrase for den private nøkkelen: ",
                                       "nb": "Passordfrase for den private nøkkelen: ",
                                       "en": "Passphrase for the private key: "},
    "cli.out.new_private_key_passphrase": {
        "nn": "Ny passordfrase for den private nøkkelen (minst {count} teikn): ",
        "nb": "Ny passordfrase for den private nøkkelen (minst {count} tegn): ",
        "en": "New passphrase for the private key (at least {count} characters): ",
    },
    "cli.out.new_store_passphrase": {"nn": "Ny passordfrase for lageret: ",
                                     "nb": "Ny passordfrase for lageret: ",
                                     "en": "New passphrase for the store: "},
    "cli.out.legacy_key": {
        "nn": "Åtvaring: den private nøkkelen er i det gamle formatet (PEM, PBKDF2 eller "
              "utan passordfrase), som er billeg å gjetta på. Flytt han over med "
              "«samtaleduk recovery reprotect --private-key FIL» og øydelegg den gamle "
              "fila etterpå.",
        "nb": "Advarsel: den private nøkkelen er i det gamle formatet (PEM, PBKDF2 eller "
              "uten passordfrase), som er billig å gjette på. Flytt den over med "
              "«samtaleduk recovery reprotect --private-key FIL» og ødelegg den gamle "
              "filen etterpå.",
        "en": "Warning: the private key is in the old format (PEM, PBKDF2 or no "
              "passphrase), which is cheap to guess. Move it over with «samtaleduk "
              "recovery reprotect --private-key FILE» and destroy the old file afterwards.",
    },
    "cli.out.exported": {
        "nn": "Skreiv {path}. Gje passordfrasa til kollegaen din på ein annan veg enn fila.",
        "nb": "Skrev {path}. Gi passordfrasen til kollegaen din på en annen vei enn filen.",
        "en": "Wrote {path}. Give the passphrase to your colleague another way than the "
              "file.",
    },
    "cli.out.imported": {"nn": "Importerte saka {case} ({meetings}).",
                         "nb": "Importerte saken {case} ({meetings}).",
                         "en": "Imported the case {case} ({meetings})."},
    "cli.out.imported_replaced": {"nn": "Importerte saka {case} ({meetings}, erstatta den "
                                        "gamle).",
                                  "nb": "Importerte saken {case} ({meetings}, erstattet den "
                                        "gamle).",
                                  "en": "Imported the case {case} ({meetings}, replacing the "
                                        "old one)."},
    "cli.out.wrote": {"nn": "Skreiv {path}", "nb": "Skrev {path}", "en": "Wrote {path}"},
    "cli.out.audit_acknowledged": {
        "nn": "Skreiv i loggen at {count} avvik er sette; kjeda held fram frå no.",
        "nb": "Skrev i loggen at {count} avvik er sett; kjeden fortsetter fra nå.",
        "en": "Wrote in the log that {count} deviations are seen; the chain goes on from "
              "now.",
    },
    "cli.out.audit_whole": {
        "nn": "Revisjonsloggen er heil: {count} oppføringar, ingen endra, ingen fjerna.",
        "nb": "Revisjonsloggen er hel: {count} oppføringer, ingen endret, ingen fjernet.",
        "en": "The audit log is whole: {count} entries, none changed, none removed.",
    },
    "cli.out.retention_days": {"nn": "Oppbevaringstid for avslutta saker: {days} dagar.",
                               "nb": "Oppbevaringstid for avsluttede saker: {days} dager.",
                               "en": "Retention time for closed cases: {days} days."},
    "cli.out.retention_due": {
        "nn": "{case}  avslutta {date}  (slett med «samtaleduk case delete {case}»)",
        "nb": "{case}  avsluttet {date}  (slett med «samtaleduk case delete {case}»)",
        "en": "{case}  closed {date}  (delete with «samtaleduk case delete {case}»)",
    },
    "cli.out.retention_none": {
        "nn": "Ingen avslutta saker har passert oppbevaringstida.",
        "nb": "Ingen avsluttede saker har passert oppbevaringstiden.",
        "en": "No closed case is past the retention time.",
    },
    "cli.out.keygen_choose": {
        "nn": "Vel ei passordfrase på minst {count} teikn for den private nøkkelen. Å verna "
              "han tek nokre sekund.",
        "nb": "Velg en passordfrase på minst {count} tegn for den private nøkkelen. Å "
              "beskytte den tar noen sekunder.",
        "en": "Choose a passphrase of at least {count} characters for the private key. "
              "Protecting it takes a few seconds.",
    },
    "cli.out.keygen_private": {
        "nn": "Privat nøkkel: {path}  (skal ALDRI til PC-ane; ta godt vare på han)",
        "nb": "Privat nøkkel: {path}  (skal ALDRI til PC-ene; oppbevar den trygt)",
        "en": "Private key: {path}  (must NEVER go to the PCs; keep it safe)",
    },
    "cli.out.keygen_public": {
        "nn": "Offentleg nøkkel: {path}  (til kvar PC: samtaleduk recovery enable)",
        "nb": "Offentlig nøkkel: {path}  (til hver PC: samtaleduk recovery enable)",
        "en": "Public key: {path}  (for each PC: samtaleduk recovery enable)",
    },
    "cli.out.fingerprint": {"nn": "Fingeravtrykk: {fingerprint}",
                            "nb": "Fingeravtrykk: {fingerprint}",
                            "en": "Fingerprint: {fingerprint}"},
    "cli.out.recovery_enabled": {
        "nn": "Gjenoppretting er sett opp. Fingeravtrykk: {fingerprint} (samanlikn med det "
              "IT har).",
        "nb": "Gjenoppretting er satt opp. Fingeravtrykk: {fingerprint} (sammenlign med det "
              "IT har).",
        "en": "Recovery is set up. Fingerprint: {fingerprint} (compare it with IT's).",
    },
    "cli.out.recovery_on": {"nn": "Gjenoppretting er sett opp. Fingeravtrykk: {fingerprint}",
                            "nb": "Gjenoppretting er satt opp. Fingeravtrykk: {fingerprint}",
                            "en": "Recovery is set up. Fingerprint: {fingerprint}"},
    "cli.out.recovery_legacy": {
        "nn": "Gjenopprettingsnøkkelen i nøkkelfila er av den gamle sorten; han verkar "
              "framleis. Køyr «samtaleduk recovery enable» med den offentlege nøkkelen for å "
              "fornya han.",
        "nb": "Gjenopprettingsnøkkelen i nøkkelfilen er av den gamle sorten; den virker "
              "fortsatt. Kjør «samtaleduk recovery enable» med den offentlige nøkkelen for å "
              "fornye den.",
        "en": "The recovery key in the key file is of the old kind; it still works. Run "
              "«samtaleduk recovery enable» with the public key to renew it.",
    },
    "cli.out.unwrapped": {
        "nn": "Ny passordfrase er sett i {path}. Når lageret er opna att, byt datanøkkelen "
              "med «samtaleduk rekey», så ein gammal kopi av nøkkelfila ikkje lenger opnar "
              "det.",
        "nb": "Ny passordfrase er satt i {path}. Når lageret er åpnet igjen, bytt "
              "datanøkkelen med «samtaleduk rekey», så en gammel kopi av nøkkelfilen ikke "
              "lenger åpner det.",
        "en": "A new passphrase is set in {path}. When the store is open again, change the "
              "data key with «samtaleduk rekey», so that an old copy of the key file no "
              "longer opens it.",
    },
    "cli.out.reprotected": {
        "nn": "Skreiv {path} (Argon2id, fingeravtrykk {fingerprint}). Prøv han med "
              "«samtaleduk recovery unwrap», og øydelegg så den gamle fila {old}.",
        "nb": "Skrev {path} (Argon2id, fingeravtrykk {fingerprint}). Prøv den med "
              "«samtaleduk recovery unwrap», og ødelegg så den gamle filen {old}.",
        "en": "Wrote {path} (Argon2id, fingerprint {fingerprint}). Try it with «samtaleduk "
              "recovery unwrap», then destroy the old file {old}.",
    },
    # -- rekey -----------------------------------------------------------------------------
    "cli.out.rekey.check": {"nn": "Kontrollerer passordfrasa og lageret …",
                            "nb": "Kontrollerer passordfrasen og lageret …",
                            "en": "Checking the passphrase and the store …"},
    "cli.out.rekey.copy": {
        "nn": "Krypterer ein kopi med den nye nøkkelen og kontrollerer han …",
        "nb": "Krypterer en kopi med den nye nøkkelen og kontrollerer den …",
        "en": "Encrypting a copy with the new key and checking it …",
    },
    "cli.out.rekey.key": {"nn": "Skriv den nye nøkkelen i nøkkelfila …",
                          "nb": "Skriver den nye nøkkelen i nøkkelfilen …",
                          "en": "Writing the new key into the key file …"},
    "cli.out.rekey.swap": {"nn": "Byter til kopien …", "nb": "Bytter til kopien …",
                           "en": "Switching to the copy …"},
    "cli.out.rekey.backup": {"nn": "Lagar ein ny, kontrollert tryggingskopi …",
                             "nb": "Lager en ny, kontrollert sikkerhetskopi …",
                             "en": "Making a new, checked backup …"},
    "cli.out.rekey.clean": {"nn": "Slettar tryggingskopiane med den gamle nøkkelen …",
                            "nb": "Sletter sikkerhetskopiene med den gamle nøkkelen …",
                            "en": "Deleting the backups with the old key …"},
    "cli.out.rekey_done": {
        "nn": "Datanøkkelen er bytt. Passordfrasa er den same; ein gammal kopi av nøkkelfila "
              "opnar ikkje lenger lageret.",
        "nb": "Datanøkkelen er byttet. Passordfrasen er den samme; en gammel kopi av "
              "nøkkelfilen åpner ikke lenger lageret.",
        "en": "The data key is changed. The passphrase is the same; an old copy of the key "
              "file no longer opens the store.",
    },
    "cli.out.rekey_backup": {
        "nn": "Ny tryggingskopi: {name}. Sletta tryggingskopiar med den gamle nøkkelen: "
              "{count}.",
        "nb": "Ny sikkerhetskopi: {name}. Slettet sikkerhetskopier med den gamle nøkkelen: "
              "{count}.",
        "en": "New backup: {name}. Deleted backups with the old key: {count}.",
    },
    "cli.out.rekey_recovery_kept": {"nn": "Gjenopprettinga er flytt over til den nye nøkkelen.",
                                    "nb": "Gjenopprettingen er flyttet over til den nye "
                                          "nøkkelen.",
                                    "en": "Recovery is moved over to the new key."},
    "cli.out.rekey_recovery_dropped": {
        "nn": "Gjenopprettinga var av den gamle sorten og kunne ikkje flyttast over: set ho "
              "opp att med «samtaleduk recovery enable OFFENTLEG_NØKKEL».",
        "nb": "Gjenopprettingen var av den gamle sorten og kunne ikke flyttes over: sett den "
              "opp igjen med «samtaleduk recovery enable OFFENTLIG_NØKKEL».",
        "en": "Recovery was of the old kind and could not be moved over: set it up again "
              "with «samtaleduk recovery enable PUBLIC_KEY_FILE».",
    },
}
