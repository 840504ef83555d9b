"""The command line's help for the commands that write documents and figures
(`print`, `minutes`, `compare`, `overview`, `report`, `demo`, and the GUI's
`selftest`, `snapshot`), in nynorsk, bokmål and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.help.case_ref": {"nn": "saks-id (eller starten av han)",
                          "nb": "saks-id (eller starten av den)",
                          "en": "case id (or its start)"},
    "cli.help.written_language": {"nn": "målform (standard: saka si)",
                                  "nb": "målform (standard: sakens)",
                                  "en": "written language (default: the case's)"},
    "cli.help.meeting_number": {"nn": "møtenummer (standard: det siste)",
                                "nb": "møtenummer (standard: det siste)",
                                "en": "meeting number (default: the last)"},
    # -- print -----------------------------------------------------------------------------
    "cli.help.print_description": {
        "nn": "Skriv ut som PDF. Døme: {example}",
        "nb": "Skriv ut som PDF. Eksempel: {example}",
        "en": "Print as PDF. Example: {example}",
    },
    "cli.help.print_blank": {"nn": "skriv ut ein tom duk (duk-id)",
                             "nb": "skriv ut en tom duk (duk-id)",
                             "en": "print a blank duk (duk id)"},
    "cli.help.print_meeting": {
        "nn": "møtenummer (standard: det siste); evaluering: møte N-1 mot N",
        "nb": "møtenummer (standard: det siste); evaluering: møte N-1 mot N",
        "en": "meeting number (default: the last); evaluation: meeting N-1 against N",
    },
    "cli.help.print_what": {
        "nn": "`duk` (standard), `evaluation`, `actions`, `journey` eller `invitation` "
              "(innkalling til neste møte)",
        "nb": "`duk` (standard), `evaluation`, `actions`, `journey` eller `invitation` "
              "(innkalling til neste møte)",
        "en": "`duk` (default), `evaluation`, `actions`, `journey` or `invitation` (an "
              "invitation to the next meeting)",
    },
    "cli.help.print_paper": {
        "nn": "papir: `a3` (standard for duken) eller `a4` (standard for rapportane)",
        "nb": "papir: `a3` (standard for duken) eller `a4` (standard for rapportene)",
        "en": "paper: `a3` (default for the duk) or `a4` (default for the reports)",
    },
    "cli.help.print_lang": {"nn": "målform (standard: saka si); `en`: engelsk",
                            "nb": "målform (standard: sakens); `en`: engelsk",
                            "en": "written language (default: the case's); `en`: English"},
    "cli.help.leave_out": {
        "nn": "livsområde eller felt som skal utelatast, t.d. `rus psykisk_helse` (skriv "
              "saka før --leave-out)",
        "nb": "livsområder eller felt som skal utelates, f.eks. `rus psykisk_helse` (skriv "
              "saken før --leave-out)",
        "en": "life domains or fields to leave out, e.g. `rus psykisk_helse` (write the "
              "case before --leave-out)",
    },
    "cli.help.pdf_file": {"nn": "PDF-fila", "nb": "PDF-filen", "en": "the PDF file"},
    "cli.help.invitation_group": {"nn": "innkallinga (--what=invitation)",
                                  "nb": "innkallingen (--what=invitation)",
                                  "en": "the invitation (--what=invitation)"},
    "cli.help.invitation_date": {"nn": "datoen for møtet (standard: datoen i neste steg)",
                                 "nb": "datoen for møtet (standard: datoen i neste steg)",
                                 "en": "the meeting's date (default: the date in next steps)"},
    "cli.help.invitation_time": {"nn": "klokkeslett, t.d. 13.00", "nb": "klokkeslett, f.eks. 13.00",
                                 "en": "time of day, e.g. 13.00"},
    "cli.help.invitation_place": {"nn": "staden for møtet", "nb": "stedet for møtet",
                                  "en": "the meeting's place"},
    "cli.help.invitation_contact": {
        "nn": "kontaktlinja di (standard: familielosen i saka)",
        "nb": "kontaktlinjen din (standard: familielosen i saken)",
        "en": "your contact line (default: the case's familielos)",
    },
    "cli.help.invitation_ics": {
        "nn": "skriv òg ei kalenderfil (`.ics`) for din eigen kalender",
        "nb": "skriv også en kalenderfil (`.ics`) for din egen kalender",
        "en": "also write a calendar file (`.ics`) for your own calendar",
    },
    "cli.help.invitation_length": {
        "nn": "kor lenge møtet varer i kalenderen (standard 90 minutt)",
        "nb": "hvor lenge møtet varer i kalenderen (standard 90 minutter)",
        "en": "how long the meeting lasts in the calendar (default 90 minutes)",
    },
    "cli.help.name_in_calendar": {
        "nn": "namnet på saka som tittel i kalenderen (standard: berre «Møte»)",
        "nb": "navnet på saken som tittel i kalenderen (standard: bare «Møte»)",
        "en": "the case's name as the title in the calendar (default: just «Meeting»)",
    },
    "cli.metavar.date": {"nn": "DD.MM.ÅÅÅÅ", "nb": "DD.MM.ÅÅÅÅ", "en": "DD.MM.YYYY"},
    "cli.metavar.iso_date": {"nn": "ÅÅÅÅ-MM-DD", "nb": "ÅÅÅÅ-MM-DD", "en": "YYYY-MM-DD"},
    "cli.metavar.time": {"nn": "TT.MM", "nb": "TT.MM", "en": "HH.MM"},
    # -- minutes, compare, overview, report, demo --------------------------------------------
    "cli.help.minutes_description": {
        "nn": "Eit kort referat av eit møte: kven var der, mål, tiltak, samtykke og neste "
              "møte. Døme: {example}",
        "nb": "Et kort referat av et møte: hvem var der, mål, tiltak, samtykker og neste "
              "møte. Eksempel: {example}",
        "en": "Short minutes of a meeting: who was there, goals, actions, consents and "
              "the next meeting. Example: {example}",
    },
    "cli.help.minutes_json": {"nn": "dataa som JSON", "nb": "dataene som JSON",
                              "en": "the data as JSON"},
    "cli.help.minutes_out": {"nn": "skriv teksten til ei fil", "nb": "skriv teksten til en fil",
                             "en": "write the text to a file"},
    "cli.help.compare_description": {
        "nn": "Samanlikn to møte i ei sak (standard: dei to siste). Døme: {example}",
        "nb": "Sammenlign to møter i en sak (standard: de to siste). Eksempel: {example}",
        "en": "Compare two meetings of a case (default: the last two). Example: {example}",
    },
    "cli.help.compare_from": {"nn": "det eldre møtet (nummer); standard: det nest siste",
                              "nb": "det eldre møtet (nummer); standard: det nest siste",
                              "en": "the older meeting (number); default: the one before "
                                    "the last"},
    "cli.help.compare_to": {"nn": "det nyare møtet (nummer); standard: det siste",
                            "nb": "det nyere møtet (nummer); standard: det siste",
                            "en": "the newer meeting (number); default: the last"},
    "cli.help.overview_today": {"nn": "rekn frå denne datoen i staden for i dag",
                                "nb": "regn fra denne datoen i stedet for i dag",
                                "en": "count from this date instead of today"},
    "cli.help.overview_pdf": {"nn": "skriv oversikta som PDF hit",
                              "nb": "skriv oversikten som PDF hit",
                              "en": "write the overview as PDF here"},
    "cli.help.overview_lang": {"nn": "målform (standard: den same som hjelpa, sjå --lang "
                                     "før kommandoen)",
                               "nb": "målform (standard: den samme som hjelpen, se --lang "
                                     "før kommandoen)",
                               "en": "written language (default: that of the help, see "
                                     "--lang before the command)"},
    "cli.help.report_description": {
        "nn": "Gevinstmåling for piloten: anonyme tal for perioden, tal under 5 står som "
              "«< 5». Døme: {example}",
        "nb": "Gevinstmåling for piloten: anonyme tall for perioden, tall under 5 står som "
              "«< 5». Eksempel: {example}",
        "en": "Pilot figures: anonymous counts for the period, counts under 5 read «< 5». "
              "Example: {example}",
    },
    "cli.help.report_from": {"nn": "første dag i perioden", "nb": "første dag i perioden",
                             "en": "the period's first day"},
    "cli.help.report_to": {"nn": "siste dag i perioden (teken med)",
                           "nb": "siste dag i perioden (tatt med)",
                           "en": "the period's last day (included)"},
    "cli.help.report_csv": {"nn": "skriv tala til ei CSV-fil", "nb": "skriv tallene til en CSV-fil",
                            "en": "write the figures to a CSV file"},
    "cli.help.report_pdf": {"nn": "skriv rapporten til ei PDF-fil",
                            "nb": "skriv rapporten til en PDF-fil",
                            "en": "write the report to a PDF file"},
    "cli.help.report_lang": {"nn": "språk i rapporten (standard: det same som hjelpa)",
                             "nb": "språk i rapporten (standard: det samme som hjelpen)",
                             "en": "the report's language (default: that of the help)"},
    "cli.help.demo_no_gui": {"nn": "berre lag lageret, ikkje opna programmet",
                             "nb": "bare lag lageret, ikke åpne programmet",
                             "en": "only make the store, do not open the program"},
    "cli.out.demo_made": {"nn": "Demolageret er laga i {folder}",
                          "nb": "Demolageret er laget i {folder}",
                          "en": "The demo store is made in {folder}"},
    "cli.out.demo_passphrase": {"nn": "Passordfrase: {passphrase}",
                                "nb": "Passordfrase: {passphrase}",
                                "en": "Passphrase: {passphrase}"},
    # -- the GUI's commands ------------------------------------------------------------------
    "cli.help.selftest_keep": {"nn": "kopier bileta og PDF-ane frå testen hit, for å sjå på dei",
                               "nb": "kopier bildene og PDF-ene fra testen hit, for å se på dem",
                               "en": "copy the test's pictures and PDFs here, to look at them"},
    "cli.help.snapshot_lang": {"nn": "språket i programmet (standard: `nn`)",
                               "nb": "språket i programmet (standard: `nn`)",
                               "en": "the program's language (default: `nn`)"},
    "cli.help.snapshot_pseudo": {
        "nn": "pseudo-omset all tekst (aksentar, 40 prosent lengre) for å sjå kvar oppsettet "
              "kuttar tekst",
        "nb": "pseudo-oversett all tekst (aksenter, 40 prosent lengre) for å se hvor "
              "oppsettet kutter tekst",
        "en": "pseudo-translate every text (accents, 40 percent longer) to see where the "
              "layout cuts text",
    },
    "cli.help.snapshot_text_scale": {
        "nn": "gjer teksten N gonger større enn systemet sin (t.d. 2), for å sjå at ingen "
              "tekst vert kutta",
        "nb": "gjør teksten N ganger større enn systemets (f.eks. 2), for å se at ingen "
              "tekst blir kuttet",
        "en": "make the text N times larger than the system's (e.g. 2), to see that no "
              "text is cut",
    },
    "cli.help.snapshot_high_contrast": {"nn": "teikn med høgkontrast-temaet",
                                        "nb": "tegn med høykontrast-temaet",
                                        "en": "draw with the high-contrast theme"},
    "cli.help.snapshot_size": {
        "nn": "berre denne storleiken, t.d. 1920x1080 (kan gjentakast; standard: 1366x768 "
              "og 1920x1080)",
        "nb": "bare denne størrelsen, f.eks. 1920x1080 (kan gjentas; standard: 1366x768 og "
              "1920x1080)",
        "en": "only this size, e.g. 1920x1080 (may be repeated; default: 1366x768 and "
              "1920x1080)",
    },
    "cli.help.snapshot_laptop": {
        "nn": "berre bileta til README-en: familieduken med eit fullt første møte og "
              "presentasjonsmodus, på ein 1366x768-skjerm",
        "nb": "bare bildene til README-en: familieduken med et fullt første møte og "
              "presentasjonsmodus, på en 1366x768-skjerm",
        "en": "only the README's pictures: the family duk with a full first meeting and "
              "presentation mode, on a 1366x768 screen",
    },
    "cli.help.snapshot_languages": {
        "nn": "berre hovudvindauget, ein meldingsboks, fildialogen og utskriftsdialogen, på "
              "nynorsk, bokmål og engelsk",
        "nb": "bare hovedvinduet, en meldingsboks, fildialogen og utskriftsdialogen, på "
              "nynorsk, bokmål og engelsk",
        "en": "only the main window, a message box, the file dialog and the print dialog, "
              "in Nynorsk, Bokmål and English",
    },
    "cli.out.not_a_size": {"nn": "ikkje ein storleik: {text} (skriv t.d. 1920x1080)",
                           "nb": "ikke en størrelse: {text} (skriv f.eks. 1920x1080)",
                           "en": "not a size: {text} (write e.g. 1920x1080)"},
    "cli.out.size_out_of_range": {"nn": "storleiken {text} er utanfor 320x240–7680x4320",
                                  "nb": "størrelsen {text} er utenfor 320x240–7680x4320",
                                  "en": "the size {text} is outside 320x240–7680x4320"},
    "cli.help.snapshot_out": {"nn": "mappa bileta skal skrivast til (vert laga om ho manglar)",
                              "nb": "mappen bildene skal skrives til (blir laget om den mangler)",
                              "en": "the folder to write the pictures to (made if missing)"},
}
