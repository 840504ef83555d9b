"""What the command line's commands print, in nynorsk, bokmål and English (in
`--lang`, SAMTALEDUK_LANG or the locale). Machine-readable output (--json) keeps
its keys and ids in English whatever the language."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- shared: notes, warnings, passphrases, the store (`cli.common`) --------------------
    "cli.out.note": {"nn": "Merk: {note}", "nb": "Merk: {note}", "en": "Note: {note}"},
    "cli.out.warning": {"nn": "Åtvaring: {problem}", "nb": "Advarsel: {problem}",
                        "en": "Warning: {problem}"},
    "cli.out.passphrase": {"nn": "Passordfrase: ", "nb": "Passordfrase: ",
                           "en": "Passphrase: "},
    "cli.out.passphrase_again": {"nn": "Skriv passordfrasa ein gong til: ",
                                 "nb": "Skriv passordfrasen en gang til: ",
                                 "en": "Type the passphrase once more: "},
    "cli.out.passphrase_current": {"nn": "Noverande passordfrase: ",
                                   "nb": "Nåværende passordfrase: ",
                                   "en": "Current passphrase: "},
    "cli.out.passphrase_new": {"nn": "Ny passordfrase: ", "nb": "Ny passordfrase: ",
                               "en": "New passphrase: "},
    "cli.out.passphrase_changed": {"nn": "Passordfrasa er bytt.",
                                   "nb": "Passordfrasen er byttet.",
                                   "en": "The passphrase is changed."},
    "cli.out.passphrase_wrong": {"nn": "Passordfrasa er feil. Prøv på nytt.",
                                 "nb": "Passordfrasen er feil. Prøv på nytt.",
                                 "en": "The passphrase is wrong. Try again."},
    "cli.out.not_iso_date": {"nn": "«{text}» er ikkje ein dato på forma ÅÅÅÅ-MM-DD",
                             "nb": "«{text}» er ikke en dato på formen ÅÅÅÅ-MM-DD",
                             "en": "«{text}» is not a date of the form YYYY-MM-DD"},
    "cli.out.crypto_library": {"nn": "krypteringsbibliotek ({provider}): {version}",
                               "nb": "krypteringsbibliotek ({provider}): {version}",
                               "en": "crypto library ({provider}): {version}"},
    "cli.out.new_store": {"nn": "Lagar eit nytt kryptert lager i {folder}",
                          "nb": "Lager et nytt kryptert lager i {folder}",
                          "en": "Making a new encrypted store in {folder}"},
    "cli.out.choose_passphrase": {
        "nn": "Vel ei passordfrase på minst 8 teikn. Gløymer du ho, kan ingen opna "
              "lageret, heller ikkje du.",
        "nb": "Velg en passordfrase på minst 8 tegn. Glemmer du den, kan ingen åpne "
              "lageret, heller ikke du.",
        "en": "Choose a passphrase of at least 8 characters. If you forget it, nobody can "
              "open the store, not even you.",
    },
    "cli.out.upkeep": {
        "nn": "Kontrollerer lageret og tek tryggingskopi om det trengst …",
        "nb": "Kontrollerer lageret og tar sikkerhetskopi om det trengs …",
        "en": "Checking the store and making a backup if one is due …",
    },
    # -- duker -----------------------------------------------------------------------------
    "cli.out.duk_line": {"nn": "{duk}  (versjon {version}, {fields} felt)",
                         "nb": "{duk}  (versjon {version}, {fields} felt)",
                         "en": "{duk}  (version {version}, {fields} fields)"},
    "cli.out.duk_error": {"nn": "FEIL: {problem}", "nb": "FEIL: {problem}",
                          "en": "ERROR: {problem}"},
    "cli.out.duk_changed": {"nn": "ENDRA: {problem}", "nb": "ENDRET: {problem}",
                            "en": "CHANGED: {problem}"},
    "cli.out.unchecked_drift": {
        "nn": "set {env} for å sjå òg om ei dukfil er endra sidan sakene brukte ho (utan å "
              "auka «version»).",
        "nb": "sett {env} for å se også om en dukfil er endret siden sakene brukte den (uten "
              "å øke «version»).",
        "en": "set {env} to see also whether a duk file was changed since the cases used it "
              "(without raising «version»).",
    },
    "cli.out.no_duk_files": {"nn": "ingen dukfiler (*.toml) i mappa {folder}",
                             "nb": "ingen dukfiler (*.toml) i mappen {folder}",
                             "en": "no duk files (*.toml) in the folder {folder}"},
    "cli.out.duk_warning": {"nn": "åtvaring: {problem}", "nb": "advarsel: {problem}",
                            "en": "warning: {problem}"},
    "cli.out.duk_about": {"nn": "«{name}» ({duk}, versjon {version}, {fields} felt)",
                          "nb": "«{name}» ({duk}, versjon {version}, {fields} felt)",
                          "en": "«{name}» ({duk}, version {version}, {fields} fields)"},
    "cli.out.duk_usable_but": {"nn": "{file}: kan brukast — {about}, men sjå åtvaringane",
                               "nb": "{file}: kan brukes — {about}, men se advarslene",
                               "en": "{file}: can be used — {about}, but see the warnings"},
    "cli.out.duk_ok": {"nn": "{file}: i orden — {about}", "nb": "{file}: i orden — {about}",
                       "en": "{file}: all right — {about}"},
    # -- cases, case, meeting, search --------------------------------------------------
    "cli.out.no_cases": {"nn": "Ingen saker enno. Lag ei med «samtaleduk case new».",
                         "nb": "Ingen saker ennå. Lag en med «samtaleduk case new».",
                         "en": "No cases yet. Make one with «samtaleduk case new»."},
    "cli.out.meetings_one": {"nn": "1 møte", "nb": "1 møte", "en": "1 meeting"},
    "cli.out.meetings": {"nn": "{count} møte", "nb": "{count} møter",
                         "en": "{count} meetings"},
    "cli.out.next_meeting": {"nn": ", neste møte {date}", "nb": ", neste møte {date}",
                             "en": ", next meeting {date}"},
    "cli.out.kind_family": {"nn": "familie", "nb": "familie", "en": "family"},
    "cli.out.kind_individual": {"nn": "individuell", "nb": "individuell",
                                "en": "individual"},
    "cli.out.status_open": {"nn": "open", "nb": "åpen", "en": "open"},
    "cli.out.status_closed": {"nn": "avslutta", "nb": "avsluttet", "en": "closed"},
    "cli.out.delete_confirm": {"nn": "Skriv «slett» for å halda fram: ",
                               "nb": "Skriv «slett» for å fortsette: ",
                               "en": "Type «delete» to go on: "},
    "cli.out.delete_word": {"nn": "slett", "nb": "slett", "en": "delete"},
    "cli.out.nothing_deleted": {"nn": "Ingenting er sletta.", "nb": "Ingenting er slettet.",
                                "en": "Nothing was deleted."},
    "cli.out.case_deleted": {"nn": "Saka {case} er sletta.", "nb": "Saken {case} er slettet.",
                             "en": "The case {case} is deleted."},
    "cli.out.nothing_found": {"nn": "Fann ingenting.", "nb": "Fant ingenting.",
                              "en": "Nothing found."},
    "cli.out.hit_in_meeting": {"nn": "møte {number}", "nb": "møte {number}",
                               "en": "meeting {number}"},
    "cli.out.hit_in_case": {"nn": "saka", "nb": "saken", "en": "the case"},
    "cli.out.hit.name": {"nn": "namn", "nb": "navn", "en": "name"},
    "cli.out.hit.participant": {"nn": "deltakar", "nb": "deltaker", "en": "participant"},
    "cli.out.hit.text": {"nn": "tekst", "nb": "tekst", "en": "text"},
    "cli.out.hit.note": {"nn": "notat", "nb": "notat", "en": "note"},
    "cli.out.hit.goal": {"nn": "mål", "nb": "mål", "en": "goal"},
    "cli.out.hit.action": {"nn": "tiltak", "nb": "tiltak", "en": "action"},
    "cli.out.hit.helper": {"nn": "hjelpar", "nb": "hjelper", "en": "helper"},
    "cli.out.hit.consent": {"nn": "samtykke", "nb": "samtykke", "en": "consent"},
    # -- backup, restore, rekey ------------------------------------------------------------
    "cli.out.backup_made": {"nn": "Tryggingskopi laga og kontrollert: {path}",
                            "nb": "Sikkerhetskopi laget og kontrollert: {path}",
                            "en": "Backup made and checked: {path}"},
    "cli.out.no_backups": {
        "nn": "Ingen tryggingskopiar enno. Lag ein med «samtaleduk backup».",
        "nb": "Ingen sikkerhetskopier ennå. Lag en med «samtaleduk backup».",
        "en": "No backups yet. Make one with «samtaleduk backup».",
    },
    "cli.out.put_aside": {"nn": "lagt til side: {path}", "nb": "lagt til side: {path}",
                          "en": "put aside: {path}"},
    "cli.out.restore_how": {
        "nn": "Hent fram med «samtaleduk restore NAMN» (eller «nyaste»). Lageret du har "
              "no, vert lagt til side, ikkje sletta.",
        "nb": "Hent fram med «samtaleduk restore NAVN» (eller «nyeste»). Lageret du har "
              "nå, blir lagt til side, ikke slettet.",
        "en": "Restore with «samtaleduk restore NAME» (or «latest»). The store you have "
              "now is put aside, not deleted.",
    },
    "cli.out.restored": {"nn": "Henta fram {name}.", "nb": "Hentet fram {name}.",
                         "en": "Restored {name}."},
    "cli.out.restored_aside": {"nn": "Lageret som var der, er lagt til side: {path}",
                               "nb": "Lageret som var der, er lagt til side: {path}",
                               "en": "The store that was there is put aside: {path}"},
    "cli.out.rekey_aside_old_key": {
        "nn": "{count} lager som er lagt til side i datamappa, er framleis under den gamle "
              "nøkkelen; dei vert ikkje sletta her.",
        "nb": "{count} lager som er lagt til side i datamappen, er fortsatt under den gamle "
              "nøkkelen; de blir ikke slettet her.",
        "en": "{count} stores put aside in the data folder are still under the old key; "
              "they are not deleted here.",
    },
}
