"""The command line's help, in nynorsk, bokmål and English: argparse's own words
(`cli/localised.py`), the program's options and each command's one-line help.

Placeholders ({x}) only; no `%`: argparse formats help texts with `%` itself."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- argparse's own words ----------------------------------------------------------
    "cli.argparse.usage": {"nn": "bruk: ", "nb": "bruk: ", "en": "usage: "},
    "cli.argparse.positionals": {"nn": "argument", "nb": "argumenter",
                                 "en": "positional arguments"},
    "cli.argparse.options": {"nn": "val", "nb": "valg", "en": "options"},
    "cli.argparse.help": {"nn": "vis denne hjelpa og avslutt",
                          "nb": "vis denne hjelpen og avslutt",
                          "en": "show this help message and exit"},
    "cli.argparse.error": {"nn": "{prog}: feil: {problem}", "nb": "{prog}: feil: {problem}",
                           "en": "{prog}: error: {problem}"},
    "cli.argparse.required": {"nn": "desse argumenta manglar: {names}",
                              "nb": "disse argumentene mangler: {names}",
                              "en": "the following arguments are required: {names}"},
    "cli.argparse.unrecognized": {"nn": "ukjende argument: {names}",
                                  "nb": "ukjente argumenter: {names}",
                                  "en": "unrecognized arguments: {names}"},
    "cli.argparse.invalid_choice": {
        "nn": "argumentet {option}: ugyldig val: {value} (vel mellom {choices})",
        "nb": "argumentet {option}: ugyldig valg: {value} (velg mellom {choices})",
        "en": "argument {option}: invalid choice: {value} (choose from {choices})",
    },
    "cli.argparse.invalid_value": {"nn": "argumentet {option}: ugyldig verdi: {value}",
                                   "nb": "argumentet {option}: ugyldig verdi: {value}",
                                   "en": "argument {option}: invalid value: {value}"},
    "cli.argparse.one_value": {"nn": "argumentet {option}: treng ein verdi",
                               "nb": "argumentet {option}: trenger en verdi",
                               "en": "argument {option}: expected one argument"},
    "cli.argparse.some_values": {"nn": "argumentet {option}: treng minst éin verdi",
                                 "nb": "argumentet {option}: trenger minst én verdi",
                                 "en": "argument {option}: expected at least one argument"},
    "cli.argparse.not_with": {
        "nn": "argumentet {option} kan ikkje brukast saman med {other}",
        "nb": "argumentet {option} kan ikke brukes sammen med {other}",
        "en": "argument {option}: not allowed with argument {other}",
    },
    "cli.argparse.one_of": {"nn": "eitt av argumenta {names} må vera med",
                            "nb": "ett av argumentene {names} må være med",
                            "en": "one of the arguments {names} is required"},
    "cli.argparse.ambiguous": {"nn": "tvitydig val: {option} kan vera {matches}",
                               "nb": "tvetydig valg: {option} kan være {matches}",
                               "en": "ambiguous option: {option} could match {matches}"},
    "cli.argparse.argument": {"nn": "argumentet {option}: {problem}",
                              "nb": "argumentet {option}: {problem}",
                              "en": "argument {option}: {problem}"},
    "cli.metavar.command": {"nn": "KOMMANDO", "nb": "KOMMANDO", "en": "COMMAND"},
    "cli.metavar.folder": {"nn": "MAPPE", "nb": "MAPPE", "en": "FOLDER"},
    "cli.metavar.file": {"nn": "FIL", "nb": "FIL", "en": "FILE"},
    "cli.metavar.language": {"nn": "SPRÅK", "nb": "SPRÅK", "en": "LANGUAGE"},
    "cli.metavar.file_or_folder": {"nn": "FIL_ELLER_MAPPE", "nb": "FIL_ELLER_MAPPE",
                                   "en": "FILE_OR_FOLDER"},
    "cli.metavar.case_id": {"nn": "SAKS_ID", "nb": "SAKS_ID", "en": "CASE_ID"},
    "cli.metavar.duk_id": {"nn": "DUK_ID", "nb": "DUK_ID", "en": "DUK_ID"},
    "cli.metavar.name": {"nn": "NAMN", "nb": "NAVN", "en": "NAME"},
    "cli.metavar.text": {"nn": "TEKST", "nb": "TEKST", "en": "TEXT"},
    "cli.metavar.backup": {"nn": "TRYGGINGSKOPI", "nb": "SIKKERHETSKOPI", "en": "BACKUP"},
    # -- the program ---------------------------------------------------------------------
    "cli.help.program": {
        "nn": "Samtaleduk: samtaledukar for familieteammøte og avklaringssamtale.",
        "nb": "Samtaleduk: samtaleduker for familieteammøter og avklaringssamtaler.",
        "en": "Samtaleduk: conversation duker for family-team meetings and first "
              "conversations.",
    },
    "cli.help.data_dir": {
        "nn": "mappa med lageret (elles SAMTALEDUK_DATA_DIR eller brukarmappa)",
        "nb": "mappen med lageret (ellers SAMTALEDUK_DATA_DIR eller brukermappen)",
        "en": "the folder with the store (else SAMTALEDUK_DATA_DIR or the user's folder)",
    },
    "cli.help.lang": {
        "nn": "språket i hjelpa og meldingane: `nn`, `nb` eller `en` (elles SAMTALEDUK_LANG "
              "eller LC_ALL, LC_MESSAGES, LANG; nynorsk når ingen er sett)",
        "nb": "språket i hjelpen og meldingene: `nn`, `nb` eller `en` (ellers SAMTALEDUK_LANG "
              "eller LC_ALL, LC_MESSAGES, LANG; nynorsk når ingen er satt)",
        "en": "the language of the help and the messages: `nn`, `nb` or `en` (else "
              "SAMTALEDUK_LANG or LC_ALL, LC_MESSAGES, LANG; nynorsk when none is set)",
    },
    "cli.help.version": {
        "nn": "vis versjonen av programmet, Python, SQLCipher og krypteringsbiblioteket",
        "nb": "vis versjonen av programmet, Python, SQLCipher og krypteringsbiblioteket",
        "en": "show the version of the program, Python, SQLCipher and the crypto library",
    },
    "cli.help.json": {"nn": "maskinlesbar utdata", "nb": "maskinlesbare utdata",
                      "en": "machine-readable output"},
    # -- each command's line in the program's help ---------------------------------------
    "cli.help.duker": {"nn": "vis og sjekk dukane (malane)", "nb": "vis og sjekk dukene (malene)",
                       "en": "show and check the duker (the templates)"},
    "cli.help.cases": {"nn": "vis alle sakene", "nb": "vis alle sakene", "en": "list every case"},
    "cli.help.case": {"nn": "lag eller slett ei sak", "nb": "lag eller slett en sak",
                      "en": "make or delete a case"},
    "cli.help.meeting": {"nn": "lag eit nytt møte i ei sak", "nb": "lag et nytt møte i en sak",
                         "en": "make a new meeting in a case"},
    "cli.help.search": {"nn": "søk i namn, notat, mål, tiltak og hjelparar",
                        "nb": "søk i navn, notater, mål, tiltak og hjelpere",
                        "en": "search names, notes, goals, actions and helpers"},
    "cli.help.passphrase": {"nn": "byt passordfrase for lageret",
                            "nb": "bytt passordfrase for lageret",
                            "en": "change the store's passphrase"},
    "cli.help.demo": {"nn": "lag eit demolager med oppdikta saker og opna programmet",
                      "nb": "lag et demolager med oppdiktede saker og åpne programmet",
                      "en": "make a demo store with made-up cases and open the program"},
    "cli.help.print": {
        "nn": "skriv ut ein duk, ei evaluering, tiltakslista eller vegen saka har gått som PDF",
        "nb": "skriv ut en duk, en evaluering, tiltakslisten eller veien saken har gått som PDF",
        "en": "print a duk, an evaluation, the list of actions or the case's journey as PDF",
    },
    "cli.help.minutes": {
        "nn": "møtereferat til journalsystemet eller Stafettloggen (tekst)",
        "nb": "møtereferat til journalsystemet eller Stafettloggen (tekst)",
        "en": "minutes for the records system or Stafettloggen (text)",
    },
    "cli.help.compare": {
        "nn": "samanlikn to møte i ei sak: kva er gjort, kva står att, kva har endra seg",
        "nb": "sammenlign to møter i en sak: hva er gjort, hva gjenstår, hva har endret seg",
        "en": "compare two meetings of a case: what is done, what is left, what has changed",
    },
    "cli.help.backup": {"nn": "lag ein kontrollert, kryptert tryggingskopi no",
                        "nb": "lag en kontrollert, kryptert sikkerhetskopi nå",
                        "en": "make a checked, encrypted backup now"},
    "cli.help.restore": {"nn": "vis tryggingskopiane, eller hent fram ein",
                         "nb": "vis sikkerhetskopiene, eller hent fram en",
                         "en": "list the backups, or restore one"},
    "cli.help.export": {"nn": "eksporter ei sak til ei kryptert saksfil (overlevering)",
                        "nb": "eksporter en sak til en kryptert saksfil (overlevering)",
                        "en": "export a case to an encrypted case file (handover)"},
    "cli.help.import": {"nn": "importer ei saksfil frå ein kollega",
                        "nb": "importer en saksfil fra en kollega",
                        "en": "import a case file from a colleague"},
    "cli.help.access": {"nn": "innsyn: alt om ei sak som PDF og JSON",
                        "nb": "innsyn: alt om en sak som PDF og JSON",
                        "en": "access request: everything about a case as PDF and JSON"},
    "cli.help.audit": {"nn": "vis loggen over kva som er gjort (aldri innhald)",
                       "nb": "vis loggen over hva som er gjort (aldri innhold)",
                       "en": "show the log of what was done (never content)"},
    "cli.help.retention": {"nn": "avslutta saker som har passert oppbevaringstida",
                           "nb": "avsluttede saker som har passert oppbevaringstiden",
                           "en": "closed cases past their retention time"},
    "cli.help.recovery": {"nn": "gjenopprettingsnøkkel for gløymd passordfrase",
                          "nb": "gjenopprettingsnøkkel for glemt passordfrase",
                          "en": "recovery key for a forgotten passphrase"},
    "cli.help.rekey": {
        "nn": "byt datanøkkelen (etter gjenoppretting eller mistanke om at nøkkelfila er "
              "kopiert)",
        "nb": "bytt datanøkkelen (etter gjenoppretting eller mistanke om at nøkkelfilen er "
              "kopiert)",
        "en": "change the data key (after a recovery or a suspicion that the key file was "
              "copied)",
    },
    "cli.help.overview": {"nn": "sakene mine no: tiltak, mål, samtykke og neste møte",
                          "nb": "sakene mine nå: tiltak, mål, samtykker og neste møte",
                          "en": "my cases now: actions, goals, consents and next meeting"},
    "cli.help.report": {
        "nn": "gevinstmåling: anonyme tal for ein periode (saker, møte, mål, tiltak, samtykke)",
        "nb": "gevinstmåling: anonyme tall for en periode (saker, møter, mål, tiltak, "
              "samtykker)",
        "en": "pilot figures: anonymous counts for a period (cases, meetings, goals, "
              "actions, consents)",
    },
    "cli.help.selftest": {
        "nn": "sjekk at programmet verkar her (lager, dukar, PDF, skrift), utan skjerm og "
              "utan å røra dataa dine",
        "nb": "sjekk at programmet virker her (lager, duker, PDF, skrift), uten skjerm og "
              "uten å røre dataene dine",
        "en": "check that the program works here (store, duker, PDF, fonts), without a "
              "screen and without touching your data",
    },
    "cli.help.snapshot": {
        "nn": "teikn skjermbilete (PNG) av hovudvisingane med demosakene, utan skjerm",
        "nb": "tegn skjermbilder (PNG) av hovedvisningene med demosakene, uten skjerm",
        "en": "draw screenshots (PNG) of the main views with the demo cases, without a "
              "screen",
    },
    # -- duker ---------------------------------------------------------------------------
    "cli.help.duker_list": {"nn": "vis alle dukane, på nynorsk, bokmål og engelsk",
                            "nb": "vis alle dukene, på nynorsk, bokmål og engelsk",
                            "en": "list every duk, in Nynorsk, Bokmål and English"},
    "cli.help.duker_check": {
        "nn": "sjekk ei dukfil (eller ei mappe med dukfiler) og sei kva som er feil",
        "nb": "sjekk en dukfil (eller en mappe med dukfiler) og si hva som er feil",
        "en": "check a duk file (or a folder of duk files) and say what is wrong",
    },
    # -- cases, case, meeting, search, passphrase ----------------------------------------
    "cli.help.status": {"nn": "berre opne eller avslutta", "nb": "bare åpne eller avsluttede",
                        "en": "only open or closed ones"},
    "cli.help.case_new": {"nn": "lag ei ny sak (skriv ut id-en)",
                          "nb": "lag en ny sak (skriv ut id-en)",
                          "en": "make a new case (prints its id)"},
    "cli.help.case_name": {"nn": "namnet på saka, t.d. «Familien Nordmann»",
                           "nb": "navnet på saken, f.eks. «Familien Nordmann»",
                           "en": "the case's name, e.g. «Familien Nordmann»"},
    "cli.help.case_duk": {"nn": "kva duk saka brukar", "nb": "hvilken duk saken bruker",
                          "en": "the duk the case uses"},
    "cli.help.case_member": {"nn": "eit familiemedlem (kan gjentakast)",
                             "nb": "et familiemedlem (kan gjentas)",
                             "en": "a family member (may be repeated)"},
    "cli.help.case_language": {"nn": "målforma til saka", "nb": "målformen til saken",
                               "en": "the case's written language"},
    "cli.help.case_delete": {"nn": "slett ei sak for godt, med alle møte og revisjonar",
                             "nb": "slett en sak for godt, med alle møter og revisjoner",
                             "en": "delete a case for good, with every meeting and revision"},
    "cli.help.yes": {"nn": "ikkje spør om stadfesting", "nb": "ikke spør om bekreftelse",
                     "en": "do not ask for confirmation"},
    "cli.help.meeting_new": {"nn": "nytt møte, ført vidare frå det førre (skriv ut id-en)",
                             "nb": "nytt møte, ført videre fra det forrige (skriv ut id-en)",
                             "en": "a new meeting, carried on from the last one (prints its "
                                   "id)"},
    "cli.help.meeting_date": {"nn": "datoen for møtet (ÅÅÅÅ-MM-DD), elles i dag",
                              "nb": "datoen for møtet (ÅÅÅÅ-MM-DD), ellers i dag",
                              "en": "the meeting's date (YYYY-MM-DD), else today"},
    "cli.help.blank": {"nn": "start med ein tom duk", "nb": "start med en tom duk",
                       "en": "start with a blank duk"},
    # -- backup, restore -------------------------------------------------------------------
    "cli.help.restore_which": {
        "nn": "fila, eller namnet på ein tryggingskopi i lista, eller «nyaste»",
        "nb": "filen, eller navnet på en sikkerhetskopi i listen, eller «nyeste»",
        "en": "the file, or the name of a backup in the list, or «latest»",
    },
}
