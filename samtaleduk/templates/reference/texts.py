"""What every key of a duk file means, in nynorsk and bokmål.

The format reference (`docs/guide/duk-format-*.md`) and the JSON Schema
(`duker/schema/samtaleduk-duk.schema.json`) are generated from the pydantic model in
`samtaleduk.templates.model`; the words for each key are kept here, keyed by model and field
name, so that the model file stays the model. `tests/samtaleduk/templates/test_reference.py`
checks that every field of every model has its words here and that no entry names a
field that is gone; the generator refuses to run otherwise.

A key `"*.name"` describes a field of that name in every model that has no entry of its
own (`former_ids` means the same wherever it stands).
"""

from __future__ import annotations

from typing import NamedTuple

from samtaleduk.fieldkinds import SPECS


class Words(NamedTuple):
    """One text in nynorsk and bokmål."""

    nn: str
    nb: str

    def get(self, lang: str) -> str:
        """The text in `lang` ("nn" or "nb")."""
        return self.nn if lang == "nn" else self.nb


class ModelWords(NamedTuple):
    """How a model is written in the file and what it is."""

    toml: str
    """How the model is written in TOML, e.g. `[[fields]]`."""
    title: Words
    intro: Words


MODELS: dict[str, ModelWords] = {
    "Template": ModelWords(
        "toppnivå",
        Words("Toppnivået i fila", "Toppnivået i filen"),
        Words("Nøklane som står først i fila, før den første `[tabellen]`. Dei seier kva "
              "duken heiter, kva slags sak han er for, og kva versjon han er.",
              "Nøklene som står først i filen, før den første `[tabellen]`. De sier hva "
              "duken heter, hva slags sak den er for, og hvilken versjon den er.")),
    "TemplateField": ModelWords(
        "[[fields]]",
        Words("Felta", "Feltene"),
        Words("Eitt `[[fields]]` for kvart felt på duken. Rekkjefølgja i fila er rekkjefølgja "
              "felta blir lagra i; på skjermen og papiret står dei der `layout` seier. Ein duk "
              "må ha minst eitt felt.",
              "Ett `[[fields]]` for hvert felt på duken. Rekkefølgen i filen er rekkefølgen "
              "feltene lagres i; på skjermen og papiret står de der `layout` sier. En duk må "
              "ha minst ett felt.")),
    "ConsentKind": ModelWords(
        "{ id = …, label = … }",
        Words("Typar samtykke", "Typer samtykke"),
        Words("Vala i eit felt av typen `consents`, skrivne som ei liste med tabellar i "
              "feltet: `consent_kinds = [ { id = \"…\", label = { … } }, … ]`.",
              "Valgene i et felt av typen `consents`, skrevet som en liste med tabeller i "
              "feltet: `consent_kinds = [ { id = \"…\", label = { … } }, … ]`.")),
    "Group": ModelWords(
        "[[groups]]",
        Words("Grupper", "Grupper"),
        Words("Ei overskrift over fleire felt, til dømes «SLIK VI HAR DET I DAG». Overskrifta "
              "har sin eigen rute i rutenettet; felta viser til gruppa med `group`.",
              "En overskrift over flere felt, for eksempel «SLIK VI HAR DET I DAG». "
              "Overskriften har sin egen rute i rutenettet; feltene viser til gruppen med "
              "`group`.")),
    "LifeDomain": ModelWords(
        "[[life_domains]]",
        Words("Livsområde", "Livsområder"),
        Words("Livsområda eit notat kan merkast med (Jobb, Bustad, Rus, …). Dei blir viste i "
              "stripa `domains_layout` og i menyen Ctrl+D, i den rekkjefølgja dei står i fila.",
              "Livsområdene et notat kan merkes med (Jobb, Bolig, Rus, …). De vises i "
              "stripen `domains_layout` og i menyen Ctrl+D, i den rekkefølgen de står i filen.")),
    "Grid": ModelWords(
        "[grid]",
        Words("Rutenettet", "Rutenettet"),
        Words("Arket er delt i kolonnar og rader. Kvart felt, kvar gruppe og stripa med "
              "livsområde får ei rute (`layout`) i dette rutenettet.",
              "Arket er delt i kolonner og rader. Hvert felt, hver gruppe og stripen med "
              "livsområder får en rute (`layout`) i dette rutenettet.")),
    "Cell": ModelWords(
        "{ col = …, row = … }",
        Words("Ei rute i rutenettet (`layout`)", "En rute i rutenettet (`layout`)"),
        Words("Ein firkant i heile ruter, skriven som ein tabell på éi linje: "
              "`layout = { col = 1, row = 2, row_span = 3 }`. Kolonnar og rader blir talde frå "
              "0 øvst til venstre. To ruter kan ikkje liggja oppå kvarandre, og ingen kan gå "
              "utanfor `[grid]`.",
              "Et rektangel i hele ruter, skrevet som en tabell på én linje: "
              "`layout = { col = 1, row = 2, row_span = 3 }`. Kolonner og rader telles fra "
              "0 øverst til venstre. To ruter kan ikke ligge oppå hverandre, og ingen kan gå "
              "utenfor `[grid]`.")),
    "Colours": ModelWords(
        "[colours]",
        Words("Fargar", "Farger"),
        Words("Fargane på arket; skjermen og utskrifta brukar dei same. Kvar farge blir "
              "skriven som `#RRGGBB`. Ein farge du ikkje set, får standardverdien.",
              "Fargene på arket; skjermen og utskriften bruker de samme. Hver farge skrives "
              "som `#RRGGBB`. En farge du ikke setter, får standardverdien.")),
    "Text": ModelWords(
        "{ nn = …, nb = …, en = … }",
        Words("Tekst på fleire språk", "Tekst på flere språk"),
        Words("Alle tekstar brukaren ser (namn, overskrifter, hjelpetekstar), skrivne som ein "
              "tabell på éi linje: `label = { nn = \"…\", nb = \"…\", en = \"…\" }`. "
              "Nynorsk og bokmål må vera med; engelsk kan sløyfast.",
              "Alle tekster brukeren ser (navn, overskrifter, hjelpetekster), skrevet som en "
              "tabell på én linje: `label = { nn = \"…\", nb = \"…\", en = \"…\" }`. "
              "Nynorsk og bokmål må være med; engelsk kan sløyfes.")),
}
"""Every model of the format, in the order the reference describes them."""


