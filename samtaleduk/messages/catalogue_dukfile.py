"""Messages of a duk file's problems (`samtaleduk.templates`: the loader, the
schema's rules, `duker check`). Each names the file, the line and the field
(`dukfile.at_*`), then the problem; keys of the file (`column_weights`, `[grid]`)
are the file's own words and stay as written."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- where: the file, its line, its field ---------------------------------------
    "dukfile.at_file": {"nn": "{file}: {problem}", "nb": "{file}: {problem}",
                        "en": "{file}: {problem}"},
    "dukfile.at_line": {"nn": "{file}, linje {line}: {problem}",
                        "nb": "{file}, linje {line}: {problem}",
                        "en": "{file}, line {line}: {problem}"},
    "dukfile.at_field": {"nn": "{file}, felt «{field}»: {problem}",
                         "nb": "{file}, felt «{field}»: {problem}",
                         "en": "{file}, field «{field}»: {problem}"},
    "dukfile.at_line_field": {"nn": "{file}, linje {line}, felt «{field}»: {problem}",
                              "nb": "{file}, linje {line}, felt «{field}»: {problem}",
                              "en": "{file}, line {line}, field «{field}»: {problem}"},
    "dukfile.and": {"nn": "{first} og {last}", "nb": "{first} og {last}",
                    "en": "{first} and {last}"},
    "dukfile.or": {"nn": "{first} eller {last}", "nb": "{first} eller {last}",
                   "en": "{first} or {last}"},
    "dukfile.comma": {"nn": "{first}, {rest}", "nb": "{first}, {rest}",
                      "en": "{first}, {rest}"},
    "dukfile.none": {"nn": "ingen", "nb": "ingen", "en": "none"},
    # -- reading the file ------------------------------------------------------------
    "dukfile.missing": {
        "nn": "fila finst ikkje, eller er ei mappe",
        "nb": "filen finnes ikke, eller er en mappe",
        "en": "the file does not exist, or is a folder",
    },
    "dukfile.too_big_size": {
        "nn": "fila er for stor ({size} kB; ein duk kan vera høgst {limit} kB)",
        "nb": "filen er for stor ({size} kB; en duk kan være høyst {limit} kB)",
        "en": "the file is too big ({size} kB; a duk can be at most {limit} kB)",
    },
    "dukfile.too_big": {"nn": "fila er for stor", "nb": "filen er for stor",
                        "en": "the file is too big"},
    "dukfile.unreadable": {
        "nn": "fila kan ikkje lesast ({reason})",
        "nb": "filen kan ikke leses ({reason})",
        "en": "the file cannot be read ({reason})",
    },
    "dukfile.empty": {"nn": "fila er tom", "nb": "filen er tom", "en": "the file is empty"},
    "dukfile.not_utf8": {
        "nn": "fila er ikkje lagra som UTF-8 (ugyldig byte 0x{byte}); lagra ho som UTF-8 "
              "og prøv igjen",
        "nb": "filen er ikke lagret som UTF-8 (ugyldig byte 0x{byte}); lagre den som UTF-8 "
              "og prøv igjen",
        "en": "the file is not saved as UTF-8 (invalid byte 0x{byte}); save it as UTF-8 "
              "and try again",
    },
    "dukfile.not_toml": {
        "nn": "fila er ikkje gyldig TOML: {reason}",
        "nb": "filen er ikke gyldig TOML: {reason}",
        "en": "the file is not valid TOML: {reason}",
    },
    # -- why TOML refused it (tomllib's reasons) ---------------------------------------
    "dukfile.toml.invalid_value": {
        "nn": "ugyldig verdi (tekst må stå i hermeteikn)",
        "nb": "ugyldig verdi (tekst må stå i anførselstegn)",
        "en": "invalid value (text must be in quotes)",
    },
    "dukfile.toml.expected_equals": {"nn": "venta «=» etter namnet",
                                     "nb": "ventet «=» etter navnet",
                                     "en": "expected «=» after the name"},
    "dukfile.toml.unterminated_string": {"nn": "hermeteiknet er ikkje lukka",
                                         "nb": "anførselstegnet er ikke lukket",
                                         "en": "the quote is not closed"},
    "dukfile.toml.illegal_char_in_string": {"nn": "ulovleg teikn i teksten",
                                            "nb": "ulovlig tegn i teksten",
                                            "en": "illegal character in the text"},
    "dukfile.toml.invalid_statement": {"nn": "ugyldig linje", "nb": "ugyldig linje",
                                       "en": "invalid line"},
    "dukfile.toml.invalid_key_start": {"nn": "ugyldig teikn først i namnet",
                                       "nb": "ugyldig tegn først i navnet",
                                       "en": "invalid character at the start of the name"},
    "dukfile.toml.unclosed_array": {"nn": "lista er ikkje lukka med ]",
                                    "nb": "listen er ikke lukket med ]",
                                    "en": "the list is not closed with ]"},
    "dukfile.toml.unclosed_table": {"nn": "tabellen er ikkje lukka med }}",
                                    "nb": "tabellen er ikke lukket med }}",
                                    "en": "the table is not closed with }}"},
    "dukfile.toml.expected_newline": {"nn": "venta ny linje etter verdien",
                                      "nb": "ventet ny linje etter verdien",
                                      "en": "expected a new line after the value"},
    "dukfile.toml.illegal_char": {
        "nn": "ulovleg teikn (er eit hermeteikn ikkje lukka?)",
        "nb": "ulovlig tegn (er et anførselstegn ikke lukket?)",
        "en": "illegal character (is a quote not closed?)",
    },
    "dukfile.toml.set_twice": {"nn": "«{key}» er sett meir enn éin gong",
                               "nb": "«{key}» er satt mer enn én gang",
                               "en": "«{key}» is set more than once"},
    "dukfile.toml.too_deep": {
        "nn": "lister eller tabellar er nøsta for djupt",
        "nb": "lister eller tabeller er nøstet for dypt",
        "en": "lists or tables are nested too deeply",
    },
    "dukfile.toml.other": {
        "nn": "feilen er skildra slik på engelsk: {reason}",
        "nb": "feilen er beskrevet slik på engelsk: {reason}",
        "en": "{reason}",
    },
    # -- a value of the wrong kind (the schema) ------------------------------------------
    "dukfile.value.missing": {"nn": "manglar (må vera med)", "nb": "mangler (må være med)",
                              "en": "is missing (must be there)"},
    "dukfile.value.unknown_key": {
        "nn": "er ikkje eit kjent namn her (skrivefeil?)",
        "nb": "er ikke et kjent navn her (skrivefeil?)",
        "en": "is not a known name here (a typo?)",
    },
    "dukfile.value.unknown_key_guess": {
        "nn": "er ikkje eit kjent namn her (meinte du «{guess}»?)",
        "nb": "er ikke et kjent navn her (mente du «{guess}»?)",
        "en": "is not a known name here (did you mean «{guess}»?)",
    },
    "dukfile.value.key_elsewhere": {
        "nn": "«{key}» høyrer ikkje til her, berre i {places}",
        "nb": "«{key}» hører ikke til her, bare i {places}",
        "en": "«{key}» does not belong here, only in {places}",
    },
    "dukfile.value.key_elsewhere_many": {
        "nn": "«{key}» høyrer ikkje til her, men i til dømes {places}",
        "nb": "«{key}» hører ikke til her, men for eksempel i {places}",
        "en": "«{key}» does not belong here, but for example in {places}",
    },
    "dukfile.value.top_of_file": {"nn": "øvst i fila", "nb": "øverst i filen",
                                  "en": "at the top of the file"},
    "dukfile.value.text": {"nn": "må vera tekst i hermeteikn",
                           "nb": "må være tekst i anførselstegn",
                           "en": "must be text in quotes"},
    "dukfile.value.whole_number": {"nn": "må vera eit heilt tal", "nb": "må være et heltall",
                                   "en": "must be a whole number"},
    "dukfile.value.number": {"nn": "må vera eit tal", "nb": "må være et tall",
                             "en": "must be a number"},
    "dukfile.value.bool": {"nn": "må vera true eller false", "nb": "må være true eller false",
                           "en": "must be true or false"},
    "dukfile.value.list": {"nn": "må vera ei liste [ … ]", "nb": "må være en liste [ … ]",
                           "en": "must be a list [ … ]"},
    "dukfile.value.table": {"nn": "må vera ein tabell {{ … }}",
                            "nb": "må være en tabell {{ … }}",
                            "en": "must be a table {{ … }}"},
    "dukfile.value.empty_text": {"nn": "kan ikkje vera tom", "nb": "kan ikke være tom",
                                 "en": "cannot be empty"},
    "dukfile.value.invalid": {"nn": "ugyldig verdi ({kind})", "nb": "ugyldig verdi ({kind})",
                              "en": "invalid value ({kind})"},
    "dukfile.value.unknown_kind": {
        "nn": "«{given}» er ikkje ein kjend type; bruk ein av {expected}",
        "nb": "«{given}» er ikke en kjent type; bruk en av {expected}",
        "en": "«{given}» is not a known kind; use one of {expected}",
    },
    "dukfile.value.not_allowed": {
        "nn": "«{given}» er ikkje gyldig her; bruk ein av {expected}",
        "nb": "«{given}» er ikke gyldig her; bruk en av {expected}",
        "en": "«{given}» is not valid here; use one of {expected}",
    },
    "dukfile.value.wrong_form": {
        "nn": "«{given}» har feil form (venta {expected})",
        "nb": "«{given}» har feil form (ventet {expected})",
        "en": "«{given}» has the wrong form (expected {expected})",
    },
    "dukfile.value.form_colour": {"nn": "ein farge som #A1B2C3", "nb": "en farge som #A1B2C3",
                                  "en": "a colour such as #A1B2C3"},
    "dukfile.value.form_id": {
        "nn": "små bokstavar a–z, tal og _, og først ein bokstav",
        "nb": "små bokstaver a–z, tall og _, og først en bokstav",
        "en": "small letters a–z, digits and _, starting with a letter",
    },
    "dukfile.value.too_small": {"nn": "{given} er for lite (minst {limit})",
                                "nb": "{given} er for lite (minst {limit})",
                                "en": "{given} is too small (at least {limit})"},
    "dukfile.value.too_large": {"nn": "{given} er for stort (høgst {limit})",
                                "nb": "{given} er for stort (høyst {limit})",
                                "en": "{given} is too large (at most {limit})"},
    "dukfile.value.too_few": {"nn": "må ha minst {count}", "nb": "må ha minst {count}",
                              "en": "must have at least {count}"},
    "dukfile.value.too_many": {"nn": "kan ha høgst {count}", "nb": "kan ha høyst {count}",
                               "en": "can have at most {count}"},
    "dukfile.value.too_long": {"nn": "er for lang (høgst {count} teikn)",
                               "nb": "er for lang (høyst {count} tegn)",
                               "en": "is too long (at most {count} characters)"},
    # -- rules across entries (`templates.model`) ---------------------------------------
    "dukfile.rule.format_too_new": {
        "nn": "`format_version` {version} er nyare enn programmet kan lesa (høgst {newest}); "
              "oppdater Samtaleduk",
        "nb": "`format_version` {version} er nyere enn programmet kan lese (høyst {newest}); "
              "oppdater Samtaleduk",
        "en": "`format_version` {version} is newer than the program can read (at most "
              "{newest}); update Samtaleduk",
    },
    "dukfile.rule.weights_count": {
        "nn": "`{key}` har {count} tal, men `{of}` er {expected}",
        "nb": "`{key}` har {count} tall, men `{of}` er {expected}",
        "en": "`{key}` has {count} numbers, but `{of}` is {expected}",
    },
    "dukfile.rule.weights_positive": {"nn": "vektene må vera større enn 0",
                                      "nb": "vektene må være større enn 0",
                                      "en": "the weights must be greater than 0"},
    "dukfile.rule.consents_need_kinds": {
        "nn": "eit felt av typen `consents` må ha minst éin `consent_kinds`",
        "nb": "et felt av typen `consents` må ha minst én `consent_kinds`",
        "en": "a field of the kind `consents` must have at least one `consent_kinds`",
    },
    "dukfile.rule.kinds_only_consents": {
        "nn": "`consent_kinds` høyrer berre til felt av typen `consents`",
        "nb": "`consent_kinds` hører bare til felt av typen `consents`",
        "en": "`consent_kinds` belongs only to fields of the kind `consents`",
    },
    "dukfile.rule.horizon_only_goals": {
        "nn": "`horizon` høyrer berre til felt av typen `goals`",
        "nb": "`horizon` hører bare til felt av typen `goals`",
        "en": "`horizon` belongs only to fields of the kind `goals`",
    },
    "dukfile.rule.kinds_same_id": {"nn": "to `consent_kinds` har same id",
                                   "nb": "to `consent_kinds` har samme id",
                                   "en": "two `consent_kinds` have the same id"},
    "dukfile.rule.id_twice": {
        "nn": "{what} «{ident}» står meir enn éin gong (id-ane må vera unike)",
        "nb": "{what} «{ident}» står mer enn én gang (id-ene må være unike)",
        "en": "{what} «{ident}» is there more than once (the ids must be unique)",
    },
    "dukfile.rule.no_such_group": {
        "nn": "gruppa «{group}» finst ikkje (grupper i duken: {known})",
        "nb": "gruppen «{group}» finnes ikke (grupper i duken: {known})",
        "en": "the group «{group}» does not exist (groups in the duk: {known})",
    },
    "dukfile.rule.tags_without_domains": {
        "nn": "`domain_tags` er sett, men duken har ingen `life_domains`",
        "nb": "`domain_tags` er satt, men duken har ingen `life_domains`",
        "en": "`domain_tags` is set, but the duk has no `life_domains`",
    },
    "dukfile.rule.layout_without_domains": {
        "nn": "`domains_layout` er sett, men duken har ingen `life_domains`",
        "nb": "`domains_layout` er satt, men duken har ingen `life_domains`",
        "en": "`domains_layout` is set, but the duk has no `life_domains`",
    },
    "dukfile.rule.past_columns": {
        "nn": "går utanfor rutenettet: kolonne {col} + `col_span` {span} er meir enn dei "
              "{columns} kolonnane i `[grid]`",
        "nb": "går utenfor rutenettet: kolonne {col} + `col_span` {span} er mer enn de "
              "{columns} kolonnene i `[grid]`",
        "en": "goes outside the grid: column {col} + `col_span` {span} is more than the "
              "{columns} columns in `[grid]`",
    },
    "dukfile.rule.past_rows": {
        "nn": "går utanfor rutenettet: rad {row} + `row_span` {span} er meir enn dei {rows} "
              "radene i `[grid]`",
        "nb": "går utenfor rutenettet: rad {row} + `row_span` {span} er mer enn de {rows} "
              "radene i `[grid]`",
        "en": "goes outside the grid: row {row} + `row_span` {span} is more than the {rows} "
              "rows in `[grid]`",
    },
    "dukfile.rule.overlaps": {
        "nn": "ligg oppå «{other}» i rutenettet (flytt det eine eller gjer det mindre)",
        "nb": "ligger oppå «{other}» i rutenettet (flytt det ene eller gjør det mindre)",
        "en": "lies on top of «{other}» in the grid (move one of them or make it smaller)",
    },
    "dukfile.rule.field_is_domain": {
        "nn": "feltet har same id som livsområdet «{ident}»; då er det uklart kva "
              "«--leave-out {ident}» skal ta bort. Gje feltet eller livsområdet ein annan "
              "id (bruk `former_ids` om det alt er brukt i møte)",
        "nb": "feltet har samme id som livsområdet «{ident}»; da er det uklart hva "
              "«--leave-out {ident}» skal ta bort. Gi feltet eller livsområdet en annen id "
              "(bruk `former_ids` om det allerede er brukt i møter)",
        "en": "the field has the same id as the life domain «{ident}»; then it is unclear "
              "what «--leave-out {ident}» should leave out. Give the field or the life "
              "domain another id (use `former_ids` if it is already used in meetings)",
    },
    "dukfile.rule.former_is_own": {
        "nn": "«{former}» er {what} sin eigen id; ta han ut av `former_ids`",
        "nb": "«{former}» er {what} sin egen id; ta den ut av `former_ids`",
        "en": "«{former}» is {what}'s own id; take it out of `former_ids`",
    },
    "dukfile.rule.former_present": {
        "nn": "{what} «{former}» finst i denne versjonen; eit tidlegare namn kan ikkje "
              "samtidig vera {a} no",
        "nb": "{what} «{former}» finnes i denne versjonen; et tidligere navn kan ikke "
              "samtidig være {a} nå",
        "en": "{what} «{former}» exists in this version; a former name cannot also be {a} "
              "now",
    },
    "dukfile.rule.former_claimed": {
        "nn": "«{former}» står alt i `former_ids` til {what} «{owner}»; ein gammal id kan "
              "berre gå over i {one}",
        "nb": "«{former}» står allerede i `former_ids` til {what} «{owner}»; en gammel id "
              "kan bare gå over i {one}",
        "en": "«{former}» is already in the `former_ids` of {what} «{owner}»; an old id can "
              "carry over to {one} only",
    },
    "dukfile.word.the_field": {"nn": "feltet", "nb": "feltet", "en": "the field"},
    "dukfile.word.the_group": {"nn": "gruppa", "nb": "gruppen", "en": "the group"},
    "dukfile.word.the_domain": {"nn": "livsområdet", "nb": "livsområdet",
                                "en": "the life domain"},
    "dukfile.word.a_field": {"nn": "eit felt", "nb": "et felt", "en": "a field"},
    "dukfile.word.a_domain": {"nn": "eit livsområde", "nb": "et livsområde",
                              "en": "a life domain"},
    "dukfile.word.one_field": {"nn": "eitt felt", "nb": "ett felt", "en": "one field"},
    "dukfile.word.one_domain": {"nn": "eitt livsområde", "nb": "ett livsområde",
                                "en": "one life domain"},
    # -- across files and colours (`templates.duplicates`, `templates.rules`) -----------
    "dukfile.duplicate_id": {
        "nn": "id-en «{ident}» står i {count} filer i same mappe ({files}); ingen av dei "
              "vert brukt før berre éi fil har denne id-en. Gje dei andre filene ein ny id, "
              "eller flytt dei ut av mappa (ingen møte vert endra){meanwhile}",
        "nb": "id-en «{ident}» står i {count} filer i samme mappe ({files}); ingen av dem "
              "blir brukt før bare én fil har denne id-en. Gi de andre filene en ny id, "
              "eller flytt dem ut av mappen (ingen møter blir endret){meanwhile}",
        "en": "the id «{ident}» is in {count} files in the same folder ({files}); none of "
              "them is used until only one file has this id. Give the other files a new "
              "id, or move them out of the folder (no meeting is changed){meanwhile}",
    },
    "dukfile.duplicate_meanwhile": {
        "nn": "; så lenge vert «{ident}» frå {file} brukt",
        "nb": "; så lenge blir «{ident}» fra {file} brukt",
        "en": "; meanwhile «{ident}» from {file} is used",
    },
    "dukfile.already_in_user_folder": {
        "nn": "dukmappa di har alt ei fil med id-en «{ident}» ({files}). Legg du denne fila "
              "der i tillegg, vert ingen av dei brukt; erstatt den fila med denne i staden "
              "(auk `version` om duken er i bruk)",
        "nb": "dukmappen din har allerede en fil med id-en «{ident}» ({files}). Legger du "
              "denne filen der i tillegg, blir ingen av dem brukt; erstatt den filen med "
              "denne i stedet (øk `version` om duken er i bruk)",
        "en": "your duker folder already has a file with the id «{ident}» ({files}). If you "
              "put this file there too, neither is used; replace that file with this one "
              "instead (raise `version` if the duk is in use)",
    },
    "dukfile.contrast": {
        "nn": "{what} {fg} mot {where} {bg} har kontrast {ratio}, men må ha minst {limit} "
              "(WCAG 2.1 AA) for å kunna lesast; {fix}",
        "nb": "{what} {fg} mot {where} {bg} har kontrast {ratio}, men må ha minst {limit} "
              "(WCAG 2.1 AA) for å kunne leses; {fix}",
        "en": "{what} {fg} on {where} {bg} has contrast {ratio}, but must have at least "
              "{limit} (WCAG 2.1 AA) to be readable; {fix}",
    },
    "dukfile.ratio": {"nn": "{whole},{part}:1", "nb": "{whole},{part}:1",
                      "en": "{whole}.{part}:1"},
    "dukfile.contrast.field_heading": {"nn": "overskrifta til feltet (`colours.heading`)",
                                       "nb": "overskriften til feltet (`colours.heading`)",
                                       "en": "the field's heading (`colours.heading`)"},
    "dukfile.contrast.field_ink": {"nn": "skrifta i feltet (`colours.ink`)",
                                   "nb": "skriften i feltet (`colours.ink`)",
                                   "en": "the writing in the field (`colours.ink`)"},
    "dukfile.contrast.group_heading": {"nn": "fargen på gruppeoverskrifta",
                                       "nb": "fargen på gruppeoverskriften",
                                       "en": "the colour of the group heading"},
    "dukfile.contrast.domains": {"nn": "livsområda (`colours.heading`)",
                                 "nb": "livsområdene (`colours.heading`)",
                                 "en": "the life domains (`colours.heading`)"},
    "dukfile.contrast.on_field": {"nn": "feltfargen", "nb": "feltfargen",
                                  "en": "the field's colour"},
    "dukfile.contrast.on_paper": {"nn": "papirfargen (`colours.paper`)",
                                  "nb": "papirfargen (`colours.paper`)",
                                  "en": "the paper's colour (`colours.paper`)"},
    "dukfile.contrast.fix_field": {
        "nn": "vel ein lysare farge for feltet eller ein mørkare `heading`/`ink` i `[colours]`",
        "nb": "velg en lysere farge for feltet eller en mørkere `heading`/`ink` i `[colours]`",
        "en": "choose a lighter colour for the field or a darker `heading`/`ink` in "
              "`[colours]`",
    },
    "dukfile.contrast.fix_group": {"nn": "vel ein mørkare farge for overskrifta",
                                   "nb": "velg en mørkere farge for overskriften",
                                   "en": "choose a darker colour for the heading"},
    "dukfile.contrast.fix_domains": {"nn": "vel ein mørkare `heading` i `[colours]`",
                                     "nb": "velg en mørkere `heading` i `[colours]`",
                                     "en": "choose a darker `heading` in `[colours]`"},
}
