"""Messages of handing cases over, the duker, the ops and printing."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- case files (`handover.container`, `handover.case_file`, `handover.limits`) ----
    "pilot.period_backwards": {
        "nn": "Perioden sluttar før han byrjar: «til» må vera same dag som «frå» eller seinare.",
        "nb": "Perioden slutter før den begynner: «til» må være samme dag som «fra» eller senere.",
        "en": "The period ends before it starts: «to» must be the same day as «from» or later.",
    },
    "letters.not_a_time": {
        "nn": "«{text}» er ikkje eit klokkeslett; skriv t.d. 13.00",
        "nb": "«{text}» er ikke et klokkeslett; skriv f.eks. 13.00",
        "en": "«{text}» is not a time of day; write e.g. 13.00",
    },
    "bundle.damaged": {
        "nn": "Saksfila er skadd eller ikkje ei Samtaleduk-saksfil ({why}). Ingenting er "
              "importert.",
        "nb": "Saksfilen er skadet eller ikke en Samtaleduk-saksfil ({why}). Ingenting er "
              "importert.",
        "en": "The case file is damaged or not a Samtaleduk case file ({why}). Nothing "
              "was imported.",
    },
    "bundle.why.bad_value": {"nn": "ugyldig {name}", "nb": "ugyldig {name}",
                             "en": "invalid {name}"},
    "bundle.why.no_magic": {"nn": "byrjar ikkje som ei saksfil",
                            "nb": "begynner ikke som en saksfil",
                            "en": "does not begin as a case file"},
    "bundle.why.bad_header": {"nn": "ugyldig hovud", "nb": "ugyldig hode",
                              "en": "invalid header"},
    "bundle.why.unknown_format": {"nn": "ukjent format", "nb": "ukjent format",
                                  "en": "unknown format"},
    "bundle.why.bad_version": {"nn": "ugyldig versjon", "nb": "ugyldig versjon",
                               "en": "invalid version"},
    "bundle.why.wrong_size": {"nn": "feil storleik", "nb": "feil størrelse",
                              "en": "wrong size"},
    "bundle.why.unknown_cipher": {"nn": "ukjend kryptering", "nb": "ukjent kryptering",
                                  "en": "unknown encryption"},
    "bundle.why.bad_key": {"nn": "ugyldig nøkkel", "nb": "ugyldig nøkkel",
                           "en": "invalid key"},
    "bundle.why.content_mismatch": {"nn": "innhaldet stemmer ikkje",
                                    "nb": "innholdet stemmer ikke",
                                    "en": "the content does not match"},
    "bundle.why.cannot_unpack": {"nn": "kan ikkje pakkast ut", "nb": "kan ikke pakkes ut",
                                 "en": "cannot be unpacked"},
    "bundle.too_big_for_one_file": {
        "nn": "Saka er for stor til å eksporterast i éi fil.",
        "nb": "Saken er for stor til å eksporteres i én fil.",
        "en": "The case is too big to be exported in one file.",
    },
    "bundle.too_new": {
        "nn": "Saksfila er laga av ein nyare Samtaleduk; oppdater programmet. Ingenting "
              "er importert.",
        "nb": "Saksfilen er laget av en nyere Samtaleduk; oppdater programmet. Ingenting "
              "er importert.",
        "en": "The case file was made by a newer Samtaleduk; update the program. Nothing "
              "was imported.",
    },
    "bundle.kdf_too_costly_export": {
        "nn": "Nøkkelutleiinga som er vald, er dyrare enn ei saksfil kan be om (minne "
              "eller tid); Samtaleduk ville ikkje opna ei slik fil. Ingenting er skrive.",
        "nb": "Nøkkelutledningen som er valgt, er dyrere enn en saksfil kan be om (minne "
              "eller tid); Samtaleduk ville ikke åpnet en slik fil. Ingenting er skrevet.",
        "en": "The chosen key derivation costs more than a case file may ask for (memory "
              "or time); Samtaleduk would not open such a file. Nothing was written.",
    },
    "bundle.kdf_too_costly": {
        "nn": "Saksfila ber om ei nøkkelutleiing som er dyrare enn Samtaleduk tillèt "
              "(minne eller tid); ho kan vera laga for å lamma programmet. Ingenting er "
              "importert, og lageret er uendra.",
        "nb": "Saksfilen ber om en nøkkelutledning som er dyrere enn Samtaleduk tillater "
              "(minne eller tid); den kan være laget for å lamme programmet. Ingenting er "
              "importert, og lageret er uendret.",
        "en": "The case file asks for a key derivation that costs more than Samtaleduk "
              "allows (memory or time); it may be made to cripple the program. Nothing "
              "was imported, and the store is unchanged.",
    },
    "bundle.wrong_passphrase": {
        "nn": "Passordfrasa for saksfila er feil. Ingenting er importert.",
        "nb": "Passordfrasen for saksfilen er feil. Ingenting er importert.",
        "en": "The passphrase for the case file is wrong. Nothing was imported.",
    },
    "bundle.duk_missing_export": {
        "nn": "Duken eit møte vart skrive med, finst ikkje i lageret; saka kan ikkje "
              "eksporterast.",
        "nb": "Duken et møte ble skrevet med, finnes ikke i lageret; saken kan ikke "
              "eksporteres.",
        "en": "The duk a meeting was written with is not in the store; the case cannot "
              "be exported.",
    },
    "bundle.unreadable": {
        "nn": "Kunne ikkje lesa saksfila: {reason}.",
        "nb": "Kunne ikke lese saksfilen: {reason}.",
        "en": "Could not read the case file: {reason}.",
    },
    "bundle.invalid_at": {
        "nn": "Saksfila har ugyldig innhald (i «{where}»). Ingenting er importert.",
        "nb": "Saksfilen har ugyldig innhold (i «{where}»). Ingenting er importert.",
        "en": "The case file has invalid content (in «{where}»). Nothing was imported.",
    },
    "bundle.invalid": {
        "nn": "Saksfila har ugyldig innhald. Ingenting er importert.",
        "nb": "Saksfilen har ugyldig innhold. Ingenting er importert.",
        "en": "The case file has invalid content. Nothing was imported.",
    },
    "bundle.inconsistent": {
        "nn": "Saksfila heng ikkje saman ({why}). Ingenting er importert.",
        "nb": "Saksfilen henger ikke sammen ({why}). Ingenting er importert.",
        "en": "The case file does not hang together ({why}). Nothing was imported.",
    },
    "bundle.why.meeting_ids": {"nn": "to møte har same id", "nb": "to møter har samme id",
                               "en": "two meetings have the same id"},
    "bundle.why.meeting_other_case": {"nn": "eit møte høyrer til ei anna sak",
                                      "nb": "et møte hører til en annen sak",
                                      "en": "a meeting belongs to another case"},
    "bundle.why.duk_ids": {"nn": "to dukar har same id og versjon",
                           "nb": "to duker har samme id og versjon",
                           "en": "two duker have the same id and version"},
    "bundle.why.duk_missing": {"nn": "ein duk manglar", "nb": "en duk mangler",
                               "en": "a duk is missing"},
    "bundle.why.stray_revision": {"nn": "ein revisjon høyrer ikkje til eit møte i fila",
                                  "nb": "en revisjon hører ikke til et møte i filen",
                                  "en": "a revision belongs to no meeting in the file"},
    "bundle.why.missing_previous": {
        "nn": "eit møte held fram eit møte som ikkje er i saksfila",
        "nb": "et møte fortsetter et møte som ikke er i saksfilen",
        "en": "a meeting continues a meeting that is not in the case file"},
    "bundle.case_exists": {
        "nn": "Saka finst alt i lageret. Vel «--as-copy» for å importera ho som ei ny sak, "
              "eller «--replace» for å byta ut den som finst. Ingenting er importert.",
        "nb": "Saken finnes allerede i lageret. Velg «--as-copy» for å importere den som "
              "en ny sak, eller «--replace» for å bytte ut den som finnes. Ingenting er "
              "importert.",
        "en": "The case is already in the store. Choose «--as-copy» to import it as a "
              "new case, or «--replace» to replace the one there. Nothing was imported.",
    },
    "bundle.meeting_in_other_case": {
        "nn": "Eit møte i saksfila finst alt i ei anna sak; importer med «--as-copy». "
              "Ingenting er importert.",
        "nb": "Et møte i saksfilen finnes allerede i en annen sak; importer med "
              "«--as-copy». Ingenting er importert.",
        "en": "A meeting in the case file is already in another case; import with "
              "«--as-copy». Nothing was imported.",
    },
    "bundle.too_big_export": {
        "nn": "Saka er for stor til å leggjast i éi saksfil ({why}). Ingenting er skrive, "
              "og saka er uendra i lageret. Er historikken med, kan saka eksporterast utan "
              "han.",
        "nb": "Saken er for stor til å legges i én saksfil ({why}). Ingenting er skrevet, "
              "og saken er uendret i lageret. Er historikken med, kan saken eksporteres "
              "uten den.",
        "en": "The case is too big for one case file ({why}). Nothing was written, and "
              "the case is unchanged in the store. If the history is included, the case "
              "can be exported without it.",
    },
    "bundle.too_big_import": {
        "nn": "Saksfila er større enn Samtaleduk tek imot ({why}). Ho kan vera laga for å "
              "lamma programmet. Ingenting er importert, og lageret er uendra. Be "
              "avsendaren om ei ny fil utan historikken.",
        "nb": "Saksfilen er større enn Samtaleduk tar imot ({why}). Den kan være laget for "
              "å lamme programmet. Ingenting er importert, og lageret er uendret. Be "
              "avsenderen om en ny fil uten historikken.",
        "en": "The case file is bigger than Samtaleduk accepts ({why}). It may be made to "
              "cripple the program. Nothing was imported, and the store is unchanged. Ask "
              "the sender for a new file without the history.",
    },
    "bundle.limit.content_mib": {"nn": "over {count} MiB innhald",
                                 "nb": "over {count} MiB innhold",
                                 "en": "over {count} MiB of content"},
    "bundle.limit.disk_mib": {"nn": "over {count} MiB på disken",
                              "nb": "over {count} MiB på disken",
                              "en": "over {count} MiB on disk"},
    "bundle.limit.json_objects": {"nn": "over {count} JSON-objekt",
                                  "nb": "over {count} JSON-objekter",
                                  "en": "over {count} JSON objects"},
    "bundle.limit.json_values": {"nn": "over {count} JSON-verdiar",
                                 "nb": "over {count} JSON-verdier",
                                 "en": "over {count} JSON values"},
    "bundle.limit.meetings": {"nn": "over {count} møte", "nb": "over {count} møter",
                              "en": "over {count} meetings"},
    "bundle.limit.revisions": {"nn": "over {count} revisjonar",
                               "nb": "over {count} revisjoner",
                               "en": "over {count} revisions"},
    "bundle.limit.duker": {"nn": "over {count} dukar", "nb": "over {count} duker",
                           "en": "over {count} duker"},
    "bundle.limit.fields": {"nn": "eit møte har over {count} felt",
                            "nb": "et møte har over {count} felt",
                            "en": "a meeting has over {count} fields"},
    "bundle.limit.items_per_meeting": {"nn": "eit møte har over {count} oppføringar",
                                       "nb": "et møte har over {count} oppføringer",
                                       "en": "a meeting has over {count} entries"},
    "bundle.limit.items": {"nn": "over {count} oppføringar i alt",
                           "nb": "over {count} oppføringer i alt",
                           "en": "over {count} entries in all"},
    # -- the right of access (`handover.access`) ------------------------------------
    "access.duk_missing": {
        "nn": "Duken eit møte vart skrive med, finst ikkje i lageret; innsynet kan ikkje "
              "skrivast ut.",
        "nb": "Duken et møte ble skrevet med, finnes ikke i lageret; innsynet kan ikke "
              "skrives ut.",
        "en": "The duk a meeting was written with is not in the store; the access copy "
              "cannot be written.",
    },
    "access.folder_not_made": {
        "nn": "Kunne ikkje laga mappa for innsynet: {reason}. Ingenting er skrive.",
        "nb": "Kunne ikke lage mappen for innsynet: {reason}. Ingenting er skrevet.",
        "en": "Could not make the folder for the access copy: {reason}. Nothing was "
              "written.",
    },
    "access.folder_unreadable": {
        "nn": "Kunne ikkje lesa mappa for innsynet: {reason}. Ingenting er skrive.",
        "nb": "Kunne ikke lese mappen for innsynet: {reason}. Ingenting er skrevet.",
        "en": "Could not read the folder for the access copy: {reason}. Nothing was "
              "written.",
    },
    "access.folder_not_empty": {
        "nn": "Mappa for innsynet finst alt og er ikkje tom (eller er ei fil). Innsynet "
              "vert berre skrive i ei ny eller tom mappe, så filer om ulike familiar aldri "
              "hamnar saman eller skriv over kvarandre. Ingenting er skrive; vel ei ny "
              "mappe.",
        "nb": "Mappen for innsynet finnes allerede og er ikke tom (eller er en fil). "
              "Innsynet skrives bare i en ny eller tom mappe, så filer om ulike familier "
              "aldri havner sammen eller skriver over hverandre. Ingenting er skrevet; "
              "velg en ny mappe.",
        "en": "The folder for the access copy already exists and is not empty (or is a "
              "file). The access copy is only written into a new or empty folder, so "
              "files about different families never end up together or overwrite each "
              "other. Nothing was written; choose a new folder.",
    },
    # -- duker (`templates.continuation`) -------------------------------------------
    "duk.unusable": {
        "nn": "Duken «{duk}» kan ikkje brukast: {problem}. Ingenting er lagra; rett fila "
              "og prøv igjen.",
        "nb": "Duken «{duk}» kan ikke brukes: {problem}. Ingenting er lagret; rett filen "
              "og prøv igjen.",
        "en": "The duk «{duk}» cannot be used: {problem}. Nothing was saved; correct the "
              "file and try again.",
    },
    "duk.not_installed": {
        "nn": "Fann ingen duk med id «{duk}» (kjende: {known}).",
        "nb": "Fant ingen duk med id «{duk}» (kjente: {known}).",
        "en": "There is no duk with id «{duk}» (known: {known}).",
    },
    "duk.version_unusable": {
        "nn": "Duken «{duk}» versjon {version} kan ikkje brukast: {problem}, og lageret "
              "har inga lagra utgåve av han. Ingenting er lagra; rett fila og prøv igjen.",
        "nb": "Duken «{duk}» versjon {version} kan ikke brukes: {problem}, og lageret har "
              "ingen lagret utgave av den. Ingenting er lagret; rett filen og prøv igjen.",
        "en": "The duk «{duk}» version {version} cannot be used: {problem}, and the store "
              "has no saved copy of it. Nothing was saved; correct the file and try "
              "again.",
    },
    "duk.version_missing": {
        "nn": "Fann ikkje duken «{duk}» versjon {version}, verken som fil eller i "
              "lageret. Ingenting er lagra; legg dukfila tilbake og prøv igjen.",
        "nb": "Fant ikke duken «{duk}» versjon {version}, verken som fil eller i "
              "lageret. Ingenting er lagret; legg dukfilen tilbake og prøv igjen.",
        "en": "The duk «{duk}» version {version} was found neither as a file nor in the "
              "store. Nothing was saved; put the duk file back and try again.",
    },
    "duk.more_problems": {
        "nn": "{problem} (og {count} feil til; sjå «samtaleduk duker check»)",
        "nb": "{problem} (og {count} feil til; se «samtaleduk duker check»)",
        "en": "{problem} (and {count} more; see «samtaleduk duker check»)",
    },
    "duk.the_duk": {"nn": "duken «{duk}»", "nb": "duken «{duk}»", "en": "the duk «{duk}»"},
    "duk.drift": {
        "nn": "{where}: innhaldet i «{duk}» versjon {version} er endra etter at møte vart "
              "skrivne med han, men versjonsnummeret er det same (fila {file_hash}, lagra "
              "{stored_hash}). Skjermen, utskriftene og nye møte brukar den lagra utgåva, så "
              "ingen sak er endra. Auk «version» i fila for å ta endringane i bruk i nye "
              "møte.",
        "nb": "{where}: innholdet i «{duk}» versjon {version} er endret etter at møter ble "
              "skrevet med den, men versjonsnummeret er det samme (filen {file_hash}, lagret "
              "{stored_hash}). Skjermen, utskriftene og nye møter bruker den lagrede "
              "utgaven, så ingen sak er endret. Øk «version» i filen for å ta endringene i "
              "bruk i nye møter.",
        "en": "{where}: the content of «{duk}» version {version} was changed after meetings "
              "were written with it, but the version number is the same (file {file_hash}, "
              "saved {stored_hash}). The screen, the prints and new meetings use the saved "
              "copy, so no case is changed. Raise «version» in the file to use the changes "
              "in new meetings.",
    },
    "duk.updated": {
        "nn": "Duken «{duk}» er oppdatert frå versjon {old} til {new}; møtet brukar den nye "
              "versjonen.",
        "nb": "Duken «{duk}» er oppdatert fra versjon {old} til {new}; møtet bruker den nye "
              "versjonen.",
        "en": "The duk «{duk}» was updated from version {old} to {new}; the meeting uses "
              "the new version.",
    },
    "duk.continues_stored": {
        "nn": "Møtet held fram på duken «{duk}» versjon {version} frå det førre møtet, "
              "henta frå lageret, fordi {why}. Ingenting frå det førre møtet er mista.",
        "nb": "Møtet fortsetter på duken «{duk}» versjon {version} fra det forrige møtet, "
              "hentet fra lageret, fordi {why}. Ingenting fra det forrige møtet er mistet.",
        "en": "The meeting continues on the duk «{duk}» version {version} of the previous "
              "meeting, taken from the store, because {why}. Nothing of the previous "
              "meeting is lost.",
    },
    "duk.uses_stored": {
        "nn": "Møtet brukar duken «{duk}» versjon {version} frå lageret, fordi {why}.",
        "nb": "Møtet bruker duken «{duk}» versjon {version} fra lageret, fordi {why}.",
        "en": "The meeting uses the duk «{duk}» version {version} from the store, because "
              "{why}.",
    },
    "duk.other_file_broken": {
        "nn": "Ei anna fil for same duk har feil og er ikkje brukt: {problem}.",
        "nb": "En annen fil for samme duk har feil og er ikke brukt: {problem}.",
        "en": "Another file for the same duk has errors and is not used: {problem}.",
    },
    "duk.why.file_broken": {"nn": "fila har feil: {problem}", "nb": "filen har feil: {problem}",
                            "en": "the file has errors: {problem}"},
    "duk.why.imported": {
        "nn": "saka kom frå ei saksfil med si eiga utgåve av duken",
        "nb": "saken kom fra en saksfil med sin egen utgave av duken",
        "en": "the case came from a case file with its own copy of the duk",
    },
    "duk.why.file_gone": {"nn": "fila finst ikkje lenger", "nb": "filen finnes ikke lenger",
                          "en": "the file is gone"},
    "duk.why.other_kind": {
        "nn": "den installerte duken med same id er for ein annan type sak",
        "nb": "den installerte duken med samme id er for en annen type sak",
        "en": "the installed duk with the same id is for another kind of case",
    },
    "duk.why.older_file": {
        "nn": "den installerte fila er ein eldre versjon ({version})",
        "nb": "den installerte filen er en eldre versjon ({version})",
        "en": "the installed file is an older version ({version})",
    },
    # -- ops -------------------------------------------------------------------------
    "ops.case_exists": {
        "nn": "Saka finst alt i lageret; ingenting er endra. Lag ei ny sak.",
        "nb": "Saken finnes allerede i lageret; ingenting er endret. Lag en ny sak.",
        "en": "The case is already in the store; nothing was changed. Make a new case.",
    },
    "ops.meeting_number_taken": {
        "nn": "Saka har alt eit møte {number}; ingenting er lagra. Lag det nye møtet på "
              "nytt.",
        "nb": "Saken har allerede et møte {number}; ingenting er lagret. Lag det nye møtet "
              "på nytt.",
        "en": "The case already has a meeting {number}; nothing was saved. Make the new "
              "meeting again.",
    },
    # -- printing --------------------------------------------------------------------
    "print.unknown_paper": {
        "nn": "Ukjent papirformat «{paper}»; bruk a3 eller a4.",
        "nb": "Ukjent papirformat «{paper}»; bruk a3 eller a4.",
        "en": "Unknown paper size «{paper}»; use a3 or a4.",
    },
    "print.font_missing": {
        "nn": "Fann ikkje skrifta DejaVu Sans i resources/fonts; installer Samtaleduk på "
              "nytt.",
        "nb": "Fant ikke skriften DejaVu Sans i resources/fonts; installer Samtaleduk på "
              "nytt.",
        "en": "The font DejaVu Sans is not in resources/fonts; install Samtaleduk again.",
    },
    "print.journey_needs_meeting": {
        "nn": "Vegen saka har gått, treng minst eitt møte, og ein duk for kvart møte.",
        "nb": "Veien saken har gått, trenger minst ett møte, og en duk for hvert møte.",
        "en": "The journey needs at least one meeting, and a duk for each meeting.",
    },
    "print.unknown_leave_out": {
        "nn": "«{name}» er verken eit livsområde eller eit felt på denne duken (kjende: "
              "{known}).",
        "nb": "«{name}» er verken et livsområde eller et felt på denne duken (kjente: "
              "{known}).",
        "en": "«{name}» is neither a life domain nor a field on this duk (known: "
              "{known}).",
    },
    "print.no_folder": {
        "nn": "Mappa finst ikkje: {folder}",
        "nb": "Mappen finnes ikke: {folder}",
        "en": "The folder does not exist: {folder}",
    },
    "print.folder_unwritable": {
        "nn": "Kan ikkje skriva i mappa {folder}: {reason}.",
        "nb": "Kan ikke skrive i mappen {folder}: {reason}.",
        "en": "Cannot write in the folder {folder}: {reason}.",
    },
    "print.not_saved": {
        "nn": "Kunne ikkje lagra fila i {folder}: {reason}.",
        "nb": "Kunne ikke lagre filen i {folder}: {reason}.",
        "en": "Could not save the file in {folder}: {reason}.",
    },
}