FIELDS: dict[str, Words] = {
    # --- Template ---------------------------------------------------------------
    "Template.format_version": Words(
        "Versjonen av sjølve filformatet (ikkje av duken). Ei fil med eit høgare tal enn "
        "programmet kan lesa, blir avvist med beskjed om å oppdatera Samtaleduk.",
        "Versjonen av selve filformatet (ikke av duken). En fil med et høyere tall enn "
        "programmet kan lese, avvises med beskjed om å oppdatere Samtaleduk."),
    "Template.id": Words(
        "Namnet programmet kjenner duken på. Same id som ein innebygd duk (`familie`, "
        "`individuell`) byter ut den innebygde; ein ny id legg til ein ny duk. Skift ikkje "
        "id på ein duk som er i bruk: sakene viser til han med id-en.",
        "Navnet programmet kjenner duken på. Samme id som en innebygd duk (`familie`, "
        "`individuell`) bytter ut den innebygde; en ny id legger til en ny duk. Ikke bytt "
        "id på en duk som er i bruk: sakene viser til den med id-en."),
    "Template.version": Words(
        "Versjonen av denne duken. Auk han med 1 kvar gong du endrar ein duk som er teken i "
        "bruk, så held kvart møte på den versjonen det vart laga med.",
        "Versjonen av denne duken. Øk den med 1 hver gang du endrer en duk som er tatt i "
        "bruk, så beholder hvert møte den versjonen det ble laget med."),
    "Template.name": Words(
        "Namnet på duken, slik det står i lister og val.",
        "Navnet på duken, slik det står i lister og valg."),
    "Template.description": Words(
        "Ei kort setning om kva duken er til.",
        "En kort setning om hva duken er til."),
    "Template.case_kind": Words(
        "Kva slags sak duken er for. Ny sak og nytt møte tilbyr berre dukar av same slag "
        "som saka.",
        "Hva slags sak duken er for. Ny sak og nytt møte tilbyr bare duker av samme slag "
        "som saken."),
    "Template.grid": Words(
        "Rutenettet arket er delt i.",
        "Rutenettet arket er delt i."),
    "Template.colours": Words(
        "Fargane på arket.",
        "Fargene på arket."),
    "Template.life_domains": Words(
        "Livsområda notat kan merkast med. Kan sløyfast når ingen felt har `domain_tags`.",
        "Livsområdene notater kan merkes med. Kan sløyfes når ingen felt har `domain_tags`."),
    "Template.domains_layout": Words(
        "Ruta der stripa med livsområda blir teikna (på familieduken: venstre kant). "
        "Krev `life_domains`.",
        "Ruten der stripen med livsområdene tegnes (på familieduken: venstre kant). "
        "Krever `life_domains`."),
    "Template.groups": Words(
        "Overskrifter over fleire felt.",
        "Overskrifter over flere felt."),
    "Template.fields": Words(
        "Felta på duken; minst eitt.",
        "Feltene på duken; minst ett."),
    # --- TemplateField ----------------------------------------------------------
    "TemplateField.id": Words(
        "Namnet programmet kjenner feltet på. Innhaldet i møta blir lagra under denne "
        "id-en, og `print --leave-out` brukar han, så han kan ikkje vera lik id-en til eit "
        "livsområde. Skal feltet få nytt namn, set den gamle id-en i `former_ids`.",
        "Navnet programmet kjenner feltet på. Innholdet i møtene lagres under denne id-en, "
        "og `print --leave-out` bruker den, så den kan ikke være lik id-en til et "
        "livsområde. Skal feltet få nytt navn, sett den gamle id-en i `former_ids`."),
    "TemplateField.kind": Words(
        "Kva feltet held; det avgjer korleis det blir skrive i og skrive ut. Sjå "
        "felttypane.",
        "Hva feltet holder; det avgjør hvordan det skrives i og skrives ut. Se "
        "felttypene."),
    "TemplateField.label": Words(
        "Overskrifta på feltet.",
        "Overskriften på feltet."),
    "TemplateField.help": Words(
        "Ein hjelpetekst, vist når musa held over feltet og lesen opp av skjermlesaren.",
        "En hjelpetekst, vist når musen holdes over feltet og lest opp av skjermleseren."),
    "TemplateField.number": Words(
        "Nummeret i samtalerekkjefølgja, teikna i ein sirkel ved overskrifta (1–5 på "
        "duken for første samtale). Felt med nummer kjem først når rekkjefølgja blir "
        "bestemt.",
        "Nummeret i samtalerekkefølgen, tegnet i en sirkel ved overskriften (1–5 på duken "
        "for første samtale). Felt med nummer kommer først når rekkefølgen bestemmes."),
    "TemplateField.group": Words(
        "Id-en til gruppa feltet høyrer til. Gruppa må finnast i `[[groups]]`.",
        "Id-en til gruppen feltet hører til. Gruppen må finnes i `[[groups]]`."),
    "TemplateField.layout": Words(
        "Ruta feltet står i.",
        "Ruten feltet står i."),
    "TemplateField.colour": Words(
        "Bakgrunnsfargen på feltet; utan han blir `colours.field` brukt.",
        "Bakgrunnsfargen på feltet; uten den brukes `colours.field`."),
    "TemplateField.domain_tags": Words(
        "Notata i feltet kan merkast med livsområde (Ctrl+D). Krev `life_domains`.",
        "Notatene i feltet kan merkes med livsområde (Ctrl+D). Krever `life_domains`."),
    "TemplateField.date_blank": Words(
        "Overskrifta får ein strek for ein dato («innan ____», «Dato ____»).",
        "Overskriften får en strek for en dato («innen ____», «Dato ____»)."),
    "TemplateField.horizon": Words(
        "Berre for `goals`: mål på kort eller lang sikt.",
        "Bare for `goals`: mål på kort eller lang sikt."),
    "TemplateField.consent_kinds": Words(
        "Berre for `consents`, og der må det vera minst éin: vala ein kan kryssa av for.",
        "Bare for `consents`, og der må det være minst én: valgene en kan krysse av for."),
    "*.former_ids": Words(
        "Id-ar dette hadde i tidlegare versjonar av duken. Møte skrivne med den gamle "
        "id-en blir førte vidare hit, og samanlikninga viser det som omdøyping. Ein gammal "
        "id kan ikkje vera id-en til eit felt i denne versjonen, og berre eitt felt kan ha han.",
        "Id-er dette hadde i tidligere versjoner av duken. Møter skrevet med den gamle "
        "id-en føres videre hit, og sammenligningen viser det som omdøping. En gammel id "
        "kan ikke være id-en til et felt i denne versjonen, og bare ett felt kan ha den."),
    # --- ConsentKind ------------------------------------------------------------
    "ConsentKind.id": Words(
        "Namnet programmet kjenner valet på; samtykka i møta blir lagra med det.",
        "Navnet programmet kjenner valget på; samtykkene i møtene lagres med det."),
    "ConsentKind.label": Words(
        "Teksten ved avkryssinga, til dømes «samtykke ressursteam».",
        "Teksten ved avkrysningen, for eksempel «samtykke ressursteam»."),
    "ConsentKind.free_text": Words(
        "`true` for «anna»: kva samtykket gjeld, blir skrive inn.",
        "`true` for «annet»: hva samtykket gjelder, skrives inn."),
    # --- Group ------------------------------------------------------------------
    "Group.id": Words(
        "Namnet felta viser til med `group`.",
        "Navnet feltene viser til med `group`."),
    "Group.label": Words(
        "Overskrifta.",
        "Overskriften."),
    "Group.subtitle": Words(
        "Ein undertittel etter overskrifta («Dagens situasjon»).",
        "En undertittel etter overskriften («Dagens situasjon»)."),
    "Group.layout": Words(
        "Ruta overskrifta står i.",
        "Ruten overskriften står i."),
    "Group.colour": Words(
        "Fargen på overskrifta på papiret; utan han blir `colours.heading` brukt.",
        "Fargen på overskriften på papiret; uten den brukes `colours.heading`."),
    # --- LifeDomain -------------------------------------------------------------
    "LifeDomain.id": Words(
        "Namnet programmet kjenner livsområdet på. Notata blir lagra med det, og "
        "`print --leave-out` brukar det. Det kan ikkje vera likt id-en til eit felt (då "
        "ville det vera uklart kva `--leave-out` tek bort). Skal livsområdet få nytt namn, "
        "set den gamle id-en i `former_ids`.",
        "Navnet programmet kjenner livsområdet på. Notatene lagres med det, og "
        "`print --leave-out` bruker det. Det kan ikke være likt id-en til et felt (da ville "
        "det være uklart hva `--leave-out` tar bort). Skal livsområdet få nytt navn, sett "
        "den gamle id-en i `former_ids`."),
    "LifeDomain.label": Words(
        "Namnet på livsområdet.",
        "Navnet på livsområdet."),
    "LifeDomain.former_ids": Words(
        "Id-ar livsområdet hadde i tidlegare versjonar av duken. Notat merkte med ein "
        "gammal id blir førte vidare med det nye livsområdet, og samanlikninga viser "
        "omdøypinga, ikkje «fjerna» og «lagt til». Ein gammal id kan ikkje vera id-en til "
        "eit livsområde i denne versjonen, og berre eitt livsområde kan ha han.",
        "Id-er livsområdet hadde i tidligere versjoner av duken. Notater merket med en "
        "gammel id føres videre med det nye livsområdet, og sammenligningen viser "
        "omdøpingen, ikke «fjernet» og «lagt til». En gammel id kan ikke være id-en til "
        "et livsområde i denne versjonen, og bare ett livsområde kan ha den."),
    "LifeDomain.short": Words(
        "Ei kort form for trange stader, som merket på eit notat («Psyk. helse»).",
        "En kort form for trange steder, som merket på et notat («Psyk. helse»)."),
    # --- Grid -------------------------------------------------------------------
    "Grid.columns": Words(
        "Talet på kolonnar.",
        "Antall kolonner."),
    "Grid.rows": Words(
        "Talet på rader.",
        "Antall rader."),
    "Grid.column_weights": Words(
        "Kor breie kolonnane er i høve til kvarandre, eitt tal (større enn 0) for kvar "
        "kolonne. Utan: like breie.",
        "Hvor brede kolonnene er i forhold til hverandre, ett tall (større enn 0) for hver "
        "kolonne. Uten: like brede."),
    "Grid.row_weights": Words(
        "Kor høge radene er i høve til kvarandre, eitt tal (større enn 0) for kvar rad. "
        "Utan: like høge.",
        "Hvor høye radene er i forhold til hverandre, ett tall (større enn 0) for hver rad. "
        "Uten: like høye."),
    # --- Cell -------------------------------------------------------------------
    "Cell.col": Words(
        "Kolonnen ruta byrjar i (0 er lengst til venstre).",
        "Kolonnen ruten begynner i (0 er lengst til venstre)."),
    "Cell.row": Words(
        "Rada ruta byrjar i (0 er øvst).",
        "Raden ruten begynner i (0 er øverst)."),
    "Cell.col_span": Words(
        "Kor mange kolonnar ruta går over.",
        "Hvor mange kolonner ruten går over."),
    "Cell.row_span": Words(
        "Kor mange rader ruta går over.",
        "Hvor mange rader ruten går over."),
    # --- Colours ----------------------------------------------------------------
    "Colours.paper": Words("Arket.", "Arket."),
    "Colours.ink": Words("Teksten.", "Teksten."),
    "Colours.line": Words("Strekar og rammer.", "Streker og rammer."),
    "Colours.heading": Words("Overskrifter.", "Overskrifter."),
    "Colours.field": Words(
        "Bakgrunnen i felt utan eigen `colour`.",
        "Bakgrunnen i felt uten egen `colour`."),
    "Colours.accent": Words(
        "Framheving, til dømes barnet si stemme og nummersirklane.",
        "Framheving, for eksempel barnets stemme og nummersirklene."),
    # --- Text -------------------------------------------------------------------
    "Text.nn": Words("Nynorsk. Må vera med.", "Nynorsk. Må være med."),
    "Text.nb": Words("Bokmål. Må vera med.", "Bokmål. Må være med."),
    "Text.en": Words(
        "Engelsk. Kan sløyfast; då blir bokmål vist på engelsk.",
        "Engelsk. Kan sløyfes; da vises bokmål på engelsk."),
}
"""Words for every field, keyed "Model.field" (or "*.field", see the module docstring)."""


VALUES: dict[str, Words] = {
    "Template.case_kind=family": Words(
        "Ein familie: saka har fleire medlemer (familieduken).",
        "En familie: saken har flere medlemmer (familieduken)."),
    "Template.case_kind=individual": Words(
        "Eitt barn eller éin person (duken for første samtale).",
        "Ett barn eller én person (duken for første samtale)."),
    "TemplateField.horizon=short": Words("Mål på kort sikt.", "Mål på kort sikt."),
    "TemplateField.horizon=long": Words("Mål på lang sikt.", "Mål på lang sikt."),
}
"""Words for every allowed value of an enumerated key, keyed "Model.field=value", or
"FieldKind=value" for the field kinds."""
# A field kind's words stand in its spec, with everything else about the kind.
VALUES.update({f"FieldKind={kind.value}": Words(*spec.described)
               for kind, spec in SPECS.items()})
