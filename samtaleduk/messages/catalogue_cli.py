"""Messages of the command line (`samtaleduk.cli`): its errors. Its help is in
`catalogue_cli_help`, its output in `catalogue_cli_out`; all rendered in `--lang`."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.iso_date_needed": {
        "nn": "«{option}» må vera ein dato som 2026-01-31.",
        "nb": "«{option}» må være en dato som 2026-01-31.",
        "en": "«{option}» must be a date such as 2026-01-31.",
    },
    "cli.no_meetings_yet": {
        "nn": "Saka har ingen møte enno.",
        "nb": "Saken har ingen møter ennå.",
        "en": "The case has no meetings yet.",
    },
    "cli.not_a_date": {
        "nn": "«{text}» er ikkje ein dato; skriv t.d. 17.06.2026.",
        "nb": "«{text}» er ikke en dato; skriv f.eks. 17.06.2026.",
        "en": "«{text}» is not a date; write e.g. 17.06.2026.",
    },
    "cli.calendar_needs_date": {
        "nn": "Kalenderfila treng ein dato: skriv --date DD.MM.ÅÅÅÅ.",
        "nb": "Kalenderfilen trenger en dato: skriv --date DD.MM.ÅÅÅÅ.",
        "en": "The calendar file needs a date: write --date DD.MM.YYYY.",
    },
    "cli.invitation_options_only": {
        "nn": "--date, --time, --place, --contact og --ics høyrer til --what=invitation.",
        "nb": "--date, --time, --place, --contact og --ics hører til --what=invitation.",
        "en": "--date, --time, --place, --contact and --ics belong to --what=invitation.",
    },
    "cli.interrupted": {"nn": "avbrote", "nb": "avbrutt", "en": "interrupted"},
    "cli.needs_passphrase": {
        "nn": "Treng ei passordfrase: skriv ho i ein terminal, eller set {env}.",
        "nb": "Trenger en passordfrase: skriv den i en terminal, eller sett {env}.",
        "en": "A passphrase is needed: type it in a terminal, or set {env}.",
    },
    "cli.passphrases_differ": {
        "nn": "Dei to passordfrasane er ikkje like; prøv på nytt.",
        "nb": "De to passordfrasene er ikke like; prøv på nytt.",
        "en": "The two passphrases are not the same; try again.",
    },
    "cli.invalid_value": {"nn": "Ugyldig verdi.", "nb": "Ugyldig verdi.",
                          "en": "Invalid value."},
    "cli.invalid_value_at": {
        "nn": "Ugyldig verdi i «{where}»: {detail}",
        "nb": "Ugyldig verdi i «{where}»: {detail}",
        "en": "Invalid value in «{where}»: {detail}",
    },
    "cli.invalid_value_detail": {
        "nn": "Ugyldig verdi: {detail}",
        "nb": "Ugyldig verdi: {detail}",
        "en": "Invalid value: {detail}",
    },
    "cli.detail.invalid_char": {
        "nn": "teksten inneheld eit ugyldig teikn; skriv han på nytt",
        "nb": "teksten inneholder et ugyldig tegn; skriv den på nytt",
        "en": "the text holds an invalid character; type it again",
    },
    "cli.detail.too_long": {"nn": "teksten er for lang", "nb": "teksten er for lang",
                            "en": "the text is too long"},
    "cli.demo_store_exists": {
        "nn": "Det finst alt eit lager i {folder}. Demoen skriv ikkje over det; bruk "
              "--data-dir med ei tom mappe.",
        "nb": "Det finnes allerede et lager i {folder}. Demoen skriver ikke over det; bruk "
              "--data-dir med en tom mappe.",
        "en": "There is already a store in {folder}. The demo does not overwrite it; use "
              "--data-dir with an empty folder.",
    },
    "cli.compare_needs_two": {
        "nn": "Saka har færre enn to møte; det trengst to for å samanlikna.",
        "nb": "Saken har færre enn to møter; det trengs to for å sammenligne.",
        "en": "The case has fewer than two meetings; comparing takes two.",
    },
    "cli.no_meeting_number": {
        "nn": "Saka har ikkje noko møte nummer {number} (møta er {numbers}).",
        "nb": "Saken har ikke noe møte nummer {number} (møtene er {numbers}).",
        "en": "The case has no meeting number {number} (the meetings are {numbers}).",
    },
    "cli.no_meeting_before": {
        "nn": "Det er ikkje noko møte før møte {number} å samanlikna med.",
        "nb": "Det er ikke noe møte før møte {number} å sammenligne med.",
        "en": "There is no meeting before meeting {number} to compare with.",
    },
    "cli.no_duk": {
        "nn": "Fann ingen duk med id «{duk}». Sjå «samtaleduk duker list».",
        "nb": "Fant ingen duk med id «{duk}». Se «samtaleduk duker list».",
        "en": "There is no duk with id «{duk}». See «samtaleduk duker list».",
    },
    "cli.case_or_blank": {
        "nn": "Bruk anten CASE eller --blank, ikkje begge.",
        "nb": "Bruk enten CASE eller --blank, ikke begge.",
        "en": "Use either CASE or --blank, not both.",
    },
    "cli.print_what": {
        "nn": "Skriv kva sak som skal skrivast ut (CASE), eller bruk --blank TEMPLATE.",
        "nb": "Skriv hvilken sak som skal skrives ut (CASE), eller bruk --blank TEMPLATE.",
        "en": "Name the case to print (CASE), or use --blank TEMPLATE.",
    },
    "cli.no_meetings_to_print": {
        "nn": "Saka har ingen møte å skriva ut enno.",
        "nb": "Saken har ingen møter å skrive ut ennå.",
        "en": "The case has no meetings to print yet.",
    },
    "cli.evaluation_needs_earlier": {
        "nn": "Evalueringa treng eit møte før dette; vel --meeting 2 eller seinare.",
        "nb": "Evalueringen trenger et møte før dette; velg --meeting 2 eller senere.",
        "en": "The evaluation needs a meeting before this one; choose --meeting 2 or "
              "later.",
    },
    "cli.key_file_missing": {
        "nn": "Nøkkelfila {file} manglar i {folder}; utan ho kan verken lageret eller "
              "tryggingskopiane opnast. Legg henne tilbake frå ein kopi av datamappa "
              "(eller bruk gjenopprettingsnøkkelen). Ingenting er endra.",
        "nb": "Nøkkelfilen {file} mangler i {folder}; uten den kan verken lageret eller "
              "sikkerhetskopiene åpnes. Legg den tilbake fra en kopi av datamappen "
              "(eller bruk gjenopprettingsnøkkelen). Ingenting er endret.",
        "en": "The key file {file} is missing in {folder}; without it neither the store "
              "nor the backups can be opened. Put it back from a copy of the data folder "
              "(or use the recovery key). Nothing was changed.",
    },
    # -- the GUI's part of the command line (`ui/shell/launch`, `ui/tools/*_cmd`) ----
    "gui.no_display": {
        "nn": "Fann ingen skjerm å visa programmet på (DISPLAY er ikkje sett, eller "
              "skjermen er borte). Start Samtaleduk på ein maskin med skjerm, eller bruk "
              "kommandolinja: samtaleduk --help",
        "nb": "Fant ingen skjerm å vise programmet på (DISPLAY er ikke satt, eller "
              "skjermen er borte). Start Samtaleduk på en maskin med skjerm, eller bruk "
              "kommandolinjen: samtaleduk --help",
        "en": "There is no screen to show the program on (DISPLAY is not set, or the "
              "screen is gone). Start Samtaleduk on a machine with a screen, or use the "
              "command line: samtaleduk --help",
    },
    "gui.qt_missing": {
        "nn": "Den grafiske delen av Samtaleduk kunne ikkje lastast ({missing} manglar). "
              "Køyr scripts/setup.sh, som installerer det som trengst.",
        "nb": "Den grafiske delen av Samtaleduk kunne ikke lastes ({missing} mangler). "
              "Kjør scripts/setup.sh, som installerer det som trengs.",
        "en": "The graphical part of Samtaleduk could not be loaded ({missing} is "
              "missing). Run scripts/setup.sh, which installs what is needed.",
    },
    "gui.evaluation_needs_earlier": {
        "nn": "Evalueringa treng eit møte før dette.",
        "nb": "Evalueringen trenger et møte før dette.",
        "en": "The evaluation needs a meeting before this one.",
    },
    "snapshot.text_scale": {
        "nn": "--text-scale må vera mellom 0.5 og 4.",
        "nb": "--text-scale må være mellom 0.5 og 4.",
        "en": "--text-scale must be between 0.5 and 4.",
    },
    "snapshot.no_folder": {
        "nn": "Kan ikkje laga mappa {folder} ({reason}).",
        "nb": "Kan ikke lage mappen {folder} ({reason}).",
        "en": "Cannot make the folder {folder} ({reason}).",
    },
}
