"""Messages of the encrypted store: its file and key, the writes the disk or the folder
refused, and reading and writing cases and meetings (`samtaleduk.store`). Its backups
are in `catalogue_backup`, the operating system's reasons in `catalogue_os`.

Each id has one sentence per language; `{name}` is a parameter. Sentences that
continue another (`{problem} …`) take a rendered message as the parameter."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- faults: a write the disk or the folder refused (`store.faults`) ----------
    "fault.what.not_saved": {
        "nn": "endringa er ikkje lagra",
        "nb": "endringen er ikke lagret",
        "en": "the change was not saved",
    },
    "fault.what.no_writing": {
        "nn": "lageret kan ikkje opnast for skriving",
        "nb": "lageret kan ikke åpnes for skriving",
        "en": "the store cannot be opened for writing",
    },
    "fault.what.not_opened_kept": {
        "nn": "lageret er ikkje opna, og ingenting av det går tapt",
        "nb": "lageret er ikke åpnet, og ingenting av det går tapt",
        "en": "the store was not opened, and none of it is lost",
    },
    "fault.what.not_opened": {
        "nn": "lageret er ikkje opna",
        "nb": "lageret er ikke åpnet",
        "en": "the store was not opened",
    },
    "fault.disk_full": {
        "nn": "Disken er full, så {what}. Frigjer plass og prøv igjen. Alt som var lagra "
              "før, er trygt.",
        "nb": "Disken er full, så {what}. Frigjør plass og prøv igjen. Alt som var lagret "
              "før, er trygt.",
        "en": "The disk is full, so {what}. Free some space and try again. Everything "
              "saved before is safe.",
    },
    "fault.unwritable": {
        "nn": "Samtaleduk får ikkje skriva i datamappa {folder} (manglande rettar, eller "
              "disken er skriveverna), så {what}. Alt som var lagra før, er trygt. Be IT "
              "om skriverett til mappa.",
        "nb": "Samtaleduk får ikke skrive i datamappen {folder} (manglende rettigheter, "
              "eller disken er skrivebeskyttet), så {what}. Alt som var lagret før, er "
              "trygt. Be IT om skrivetilgang til mappen.",
        "en": "Samtaleduk may not write in the data folder {folder} (missing rights, or "
              "the disk is write-protected), so {what}. Everything saved before is safe. "
              "Ask IT for write access to the folder.",
    },
    "fault.busy": {
        "nn": "Lageret er i bruk av eit anna Samtaleduk-vindauge; endringa er ikkje lagra. "
              "Alt som var lagra før, er trygt.",
        "nb": "Lageret er i bruk av et annet Samtaleduk-vindu; endringen er ikke lagret. "
              "Alt som var lagret før, er trygt.",
        "en": "The store is in use by another Samtaleduk window; the change was not "
              "saved. Everything saved before is safe.",
    },
    "fault.read_error": {
        "nn": "Lageret svarte med ein lesefeil, så endringa er ikkje lagra. Samtaleduk "
              "kontrollerer lagerfila neste gong ho vert opna; ingenting er sletta.",
        "nb": "Lageret svarte med en lesefeil, så endringen er ikke lagret. Samtaleduk "
              "kontrollerer lagerfilen neste gang den åpnes; ingenting er slettet.",
        "en": "The store answered with a read error, so the change was not saved. "
              "Samtaleduk checks the store file the next time it is opened; nothing is "
              "deleted.",
    },
    "fault.not_saved": {
        "nn": "Endringa kunne ikkje lagrast (feilkode {code}). Alt som var lagra før, er "
              "trygt.",
        "nb": "Endringen kunne ikke lagres (feilkode {code}). Alt som var lagret før, er "
              "trygt.",
        "en": "The change could not be saved (error code {code}). Everything saved "
              "before is safe.",
    },
    # -- the store file and its key ------------------------------------------------
    "store.not_opened": {
        "nn": "Lageret kunne ikkje opnast (feilkode {code}). Ingenting er endra.",
        "nb": "Lageret kunne ikke åpnes (feilkode {code}). Ingenting er endret.",
        "en": "The store could not be opened (error code {code}). Nothing was changed.",
    },
    "store.wrong_passphrase": {
        "nn": "Passordfrasa er feil. Prøv på nytt.",
        "nb": "Passordfrasen er feil. Prøv på nytt.",
        "en": "The passphrase is wrong. Try again.",
    },
    "store.damaged": {
        "nn": "Lagerfila er skadd. Ingenting er sletta; {restore}.",
        "nb": "Lagerfilen er skadet. Ingenting er slettet; {restore}.",
        "en": "The store file is damaged. Nothing is deleted; {restore}.",
    },
    "store.damaged_short": {
        "nn": "Lagerfila er skadd.",
        "nb": "Lagerfilen er skadet.",
        "en": "The store file is damaged.",
    },
    "store.wrong_key_or_damaged": {
        "nn": "Lagerfila kan ikkje lesast med nøkkelen: ho er skadd, eller nøkkelfila "
              "høyrer til eit anna lager. Ingenting er endra.",
        "nb": "Lagerfilen kan ikke leses med nøkkelen: den er skadet, eller nøkkelfilen "
              "hører til et annet lager. Ingenting er endret.",
        "en": "The store file cannot be read with the key: it is damaged, or the key "
              "file belongs to another store. Nothing was changed.",
    },
    "store.too_new": {
        "nn": "Lageret er laga av ein nyare Samtaleduk (skjema {version}, dette programmet "
              "kjenner til {known}). Oppdater Samtaleduk; lageret er ikkje endra.",
        "nb": "Lageret er laget av en nyere Samtaleduk (skjema {version}, dette programmet "
              "kjenner til {known}). Oppdater Samtaleduk; lageret er ikke endret.",
        "en": "The store was made by a newer Samtaleduk (schema {version}; this program "
              "knows up to {known}). Update Samtaleduk; the store was not changed.",
    },
    "store.unreadable_record": {
        "nn": "{what} i lageret kan ikkje lesast av denne versjonen av Samtaleduk. Truleg "
              "kjem innhaldet frå ein annan versjon, eller det er endra utanfor "
              "programmet. Ingenting er endra. Oppdater Samtaleduk; hjelper ikkje det, ta "
              "kontakt med IT.",
        "nb": "{what} i lageret kan ikke leses av denne versjonen av Samtaleduk. Trolig "
              "kommer innholdet fra en annen versjon, eller det er endret utenfor "
              "programmet. Ingenting er endret. Oppdater Samtaleduk; hjelper ikke det, ta "
              "kontakt med IT.",
        "en": "{what} in the store cannot be read by this version of Samtaleduk. The "
              "content probably comes from another version, or it was changed outside the "
              "program. Nothing was changed. Update Samtaleduk; if that does not help, "
              "contact IT.",
    },
    "word.a_case": {"nn": "Ei sak", "nb": "En sak", "en": "A case"},
    "word.a_meeting": {"nn": "Eit møte", "nb": "Et møte", "en": "A meeting"},
    "word.a_duk": {"nn": "Ein duk", "nb": "En duk", "en": "A duk"},
    "word.something": {"nn": "Noko", "nb": "Noe", "en": "Something"},
    "store.folder_unusable": {
        "nn": "Kunne ikkje bruka datamappa {folder}: {reason}.",
        "nb": "Kunne ikke bruke datamappen {folder}: {reason}.",
        "en": "Could not use the data folder {folder}: {reason}.",
    },
    "store.no_access_data_dir": {
        "nn": "Samtaleduk har ikkje tilgang til datamappa {folder} ({reason}): ho høyrer "
              "kanskje til ein annan brukar, eller rettane er for strenge. Ingenting er "
              "endra. Be IT om tilgang, eller vel ei anna mappe med --data-dir.",
        "nb": "Samtaleduk har ikke tilgang til datamappen {folder} ({reason}): den tilhører "
              "kanskje en annen bruker, eller rettighetene er for strenge. Ingenting er "
              "endret. Be IT om tilgang, eller velg en annen mappe med --data-dir.",
        "en": "Samtaleduk has no access to the data folder {folder} ({reason}): it may "
              "belong to another user, or its rights are too strict. Nothing was changed. "
              "Ask IT for access, or choose another folder with --data-dir.",
    },
    "store.busy": {
        "nn": "Lageret er alt ope i ein annan Samtaleduk{holder}. Lukk det først; "
              "ingenting er endra.",
        "nb": "Lageret er allerede åpent i en annen Samtaleduk{holder}. Lukk det først; "
              "ingenting er endret.",
        "en": "The store is already open in another Samtaleduk{holder}. Close it first; "
              "nothing was changed.",
    },
    "store.busy_holder": {"nn": " (prosess {pid})", "nb": " (prosess {pid})",
                          "en": " (process {pid})"},
    "store.exists": {
        "nn": "Det finst alt eit lager i {folder}; det vert ikkje skrive over.",
        "nb": "Det finnes allerede et lager i {folder}; det blir ikke skrevet over.",
        "en": "There is already a store in {folder}; it is not overwritten.",
    },
    "store.file_missing": {
        "nn": "Nøkkelfila finst, men lagerfila {file} manglar i {folder}. Hent fram ein "
              "tryggingskopi; ingenting er endra.",
        "nb": "Nøkkelfilen finnes, men lagerfilen {file} mangler i {folder}. Hent fram en "
              "sikkerhetskopi; ingenting er endret.",
        "en": "The key file is there, but the store file {file} is missing in {folder}. "
              "Restore a backup; nothing was changed.",
    },
    "store.file_missing_short": {"nn": "Lagerfila manglar.", "nb": "Lagerfilen mangler.",
                                 "en": "The store file is missing."},
    "store.missing": {
        "nn": "Det finst ikkje noko lager i {folder} enno.",
        "nb": "Det finnes ikke noe lager i {folder} ennå.",
        "en": "There is no store in {folder} yet.",
    },
    "store.locked": {
        "nn": "Lageret er låst; lås det opp først.",
        "nb": "Lageret er låst; lås det opp først.",
        "en": "The store is locked; unlock it first.",
    },
    "store.key_file_other_store": {
        "nn": "Nøkkelfila høyrer til eit anna lager; ingenting er endra.",
        "nb": "Nøkkelfilen hører til et annet lager; ingenting er endret.",
        "en": "The key file belongs to another store; nothing was changed.",
    },
    "store.migration_broken": {
        "nn": "Oppdateringa av lageret til skjema {version} vart avbroten (brotne "
              "tilvisingar); ingenting er endra.",
        "nb": "Oppdateringen av lageret til skjema {version} ble avbrutt (brutte "
              "henvisninger); ingenting er endret.",
        "en": "Updating the store to schema {version} was stopped (broken references); "
              "nothing was changed.",
    },
    "store.migration_needs_room": {
        "nn": "Lageret må oppdaterast til denne versjonen av Samtaleduk, og det krev ledig "
              "plass og skriverett i datamappa. Frigjer plass og prøv igjen; ingenting er "
              "endra.",
        "nb": "Lageret må oppdateres til denne versjonen av Samtaleduk, og det krever "
              "ledig plass og skrivetilgang i datamappen. Frigjør plass og prøv igjen; "
              "ingenting er endret.",
        "en": "The store must be updated to this version of Samtaleduk, which needs free "
              "space and write access in the data folder. Free some space and try again; "
              "nothing was changed.",
    },
    "store.empty_file": {
        "nn": "Lagerfila {file} er tom (0 byte) og vert ikkje opna. Ingenting er sletta; "
              "hent fram ein tryggingskopi frå {folder}/.",
        "nb": "Lagerfilen {file} er tom (0 byte) og blir ikke åpnet. Ingenting er "
              "slettet; hent fram en sikkerhetskopi fra {folder}/.",
        "en": "The store file {file} is empty (0 bytes) and is not opened. Nothing is "
              "deleted; restore a backup from {folder}/.",
    },
    "store.wal_keep_failed": {
        "nn": "Kunne ikkje ta vare på WAL-fila: {reason}. Lageret er ikkje opna; ingenting "
              "er endra.",
        "nb": "Kunne ikke ta vare på WAL-filen: {reason}. Lageret er ikke åpnet; "
              "ingenting er endret.",
        "en": "Could not keep a copy of the WAL file: {reason}. The store was not opened; "
              "nothing was changed.",
    },
    "store.wal_move_failed": {
        "nn": "Kunne ikkje flytta WAL-fila til side: {reason}. Ingenting er endra.",
        "nb": "Kunne ikke flytte WAL-filen til side: {reason}. Ingenting er endret.",
        "en": "Could not move the WAL file aside: {reason}. Nothing was changed.",
    },
    "store.wal_foreign": {
        "nn": "Ei WAL-fil ({file}) som ikkje høyrer til dette lageret, er flytt til "
              "{where}. Lageret sjølv er heilt og opna som før; ingenting er sletta.",
        "nb": "En WAL-fil ({file}) som ikke hører til dette lageret, er flyttet til "
              "{where}. Selve lageret er helt og åpnet som før; ingenting er slettet.",
        "en": "A WAL file ({file}) that does not belong to this store was moved to "
              "{where}. The store itself is whole and opened as before; nothing is "
              "deleted.",
    },
    "store.wal_damaged": {
        "nn": "Ein del av dei siste endringane (WAL-fila) er skadd og kan ikkje lesast: "
              "{count} lagringar manglar truleg. Ein kopi av lagerfila og WAL-fila er lagd "
              "i {where}; ingenting er sletta. Sjå over det siste du skreiv, og ta kontakt "
              "med IT om noko manglar.",
        "nb": "En del av de siste endringene (WAL-filen) er skadet og kan ikke leses: "
              "{count} lagringer mangler trolig. En kopi av lagerfilen og WAL-filen er lagt "
              "i {where}; ingenting er slettet. Se over det siste du skrev, og ta kontakt "
              "med IT hvis noe mangler.",
        "en": "Part of the latest changes (the WAL file) is damaged and cannot be read: "
              "saves missing, probably: {count}. A copy of the store file and the WAL file "
              "was put in {where}; nothing is deleted. Look over what you wrote last, and "
              "contact IT if something is missing.",
    },
    "store.read_only_too": {
        "nn": "{problem} Lageret kan heller ikkje lesast no: dei siste endringane ligg i "
              "WAL-fila, og ho kan ikkje lesast utan skriverett og litt ledig plass. "
              "Ingenting er endra.",
        "nb": "{problem} Lageret kan heller ikke leses nå: de siste endringene ligger i "
              "WAL-filen, og den kan ikke leses uten skrivetilgang og litt ledig plass. "
              "Ingenting er endret.",
        "en": "{problem} The store cannot be read now either: the latest changes are in "
              "the WAL file, which cannot be read without write access and a little free "
              "space. Nothing was changed.",
    },
    "store.read_only_notice": {
        "nn": "{problem} Lageret er opna berre for lesing: du kan sjå og skriva ut, men "
              "ingenting nytt vert lagra før det er ordna.",
        "nb": "{problem} Lageret er åpnet bare for lesing: du kan se og skrive ut, men "
              "ingenting nytt blir lagret før det er ordnet.",
        "en": "{problem} The store is open for reading only: you can look and print, but "
              "nothing new is saved until that is sorted out.",
    },
    "store.not_proved_damaged": {
        "nn": "{reason} Lagerfila er kontrollert og er ikkje påvist skadd, så ho er ikkje "
              "flytt. Ingenting er endra eller sletta.",
        "nb": "{reason} Lagerfilen er kontrollert og er ikke påvist skadet, så den er ikke "
              "flyttet. Ingenting er endret eller slettet.",
        "en": "{reason} The store file was checked and is not proved damaged, so it was "
              "not moved. Nothing was changed or deleted.",
    },
    "store.damaged_put_aside": {
        "nn": "{reason}{where}{todo} Ingenting er sletta.",
        "nb": "{reason}{where}{todo} Ingenting er slettet.",
        "en": "{reason}{where}{todo} Nothing is deleted.",
    },
    "store.moved_aside": {
        "nn": " Den skadde fila er flytt til {where}.",
        "nb": " Den skadede filen er flyttet til {where}.",
        "en": " The damaged file was moved to {where}.",
    },
    "store.backup_offer": {
        "nn": " Den nyaste gode tryggingskopien er frå {date} kl. {time}; {how}.",
        "nb": " Den nyeste gode sikkerhetskopien er fra {date} kl. {time}; {how}.",
        "en": " The newest good backup is from {date} at {time}; {how}.",
    },
    "store.no_backup_offer": {
        "nn": " Fann ingen tryggingskopi som opnar med denne nøkkelfila; ta kontakt med IT "
              "før du gjer noko meir.",
        "nb": " Fant ingen sikkerhetskopi som åpner med denne nøkkelfilen; ta kontakt med "
              "IT før du gjør noe mer.",
        "en": " No backup opens with this key file; contact IT before you do anything "
              "more.",
    },
    "store.key_mismatch": {
        "nn": "Nøkkelfila (samtaleduk.key) passar ikkje til lagerfila: ho høyrer truleg "
              "til eit anna lager. Lagerfila er ikkje skadd og er ikkje flytt; ingenting er "
              "endra.{backups} Legg tilbake den rette nøkkelfila (frå ein kopi av "
              "datamappa), eller spør IT.",
        "nb": "Nøkkelfilen (samtaleduk.key) passer ikke til lagerfilen: den hører trolig "
              "til et annet lager. Lagerfilen er ikke skadet og er ikke flyttet; ingenting "
              "er endret.{backups} Legg tilbake den riktige nøkkelfilen (fra en kopi av "
              "datamappen), eller spør IT.",
        "en": "The key file (samtaleduk.key) does not fit the store file: it probably "
              "belongs to another store. The store file is not damaged and was not moved; "
              "nothing was changed.{backups} Put back the right key file (from a copy of "
              "the data folder), or ask IT.",
    },
    "store.key_mismatch_backups": {
        "nn": " Dei {count} tryggingskopiane i {folder}/ opnar heller ikkje med denne "
              "nøkkelfila; dei er ikkje endra.",
        "nb": " De {count} sikkerhetskopiene i {folder}/ åpner heller ikke med denne "
              "nøkkelfilen; de er ikke endret.",
        "en": " The {count} backups in {folder}/ do not open with this key file either; "
              "they were not changed.",
    },
    "store.read_error_in_use": {
        "nn": "Lageret svarte med ein lesefeil medan det var i bruk.",
        "nb": "Lageret svarte med en lesefeil mens det var i bruk.",
        "en": "The store answered with a read error while it was in use.",
    },
    # -- reading and writing cases and meetings --------------------------------------
    "store.case_not_found": {
        "nn": "Fann inga sak med id {case_id}.",
        "nb": "Fant ingen sak med id {case_id}.",
        "en": "There is no case with id {case_id}.",
    },
    "store.meeting_case_not_found": {
        "nn": "Fann inga sak med id {case_id} for møtet.",
        "nb": "Fant ingen sak med id {case_id} for møtet.",
        "en": "There is no case with id {case_id} for the meeting.",
    },
    "store.not_a_case_id": {
        "nn": "Det er ikkje ein saks-id. Sjå id-ane med «samtaleduk cases».",
        "nb": "Det er ikke en saks-id. Se id-ene med «samtaleduk cases».",
        "en": "That is not a case id. See the ids with «samtaleduk cases».",
    },
    "store.case_id_too_short": {
        "nn": "Skriv minst {count} teikn av saks-id-en.",
        "nb": "Skriv minst {count} tegn av saks-id-en.",
        "en": "Type at least {count} characters of the case id.",
    },
    "store.case_prefix_not_found": {
        "nn": "Fann inga sak med id som byrjar på «{prefix}».",
        "nb": "Fant ingen sak med id som begynner på «{prefix}».",
        "en": "No case has an id that begins with «{prefix}».",
    },
    "store.case_prefix_ambiguous": {
        "nn": "Fleire saker har id som byrjar på «{prefix}»; skriv fleire teikn.",
        "nb": "Flere saker har id som begynner på «{prefix}»; skriv flere tegn.",
        "en": "More than one case has an id that begins with «{prefix}»; type more "
              "characters.",
    },
    "store.meeting_not_found": {
        "nn": "Fann ikkje noko møte med id {meeting_id}.",
        "nb": "Fant ikke noe møte med id {meeting_id}.",
        "en": "There is no meeting with id {meeting_id}.",
    },
    "store.revision_not_found": {
        "nn": "Fann ingen revisjon {revision_id}.",
        "nb": "Fant ingen revisjon {revision_id}.",
        "en": "There is no revision {revision_id}.",
    },
    "store.invalid_text": {
        "nn": "Teksten inneheld ugyldige teikn og kan ikkje lagrast; skriv han på nytt.",
        "nb": "Teksten inneholder ugyldige tegn og kan ikke lagres; skriv den på nytt.",
        "en": "The text holds invalid characters and cannot be saved; type it again.",
    },
    "store.meeting_moved": {
        "nn": "Eit møte kan ikkje flyttast til ei anna sak.",
        "nb": "Et møte kan ikke flyttes til en annen sak.",
        "en": "A meeting cannot be moved to another case.",
    },
}
