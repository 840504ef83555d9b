<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/canvas/actions.py" line="+32"/>
        <source>What will be done</source>
        <translation>Hva skal gjøres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/meeting/field_edits.py" line="+130"/>
        <source>Who does it</source>
        <translation>Hvem gjør det</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, or several; the case&apos;s people are offered as you type</source>
        <translation>Skriv et navn, eller flere; folkene i saken blir foreslått mens du skriver</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/meeting/field_edits.py" line="+3"/>
        <source>By when</source>
        <translation>Innen når</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/meeting/field_edits.py" line="+3"/>
        <source>Action status</source>
        <translation>Status for tiltaket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What will be done? Write, then press Enter</source>
        <translation>Hva skal gjøres? Skriv, og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/consents.py" line="+52"/>
        <source>What was agreed</source>
        <translation>Hva ble avtalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>given by</source>
        <translation>gitt av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent given by</source>
        <translation>Samtykke gitt av</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent given on</source>
        <translation>Dato for samtykke</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+1"/>
        <source>What did we agree?</source>
        <translation>Hva avtalte vi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another agreement? Write, then press Enter</source>
        <translation>En annen avtale? Skriv, og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/domains.py" line="+61"/>
        <location line="+16"/>
        <location filename="../../ui/canvas/presentation_content.py" line="+116"/>
        <source>Life domains</source>
        <translation>Livsområder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlights the notes about this part of life</source>
        <translation>Fremhever notatene om denne delen av livet</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duk.py" line="+231"/>
        <source>New note in this field</source>
        <translation>Nytt notat i dette feltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field</source>
        <translation>Neste felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field</source>
        <translation>Forrige felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Gjør om igjen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Forstørr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Forminsk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>Vanlig størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/frame.py" line="+35"/>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Date for: %1</source>
        <translation>Dato for: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty until a date is chosen. Ctrl+Backspace empties it.</source>
        <translation>Tom til en dato er valgt. Ctrl+Backspace tømmer den.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/date_blank.py" line="+159"/>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Velg i en kalender (Alt+Pil ned)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Choose a date</source>
        <translation>Velg en dato</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>“%1” is not a date. Write it as 6.10.26 or 06.10.2026; Esc puts back the date that was there.</source>
        <translation>«%1» er ikke en dato. Skriv den som 6.10.26 eller 06.10.2026; Esc setter tilbake datoen som sto der.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type a date such as 6.10.26 or 06.10.2026. Alt+Down opens a calendar; Ctrl+Backspace empties it.</source>
        <translation>Skriv en dato, for eksempel 6.10.26 eller 06.10.2026. Alt+Pil ned åpner en kalender; Ctrl+Backspace tømmer den.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/goals.py" line="+26"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by –</source>
        <translation>innen –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline for this goal</source>
        <translation>Frist for dette målet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own deadline (empty: the field&apos;s date applies)</source>
        <translation>Egen frist (tom: datoen i feltet gjelder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/meeting/field_edits.py" line="-23"/>
        <source>Goal status</source>
        <translation>Status for målet</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/helpers.py" line="+23"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helper&apos;s name</source>
        <translation>Navnet til hjelperen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation or service</source>
        <translation>Relasjon eller tjeneste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helps with</source>
        <translation>Hjelper med</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>helper</source>
        <translation>hjelper</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name, relation, helps with — then Enter</source>
        <translation>Navn, relasjon, hjelper med — så Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_model.py" line="+122"/>
        <source>Life domain: %1</source>
        <translation>Livsområde: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Said by: %1</source>
        <translation>Sagt av: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/notes.py" line="+81"/>
        <location filename="../../ui/canvas/rows.py" line="+218"/>
        <source>Write, then press Enter</source>
        <translation>Skriv, og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_list.py" line="+183"/>
        <location filename="../../ui/meeting/field_edits.py" line="-38"/>
        <source>Edit note</source>
        <translation>Endre notatet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keeps the text, Shift+Enter starts a new line, Esc puts it back.</source>
        <translation>Enter tar vare på teksten, Shift+Enter gir ny linje, Esc setter den tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/notes.py" line="+31"/>
        <source>Notes: %1</source>
        <translation>Notater: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 edits, Delete deletes, Ctrl+D life domain, Ctrl+K who said it, Ctrl+Alt+arrows move, the menu key opens more</source>
        <translation>F2 endrer, Delete sletter, Ctrl+D livsområde, Ctrl+K hvem sa det, Ctrl+Alt+piltaster flytter, menytasten åpner mer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+D and Ctrl+K tag the note you write, or, with the line empty, the note just added.</source>
        <translation>Ctrl+D og Ctrl+K merker notatet du skriver, eller, når linjen er tom, notatet du nettopp la til.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Edit</source>
        <translation>Endre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/canvas/rows.py" line="-87"/>
        <location filename="../../ui/meeting/session.py" line="+238"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to…</source>
        <translation>Flytt til …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duk.py" line="+3"/>
        <location filename="../../ui/canvas/notes.py" line="-80"/>
        <location filename="../../ui/meeting/field_edits.py" line="+3"/>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_tags.py" line="+56"/>
        <source>This field has no life domains</source>
        <translation>Dette feltet har ikke livsområder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>New note gets: %1</source>
        <translation>Nytt notat får: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Take the tags off the new note</source>
        <translation>Ta merkene bort fra det nye notatet</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duk.py" line="+1"/>
        <location filename="../../ui/canvas/notes.py" line="+8"/>
        <location filename="../../ui/meeting/field_edits.py" line="+4"/>
        <location line="+9"/>
        <source>Who said it</source>
        <translation>Hvem sa det</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_tags.py" line="-50"/>
        <source>Nobody in particular</source>
        <translation>Ingen spesiell</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/participants.py" line="+73"/>
        <source>Name, role — then Enter</source>
        <translation>Navn, rolle — så Enter</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+21"/>
        <source>Nobody yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/rows.py" line="-1"/>
        <source>Delete %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/textdate.py" line="+76"/>
        <location line="+1"/>
        <source>The next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who does what? Write, then press Enter</source>
        <translation>Hvem gjør hva? Skriv, og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/change_marks.py" line="+65"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly done</source>
        <translation>Delvis gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Lagt bort</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deadline</source>
        <translation>Ny frist</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+22"/>
        <source>Moved to «%1»</source>
        <translation>Flyttet til «%1»</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Moved from «%1»</source>
        <translation>Flyttet fra «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/session.py" line="-78"/>
        <source>Could not save. Everything is still here on screen; trying again…</source>
        <translation>Kunne ikke lagre. Alt står fortsatt her på skjermen; prøver igjen …</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+2"/>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/field_edits.py" line="-20"/>
        <source>New note</source>
        <translation>Nytt notat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit goal</source>
        <translation>Endre målet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>New action</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit action</source>
        <translation>Endre tiltaket</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New helper</source>
        <translation>Ny hjelper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit helper</source>
        <translation>Endre hjelperen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New agreement</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit agreement</source>
        <translation>Endre avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/people.py" line="+52"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Edit participant</source>
        <translation>Endre deltakeren</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/field_edits.py" line="+19"/>
        <source>Edit text</source>
        <translation>Endre teksten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/presentation_sheet.py" line="+126"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ next</source>
        <translation>→ neste</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="+31"/>
        <source>Crypto library</source>
        <translation>Krypteringsbibliotek</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="+319"/>
        <location line="+12"/>
        <source>Access: a copy for the family</source>
        <translation>Innsyn: en kopi til familien</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Everything Samtaleduk holds about this family — every meeting as a PDF, the journey, and all details with their history and the log — is written to a new folder inside the one you choose. The files are not encrypted: hand them over safely.</source>
        <translation>Alt Samtaleduk har om denne familien — hvert møte som PDF, veien saken har gått, og alle opplysninger med historikk og logg — blir skrevet til en ny mappe inne i den du velger. Filene er ikke krypterte: gi dem videre på en trygg måte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;In the folder</source>
        <translation>&amp;I mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the folder</source>
        <translation>I mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the copy</source>
        <translation>&amp;Skriv kopien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder first.</source>
        <translation>Velg en mappe først.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the copy: one PDF per meeting …</source>
        <translation>Skriver kopien: én PDF per møte …</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Written: %n files in the folder %1.</source>
        <translation>
            <numerusform>Skrevet: %n fil i mappen %1.</numerusform>
            <numerusform>Skrevet: %n filer i mappen %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy could not be written. Check the folder and try again.</source>
        <translation>Kopien kunne ikke skrives. Sjekk mappen og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/app.py" line="+74"/>
        <source>The data folder cannot be used</source>
        <translation>Datamappen kan ikke brukes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk could not create its data folder %1 (%2). Nothing was changed. Ask IT for a folder you may write in, or start Samtaleduk with --data-dir and another folder.</source>
        <translation>Samtaleduk kunne ikke lage datamappen %1 (%2). Ingenting er endret. Be IT om en mappe du kan skrive i, eller start Samtaleduk med --data-dir og en annen mappe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder cannot be written</source>
        <translation>Samtaleduk får ikke skrive i datamappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk cannot write in the data folder %1 (no write rights, or the disk is read-only or full). You can open and read your cases, but nothing new can be saved until this is fixed. Nothing was changed.</source>
        <translation>Samtaleduk får ikke skrive i datamappen %1 (mangler skriverett, eller disken er skrivebeskyttet eller full). Du kan åpne og lese sakene dine, men ingenting nytt kan lagres før dette er ordnet. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtaleduk is already open</source>
        <translation>Samtaleduk er allerede åpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk is already open on this computer, in another window. Switch to that window to go on.

Only one window at a time may use the same cases, so that nothing written in one is lost in the other.</source>
        <translation>Samtaleduk er allerede åpen på denne maskinen, i et annet vindu. Bytt til det vinduet for å fortsette.

Bare ett vindu om gangen kan bruke de samme sakene, så ingenting som skrives i det ene, går tapt i det andre.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/pages/case_list_model.py" line="+155"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duk</source>
        <translation>Duk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last meeting</source>
        <translation>Siste møte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open actions</source>
        <translation>Åpne tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no meetings yet</source>
        <translation>ingen møter ennå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/pages/case_list.py" line="+164"/>
        <location line="+18"/>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;New case …</source>
        <translation>&amp;Ny sak …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, or a word from the duk</source>
        <translation>Navn, eller et ord fra duken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Søk i sakene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finds cases by name, member or anything written in their meetings</source>
        <translation>Finner saker på navn, medlem eller noe som er skrevet i møtene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>V&amp;is:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open cases</source>
        <translation>Åpne saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed cases</source>
        <translation>Avsluttede saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show open, closed or all cases</source>
        <translation>Vis åpne, avsluttede eller alle saker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Enter to open the selected case</source>
        <translation>Trykk Enter for å åpne den valgte saken</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No cases yet. Choose “New case” to start with a family or a child.</source>
        <translation>Ingen saker ennå. Velg «Ny sak» for å begynne med en familie eller et barn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case matches the search or the filter.</source>
        <translation>Ingen sak passer med søket eller utvalget.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/pages/case_page.py" line="+281"/>
        <source>← &amp;Cases</source>
        <translation>← &amp;Saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the case list</source>
        <translation>Tilbake til sakslisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meeting …</source>
        <translation>&amp;Nytt møte …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open meeting</source>
        <translation>&amp;Åpne møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare …</source>
        <translation>Sam&amp;menlign …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two meetings</source>
        <translation>Sammenlign to møter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;journey …</source>
        <translation>Ve&amp;ien …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journey of the case</source>
        <translation>Veien saken har gått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings of the case, newest first</source>
        <translation>Møtene i saken, nyeste først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected meeting</source>
        <translation>Trykk Enter for å åpne det valgte møtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings yet. Choose “New meeting” when the family is at the table.</source>
        <translation>Ingen møter ennå. Velg «Nytt møte» når familien sitter rundt bordet.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Open the case again</source>
        <translation>Åpne saken igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation>Avslutt saken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closed case is kept, and shown under “Closed cases”</source>
        <translation>En avsluttet sak tas vare på og vises under «Avsluttede saker»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One child or person</source>
        <translation>Ett barn eller én person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members: %1</source>
        <translation>Medlemmer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Led by %1</source>
        <translation>Ledet av %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed %1</source>
        <translation>Avsluttet %1</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&amp;People of the case …</source>
        <translation>Fo&amp;lk i saken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See, correct and remove the people of the case (%1)</source>
        <translation>Se, rett og fjern folkene i saken (%1)</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/evaluation/comparison.py" line="+321"/>
        <location line="+22"/>
        <source>Compare meetings — %1</source>
        <translation>Sammenlign møter — %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Print the evaluation …</source>
        <translation>&amp;Skriv ut evalueringen …</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location line="-111"/>
        <source>No meetings yet.</source>
        <translation>Ingen møter ennå.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing here.</source>
        <translation>Ingenting her.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Meeting %1 with the changes since meeting %2</source>
        <translation>Møte %1 med endringene siden møte %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Meeting %1</source>
        <translation>Møte %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The duker, changes marked</source>
        <translation>Dukene, med endringene markert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare meetings</source>
        <translation>Sammenlign møter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From meeting</source>
        <translation>&amp;Fra møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To meeting</source>
        <translation>&amp;Til møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier meeting</source>
        <translation>Det tidligere møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later meeting</source>
        <translation>Det senere møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One duk with the changes &amp;inline</source>
        <translation>Vis én duk med endringene &amp;merket</translation>
    </message>
</context>
<context>
    <name>DamageGuard</name>
    <message>
        <location filename="../../ui/controllers/store_damage.py" line="+91"/>
        <source>Not done</source>
        <translation>Ikke gjort</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust.py" line="+186"/>
        <source>Delete case</source>
        <translation>Slett sak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” for good?</source>
        <translation>Slette «%1» for godt?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand that this cannot be undone</source>
        <translation>Jeg forstår at dette ikke kan gjøres om</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete for good</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting, then making a new backup …</source>
        <translation>Sletter, og lager så en ny sikkerhetskopi …</translation>
    </message>
</context>
<context>
    <name>DukProblemsDialog</name>
    <message>
        <location filename="../../ui/dialogs/duk_problems.py" line="+59"/>
        <source>Problems with duk files</source>
        <translation>Problemer med dukfiler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in duk files: %1. These files are left out; a case that used one goes on with the version stored with its meetings, so nothing is lost. Correct the files (check one with: samtaleduk duker check FILE).</source>
        <translation>Problemer funnet i dukfiler: %1. Disse filene er holdt utenfor; en sak som brukte en av dem, fortsetter med utgaven som er lagret sammen med møtene, så ingenting er mistet. Rett filene (sjekk en med: samtaleduk duker check FIL).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some duk files were changed without raising their version. Cases, prints and new meetings use the stored version; raise “version” in the file to use the changes.</source>
        <translation>Noen dukfiler er endret uten at versjonen er økt. Saker, utskrifter og nye møter bruker den lagrede utgaven; øk «version» i filen for å ta endringene i bruk.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="-259"/>
        <location line="+18"/>
        <source>Hand the case over</source>
        <translation>Gi saken videre</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The case, with all its meetings and their history, is written to one encrypted file for the colleague who takes over. Choose a passphrase for this file only (at least %1 characters). The colleague needs it to open the file: give it to them another way than the file itself, for example by phone.</source>
        <translation>Saken, med alle møtene og historikken deres, blir skrevet til én kryptert fil for kollegaen som tar over. Velg en passordfrase bare for denne filen (minst %1 tegn). Kollegaen trenger den for å åpne filen: gi den videre på en annen måte enn filen, for eksempel på telefon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase for the file</source>
        <translation>&amp;Passordfrase for filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Gjenta passordfrasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the file</source>
        <translation>Passordfrase for filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the case file</source>
        <translation>&amp;Skriv saksfilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samtaleduk case files (*.samtaleduk)</source>
        <translation>Samtaleduk-saksfiler (*.samtaleduk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the case file.</source>
        <translation>Velg hvor saksfilen skal lagres.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Encrypting the case file …</source>
        <translation>Krypterer saksfilen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history is too big for one file; encrypting the case without it …</source>
        <translation>Historikken er for stor til én fil; krypterer saken uten den …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case file is saved as %1. Remember: the colleague also needs the passphrase.</source>
        <translation>Saksfilen er lagret som %1. Husk: kollegaen trenger også passordfrasen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of the meetings was too big for one file and was left out; every meeting is in the file as last saved.</source>
        <translation>Historikken til møtene var for stor til én fil og er ikke med; hvert møte er i filen slik det sist ble lagret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case file could not be written. Nothing was saved.</source>
        <translation>Saksfilen kunne ikke skrives. Ingenting er lagret.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../ui/controllers/handover.py" line="+60"/>
        <source>&amp;Hand the case over …</source>
        <translation>&amp;Gi saken videre …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rece&amp;ive a case …</source>
        <translation>&amp;Ta imot en sak …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access (copy for the family) …</source>
        <translation>&amp;Innsyn (kopi til familien) …</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../ui/controllers/lock.py" line="+106"/>
        <source>Locks in %1 s — press a key to go on</source>
        <translation>Låser om %1 s — trykk på en tast for å fortsette</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="+29"/>
        <location line="+13"/>
        <source>Receive a case</source>
        <translation>Ta imot en sak</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose the case file a colleague gave you, and type the passphrase they chose for it. The whole file is checked before anything is saved.</source>
        <translation>Velg saksfilen du fikk fra en kollega, og skriv passordfrasen kollegaen valgte for den. Hele filen blir kontrollert før noe blir lagret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase for the file</source>
        <translation>&amp;Passordfrase for filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the file</source>
        <translation>Passordfrase for filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive the case</source>
        <translation>&amp;Ta imot saken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samtaleduk case files (*.samtaleduk);;All files (*)</source>
        <translation>Samtaleduk-saksfiler (*.samtaleduk);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the case file first.</source>
        <translation>Velg saksfilen først.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase for the file first.</source>
        <translation>Skriv passordfrasen for filen først.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening and checking the case file …</source>
        <translation>Åpner og kontrollerer saksfilen …</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The case is received: %n meetings.</source>
        <translation>
            <numerusform>Saken er tatt imot: %n møte.</numerusform>
            <numerusform>Saken er tatt imot: %n møter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case that was here before has been replaced.</source>
        <translation>Saken som var her fra før, er byttet ut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case file could not be received. Nothing was saved.</source>
        <translation>Saksfilen kunne ikke tas imot. Ingenting er lagret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case is already here</source>
        <translation>Saken finnes allerede her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is already in Samtaleduk on this computer. Keep both (the received one is saved as a copy), or replace the one here with the received one? Replacing deletes the one here completely.</source>
        <translation>Denne saken finnes allerede i Samtaleduk på denne maskinen. Vil du beholde begge (den du tar imot, lagres som en kopi), eller bytte ut den som er her med den du tar imot? Å bytte ut sletter den som er her, helt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Behold begge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Bytt ut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was received.</source>
        <translation>Ingenting er tatt imot.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/dialogs/invitation.py" line="+146"/>
        <source>Invitation to the next meeting</source>
        <translation>Innkalling til neste møte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF …</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar &amp;file …</source>
        <translation>Kalender&amp;fil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the invitation</source>
        <translation>Forhåndsvisning av innkallingen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke lages.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The calendar file needs a date.</source>
        <translation>Kalenderfilen trenger en dato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save calendar file</source>
        <translation>Lagre kalenderfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>Skriveren tok ikke imot utskriften. Se etter at den er på og koblet til, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>InvitationForm</name>
    <message>
        <location filename="../../ui/dialogs/invitation_form.py" line="+132"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time</source>
        <translation>&amp;Klokkeslett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length (&amp;minutes)</source>
        <translation>Lengde (&amp;minutter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;contact line</source>
        <translation>K&amp;ontaktlinjen din</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Invited</source>
        <translation>&amp;Inviterte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, role, phone</source>
        <translation>Navn, rolle, telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name the case in the calendar title</source>
        <translation>&amp;Navnet på saken i kalendertittelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the place in the calendar &amp;entry</source>
        <translation>St&amp;edet i kalenderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar file is for your own calendar. Its title is only “Meeting”, with no place, unless you tick the boxes: calendars are often kept on a server.</source>
        <translation>Kalenderfilen er for din egen kalender. Tittelen er bare «Møte», uten sted, hvis du ikke krysser av i boksene: kalendere ligger ofte på en server.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a date; write e.g. 17.06.2026.</source>
        <translation>«%1» er ikke en dato; skriv f.eks. 17.06.2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a time of day; write e.g. 13.00.</source>
        <translation>«%1» er ikke et klokkeslett; skriv f.eks. 13.00.</translation>
    </message>
</context>
<context>
    <name>JourneyDialog</name>
    <message>
        <location filename="../../ui/evaluation/journey.py" line="+372"/>
        <location line="+14"/>
        <source>The journey — %1</source>
        <translation>Veien — %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Print the journey …</source>
        <translation>&amp;Skriv ut veien …</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location line="-225"/>
        <source>Meeting %1</source>
        <translation>Møte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>uten dato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First written in %1</source>
        <translation>Først skrevet i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back, in %1</source>
        <translation>Tilbake, i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from %1 to %2</source>
        <translation>Flyttet fra %1 til %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New words: %1</source>
        <translation>Nye ord: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: %1 → %2</source>
        <translation>Frist: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who does it: %1 → %2</source>
        <translation>Hvem gjør det: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from %1</source>
        <translation>Fjernet fra %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its field %1 is not on the newer duk</source>
        <translation>Feltet %1 finnes ikke på den nyere duken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Life domain: %1 → %2</source>
        <translation>Livsområde: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose voice: %1 → %2</source>
        <translation>Hvem sin stemme: %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed at meeting %1</source>
        <translation>Fjernet på møte %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journey of the case</source>
        <translation>Veien saken har gått</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n meetings, %2 – %3</source>
        <translation>
            <numerusform>%1 · %n møte, %2 – %3</numerusform>
            <numerusform>%1 · %n møter, %2 – %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much stood where, &amp;meeting by meeting</source>
        <translation>Hvor mye som sto hvor, &amp;møte for møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of items per field and per life domain</source>
        <translation>Antall punkter per felt og per livsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each goal, action and note &amp;went</source>
        <translation>Hvordan det gikk med hvert mål, tiltak og &amp;notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, actions and notes with their paths</source>
        <translation>Mål, tiltak og notater med veien de har gått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what &amp;changed</source>
        <translation>Bare det som &amp;endret seg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>Først</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it ended</source>
        <translation>Hvor det endte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Life domains (notes)</source>
        <translation>Livsområder (notater)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No life domain</source>
        <translation>Uten livsområde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../../ui/controllers/letters.py" line="+72"/>
        <source>&amp;Invitation to the next meeting …</source>
        <translation>&amp;Innkalling til neste møte …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes for the &amp;record …</source>
        <translation>Møte&amp;referat til journalen …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No meeting yet</source>
        <translation>Ingen møter ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case has no meeting yet. Start one with File › New meeting.</source>
        <translation>Saken har ingen møter ennå. Start et med Fil › Nytt møte.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../ui/controllers/lock.py" line="+112"/>
        <source>Lock after</source>
        <translation>Lås etter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the window after this many minutes without input (%1–%2):</source>
        <translation>Lås vinduet etter så mange minutter uten bruk (%1–%2):</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/shell/menus.py" line="+119"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case …</source>
        <translation>&amp;Ny sak …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;meeting …</source>
        <translation>Nytt &amp;møte …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople of the case …</source>
        <translation>&amp;Folk i saken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case list</source>
        <translation>&amp;Sakslisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF …</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since last time …</source>
        <translation>&amp;Siden sist …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Høy kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bet&amp;ween meetings</source>
        <translation>&amp;Mellom møtene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Samtaleduk</source>
        <translation>&amp;Om Samtaleduk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="-12"/>
        <source>About Samtaleduk</source>
        <translation>Om Samtaleduk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Samtaleduk %1&lt;/h3&gt;&lt;p&gt;Conversation canvases for family-team meetings and first conversations, built on Asker velferdslab&apos;s paper duk.&lt;/p&gt;&lt;p&gt;Works offline. Everything is stored encrypted on this computer.&lt;/p&gt;&lt;p&gt;Font: DejaVu Sans (free licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Samtaleduk %1&lt;/h3&gt;&lt;p&gt;Samtaleduker for familieteammøter og avklaringssamtaler, bygget på papirduken til Asker velferdslab.&lt;/p&gt;&lt;p&gt;Virker uten nett. Alt lagres kryptert på denne maskinen.&lt;/p&gt;&lt;p&gt;Skrift: DejaVu Sans (fri lisens).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="-14"/>
        <source>Lock a&amp;fter …</source>
        <translation>Lås ette&amp;r …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="+301"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest changes to this meeting could not be saved. If you go on, they are lost. Stay in the meeting and try again?</source>
        <translation>De siste endringene i dette møtet kunne ikke lagres. Går du videre, går de tapt. Vil du bli i møtet og prøve igjen?</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/pages/meeting_page.py" line="+68"/>
        <source>← Back to the &amp;case</source>
        <translation>← Tilbake til &amp;saken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the case and its meetings</source>
        <translation>Tilbake til saken og møtene</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · meeting %2 · %3</source>
        <translation>%1 · møte %2 · %3</translation>
    </message>
</context>
<context>
    <name>MeetingTimelineModel</name>
    <message>
        <location filename="../../ui/pages/case_page.py" line="-198"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duk</source>
        <translation>Duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there</source>
        <translation>Hvem var med</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open actions</source>
        <translation>Åpne tiltak</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="+198"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Angre (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Gjør om igjen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gjør om igjen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Forminsk (Ctrl+minus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Forstørr (Ctrl+pluss)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Vis for alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presentation mode (F5)</source>
        <translation>Presentasjonsmodus (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom %1 percent</source>
        <translation>Forstørrelse %1 prosent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
</context>
<context>
    <name>MiniDuk</name>
    <message>
        <location filename="../../ui/evaluation/mini_duk.py" line="+193"/>
        <source>Fields that are not on this duk</source>
        <translation>Felt som ikke er på denne duken</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../ui/dialogs/minutes.py" line="+63"/>
        <source>Minutes</source>
        <translation>Møtereferat</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Minutes for the record</source>
        <translation>Møtereferat til journalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the service&apos;s record system or Stafettloggen. The notes are not included. What you copy is removed from the clipboard when Samtaleduk locks.</source>
        <translation>Til journalsystemet i tjenesten eller Stafettloggen. Notatene er ikke med. Det du kopierer, blir fjernet fra utklippstavlen når Samtaleduk låser seg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as text …</source>
        <translation>&amp;Lagre som tekst …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copied. Paste it into the record system.</source>
        <translation>Kopiert. Lim det inn i journalsystemet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save minutes</source>
        <translation>Lagre møtereferat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as %1</source>
        <translation>Lagret som %1</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="+147"/>
        <location line="+1"/>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of case:</source>
        <translation>Hva slags sak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family</source>
        <translation>&amp;Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One child or person</source>
        <translation>&amp;Ett barn eller én person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name on each line</source>
        <translation>Ett navn på hver linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Led by:</source>
        <translation>&amp;Ledet av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (familielos, teacher, …)</source>
        <translation>Navnet ditt (familielos, lærer, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the duk:</source>
        <translation>S&amp;pråk på duken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duk:</source>
        <translation>&amp;Duk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create case</source>
        <translation>Opprett saken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>&amp;Name of the case:</source>
        <translation>&amp;Navn på saken:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>For example: Familien Haugland</source>
        <translation>For eksempel: Familien Haugland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family &amp;members:</source>
        <translation>Familie&amp;medlemmer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Jonas</source>
        <translation>For eksempel: Jonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, and &amp;family:</source>
        <translation>Fullt navn, og &amp;familien:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write a name for the case, so you can find it again.</source>
        <translation>Skriv et navn på saken, så du finner den igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no duk for this kind of case. Check the duker folder.</source>
        <translation>Det finnes ingen duk for denne typen sak. Sjekk dukmappen.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="+231"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting with %1</source>
        <translation>Nytt møte med %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uk:</source>
        <translation>D&amp;uk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from</source>
        <translation>Start fra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from the last duk (meeting %1, %2)</source>
        <translation>&amp;Fortsett fra den forrige duken (møte %1, %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes, goals, helpers and open actions come along, so you can go through what was done and what remains.</source>
        <translation>Notater, mål, hjelpere og åpne tiltak blir med, så dere kan gå gjennom hva som er gjort og hva som gjenstår.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from the last duk</source>
        <translation>&amp;Fortsett fra den forrige duken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first meeting of the case.</source>
        <translation>Dette er det første møtet i saken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a &amp;blank duk</source>
        <translation>Start med en &amp;blank duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is here today?</source>
        <translation>Hvem er med i dag?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick those who are at the table. You can add others on the duk.</source>
        <translation>Kryss av dem som sitter rundt bordet. Du kan legge til andre på duken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people at the table on the duk.</source>
        <translation>Legg til dem som sitter rundt bordet, på duken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meeting</source>
        <translation>Start møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You chose another duk than the last meeting&apos;s.</source>
        <translation>Du har valgt en annen duk enn den det forrige møtet brukte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These notes from meeting %1 have no place on this duk and will not be on the new canvas (they stay in meeting %1): %2</source>
        <translation>Disse notatene fra møte %1 har ingen plass på denne duken og kommer ikke med på den nye duken (de blir værende i møte %1): %2</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/tools/new_passphrase.py" line="+24"/>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Passordfrasen må være minst %1 tegn lang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De to passordfrasene er ikke like. Skriv dem på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase is too easy to guess (common words, names, numbers in a row or keyboard patterns). Choose a sentence you remember: four or five words that do not usually go together.</source>
        <translation>Denne passordfrasen er for lett å gjette (vanlige ord, navn, tall på rad eller tastaturmønstre). Velg en setning du husker: fire eller fem ord som ikke pleier å stå sammen.</translation>
    </message>
</context>
<context>
    <name>OverviewActions</name>
    <message>
        <location filename="../../ui/controllers/overview.py" line="+83"/>
        <source>My cases &amp;now …</source>
        <translation>Sakene mine n&amp;å …</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/overview.py" line="+139"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>My cases now</source>
        <translation>Sakene mine nå</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Arrow keys move, Enter opens the meeting at the line&apos;s field, typing a case&apos;s name jumps to it.</source>
        <translation>Piltastene flytter, Enter åpner møtet i feltet på linjen, og skriver du navnet på en sak, hopper listen dit.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reading the cases …</source>
        <translation>Henter sakene …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print …</source>
        <translation>&amp;Skriv ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions past their date</source>
        <translation>Tiltak som har passert datoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions due in the next 14 days</source>
        <translation>Tiltak med dato de neste 14 dagene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals whose deadline has passed</source>
        <translation>Mål der fristen har gått ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents expired or expiring within 30 days</source>
        <translation>Samtykker som har gått ut eller går ut innen 30 dager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases with no next meeting</source>
        <translation>Saker uten neste møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meetings</source>
        <translation>Neste møter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no meeting yet</source>
        <translation>ingen møter ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting %1</source>
        <translation>møte %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n åpen sak</numerusform>
            <numerusform>%n åpne saker</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing here now.</source>
        <translation>Ingenting her nå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the next meeting</source>
        <translation>Sett dato for neste møte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
</context>
<context>
    <name>OverviewPrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/overview_print.py" line="+87"/>
        <source>Print my cases now</source>
        <translation>Skriv ut sakene mine nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>&amp;Skriv ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF …</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the preview …</source>
        <translation>Lager forhåndsvisningen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke lages.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+32"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>Skriveren tok ikke imot utskriften. Se etter at den er slått på og koblet til, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer: %1</source>
        <translation>Sendt til skriveren: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as %1</source>
        <translation>Lagret som %1</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/people.py" line="+216"/>
        <source>People of the case</source>
        <translation>Folk i saken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of %1</source>
        <translation>Folk i saken – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type over a name to correct it (or press F2). Delete removes the selected people, Insert adds a row. Those removed are no longer offered in meetings.</source>
        <translation>Skriv over et navn for å rette det (eller trykk F2). Delete fjerner de som er valgt, Insert legger til en rad. De som er fjernet, blir ikke lenger foreslått i møtene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members of the case:</source>
        <translation>&amp;Medlemmer i saken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Members of the case</source>
        <translation>Medlemmer i saken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New member — then Enter</source>
        <translation>Nytt medlem — så Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New member</source>
        <translation>Nytt medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants known from the meetings:</source>
        <translation>&amp;Deltakere kjent fra møtene:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants known from the meetings</source>
        <translation>Deltakere kjent fra møtene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, role — then Enter</source>
        <translation>Navn, rolle — så Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not save: a name is too long, or there are too many people.</source>
        <translation>Kunne ikke lagre: et navn er for langt, eller det er for mange personer.</translation>
    </message>
</context>
<context>
    <name>PilotReportActions</name>
    <message>
        <location filename="../../ui/controllers/pilot.py" line="+58"/>
        <source>&amp;Pilot figures …</source>
        <translation>&amp;Gevinstmåling …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is locked.</source>
        <translation>Lageret er låst.</translation>
    </message>
</context>
<context>
    <name>PilotReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/pilot_report.py" line="+107"/>
        <source>Pilot figures</source>
        <translation>Gevinstmåling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous figures for the municipality over a period: cases, meetings, goals, actions and consents. No names and no free text; every count under 5 reads “&lt; 5”.</source>
        <translation>Anonyme tall for kommunen over en periode: saker, møter, mål, tiltak og samtykker. Ingen navn og ingen fritekst; tall under 5 står som «&lt; 5».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the report</source>
        <translation>&amp;Språk i rapporten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Count the figures</source>
        <translation>Regn &amp;ut tallene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF …</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CS&amp;V …</source>
        <translation>Lagre som CS&amp;V …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures</source>
        <translation>Tallene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the period and press Enter to count the figures.</source>
        <translation>Velg perioden og trykk Enter for å regne ut tallene.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter før den begynner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the figures …</source>
        <translation>Regner ut tallene …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The figures could not be counted.</source>
        <translation>Tallene kunne ikke regnes ut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the pilot figures as PDF</source>
        <translation>Lagre gevinstmålingen som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the pilot figures as CSV</source>
        <translation>Lagre gevinstmålingen som CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be saved.</source>
        <translation>Filen kunne ikke lagres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving …</source>
        <translation>Lagrer …</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/canvas/presentation.py" line="+55"/>
        <source>Leave presentation mode</source>
        <translation>Gå ut av presentasjonsmodus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Esc to leave</source>
        <translation>Trykk Esc for å gå ut</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="+188"/>
        <location line="+126"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Print …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF …</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the print</source>
        <translation>Forhåndsvisning av utskriften</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making the preview …</source>
        <translation>Lager forhåndsvisningen …</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+135"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location line="-133"/>
        <source>landscape</source>
        <translation>liggende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portrait</source>
        <translation>stående</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke lages.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+92"/>
        <source>Saved as %1</source>
        <translation>Lagret som %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+85"/>
        <source>The PDF could not be saved. Nothing was written.</source>
        <translation>PDF-en kunne ikke lagres. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The preview could not be shown.</source>
        <translation>Forhåndsvisningen kunne ikke vises.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>Skriveren tok ikke imot utskriften. Sjekk at den er på og koblet til, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to the printer: %1</source>
        <translation>Sendt til skriveren: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <location filename="../../ui/dialogs/print_options.py" line="+132"/>
        <source>What to print</source>
        <translation>Hva skal skrives ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;duk of this meeting</source>
        <translation>&amp;Duken fra dette møtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evaluation against meeting %1</source>
        <translation>&amp;Evaluering mot møte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Evaluation against the meeting before</source>
        <translation>&amp;Evaluering mot møtet før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first meeting of the case: there is nothing to compare with yet.</source>
        <translation>Dette er det første møtet i saken: det finnes ingenting å sammenligne med ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who does what until next time</source>
        <translation>&amp;Hvem gjør hva til neste gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case&apos;s &amp;journey (all meetings so far)</source>
        <translation>&amp;Veien saken har gått (alle møtene så langt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;blank duk (for a meeting on paper)</source>
        <translation>En &amp;blank duk (til et møte på papir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Utelat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a copy for someone else, e.g. the school. What is left out is named on every page.</source>
        <translation>Til en kopi for andre, for eksempel skolen. Det som er utelatt, står nevnt på hver side.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life domains</source>
        <translation>Livsområder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/canvas/read_only.py" line="+61"/>
        <source>An earlier meeting — read only</source>
        <translation>Et tidligere møte — bare for lesing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit this meeting</source>
        <translation>&amp;Endre dette møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this meeting</source>
        <translation>Endre dette møtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes this earlier meeting editable; the change is noted in the audit log</source>
        <translation>Gjør at du kan endre dette tidligere møtet; det føres i loggen</translation>
    </message>
</context>
<context>
    <name>RekeyActions</name>
    <message>
        <location filename="../../ui/controllers/rekey.py" line="+56"/>
        <source>Change the data &amp;key …</source>
        <translation>&amp;Bytt datanøkkel …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The data key is changed. Unlock with your passphrase.</source>
        <translation>Datanøkkelen er byttet. Lås opp med passordfrasen din.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the data key?</source>
        <translation>Bytte datanøkkelen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT set your passphrase with the recovery key. Anyone with your old passphrase and a copy of the key file can still open your cases until the data key is changed. Change it now? The app locks while it is done.</source>
        <translation>IT satte passordfrasen din med gjenopprettingsnøkkelen. Den som har den gamle passordfrasen og en kopi av nøkkelfilen, kan fortsatt åpne sakene dine til datanøkkelen er byttet. Vil du bytte den nå? Programmet låses mens det gjøres.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/rekey.py" line="+42"/>
        <source>Change the data key</source>
        <translation>Bytt datanøkkelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cases get a new encryption key. Afterwards an old copy of the key file, with an old passphrase, no longer opens them, and the backups are made again under the new key. Your passphrase stays the same. Do this after IT has reset your passphrase, or if a copy of the key file may have gone astray.</source>
        <translation>Sakene dine får en ny krypteringsnøkkel. Etterpå åpner ikke en gammel kopi av nøkkelfilen dem lenger, selv med en gammel passordfrase, og sikkerhetskopiene lages på nytt med den nye nøkkelen. Passordfrasen din er den samme. Gjør dette etter at IT har satt ny passordfrase for deg, eller hvis en kopi av nøkkelfilen kan ha kommet på avveier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase</source>
        <translation>Passordfrasen din</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange the key</source>
        <translation>&amp;Bytt nøkkelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the passphrase and the store …</source>
        <translation>Kontrollerer passordfrasen og lageret …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting a copy with the new key and checking it …</source>
        <translation>Krypterer en kopi med den nye nøkkelen og kontrollerer den …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new key into the key file …</source>
        <translation>Skriver den nye nøkkelen i nøkkelfilen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new copy …</source>
        <translation>Bytter til den nye kopien …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a new, checked backup …</source>
        <translation>Lager en ny, kontrollert sikkerhetskopi …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the backups under the old key …</source>
        <translation>Sletter sikkerhetskopiene med den gamle nøkkelen …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The data key could not be changed. Nothing was changed.</source>
        <translation>Datanøkkelen kunne ikke byttes. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data key is changed. An old copy of the key file no longer opens your cases. Unlock with your passphrase.</source>
        <translation>Datanøkkelen er byttet. En gammel kopi av nøkkelfilen åpner ikke lenger sakene dine. Lås opp med passordfrasen din.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new backup was made; %n backups under the old key were deleted.</source>
        <translation>
            <numerusform>En ny sikkerhetskopi er laget; %n sikkerhetskopi med den gamle nøkkelen er slettet.</numerusform>
            <numerusform>En ny sikkerhetskopi er laget; %n sikkerhetskopier med den gamle nøkkelen er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery by IT works with the new key.</source>
        <translation>Gjenoppretting ved IT virker med den nye nøkkelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery by IT was of the old kind and is no longer set up: ask IT to set it up again.</source>
        <translation>Gjenopprettingen ved IT var av den gamle sorten og er ikke lenger satt opp: be IT sette den opp igjen.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust.py" line="-142"/>
        <source>Restore a backup</source>
        <translation>Hent fram en sikkerhetskopi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to bring back. The store you have now is put aside in the folder “aside”, not deleted.</source>
        <translation>Velg sikkerhetskopien som skal hentes fram. Lageret du har nå, legges til side i datamappen, ikke slettet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups, newest first</source>
        <translation>Sikkerhetskopier, nyeste først</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase</source>
        <translation>Passordfrasen din</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore</source>
        <translation>Hent fram</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups yet.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made by hand</source>
        <translation>laget for hånd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a deletion</source>
        <translation>etter en sletting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a key change</source>
        <translation>etter nøkkelbytte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>før en gjenoppretting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>før en oppdatering</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>Sikkerhetskopien kunne ikke hentes fram. Ingenting er endret.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/evaluation/review.py" line="+237"/>
        <source>Since last time</source>
        <translation>Siden sist</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <location filename="../../ui/evaluation/review_row.py" line="+235"/>
        <source>by %1</source>
        <translation>innen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>the deadline has passed</source>
        <translation>fristen er ute</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly done</source>
        <translation>Delvis gjort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation>Ikke gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Lagt bort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Fortsetter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New deadline</source>
        <translation>Ny frist</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>not marked yet</source>
        <translation>ikke markert ennå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key %1</source>
        <translation>Tast %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys 1 to 4: 1 done, 2 partly done, 3 not done, 4 dropped.</source>
        <translation>Tastene 1 til 4: 1 gjort, 2 delvis gjort, 3 ikke gjort, 4 lagt bort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys 1 to 4: 1 reached, 2 keep, 3 new deadline, 4 dropped.</source>
        <translation>Tastene 1 til 4: 1 nådd, 2 fortsetter, 3 ny frist, 4 lagt bort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab goes to the comment; Enter or Down to the next.</source>
        <translation>Tab går til kommentaren; Enter eller pil ned til den neste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (valgfritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on: %1</source>
        <translation>Kommentar til: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deadline for: %1</source>
        <translation>Ny frist for: %1</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../ui/evaluation/review.py" line="-42"/>
        <source>%1 of %2 marked</source>
        <translation>%1 av %2 markert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Since last time</source>
        <translation>Siden sist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through what was promised at meeting %1 (%2), together. Keys 1–4 mark the row; Tab to write a comment; Enter for the next.</source>
        <translation>Gå sammen gjennom det som ble lovet på møte %1 (%2). Tastene 1–4 markerer raden; Tab for å skrive en kommentar; Enter for den neste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was left open last time.</source>
        <translation>Ingenting sto åpent sist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done — go to the duk</source>
        <translation>Ferdig — gå til duken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review done, go to the duk</source>
        <translation>Gjennomgangen er ferdig, gå til duken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions and goals from last time</source>
        <translation>Tiltak og mål fra sist</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="-164"/>
        <source>Saving failed</source>
        <translation>Lagringen feilet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again now</source>
        <translation>Prøv igjen nå</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../../ui/shell/store_banner.py" line="+25"/>
        <source>The automatic backup could not be made this time; your work is saved as usual. Check that there is free space on the disk.</source>
        <translation>Den automatiske sikkerhetskopien kunne ikke lages denne gangen; arbeidet ditt lagres som vanlig. Sjekk at det er ledig plass på disken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit log does not match what Samtaleduk wrote.</source>
        <translation>Revisjonsloggen stemmer ikke med det Samtaleduk skrev.</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <location filename="../../ui/controllers/trust.py" line="+74"/>
        <source>D&amp;elete case for good …</source>
        <translation>Sl&amp;ett saken for godt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup …</source>
        <translation>&amp;Hent fram sikkerhetskopi …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case could not be deleted. Nothing was changed.</source>
        <translation>Saken kunne ikke slettes. Ingenting er endret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case deleted</source>
        <translation>Saken er slettet</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Closed cases past the retention time of %n days: %1. Open them under “Closed cases” and choose File › Delete case for good. Nothing is deleted unless you do it.</source>
        <translation>
            <numerusform>Avsluttede saker som har passert oppbevaringstiden på %n dag: %1. Åpne dem under «Avsluttede saker» og velg Fil › Slett saken for godt. Ingenting slettes uten at du gjør det.</numerusform>
            <numerusform>Avsluttede saker som har passert oppbevaringstiden på %n dager: %1. Åpne dem under «Avsluttede saker» og velg Fil › Slett saken for godt. Ingenting slettes uten at du gjør det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup is back. Unlock with your passphrase.</source>
        <translation>Sikkerhetskopien er hentet fram. Lås opp med passordfrasen din.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cases to delete</source>
        <translation>Saker å slette</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock.py" line="+209"/>
        <source>Show what I type</source>
        <translation>Vis det jeg skriver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passordfrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Gjenta passordfrasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the encrypted store …</source>
        <translation>Åpner det krypterte lageret …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo store. The passphrase is: %1</source>
        <translation>Demolager. Passordfrasen er: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase</source>
        <translation>Velg en passordfrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you write in Samtaleduk is stored encrypted on this computer. The passphrase is the key. A sentence you remember is better than a short word (at least %1 characters).</source>
        <translation>Alt du skriver i Samtaleduk, lagres kryptert på denne maskinen. Passordfrasen er nøkkelen. En setning du husker, er bedre enn et kort ord (minst %1 tegn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Important: if the passphrase is lost, the data cannot be opened again — by anyone. The only exception is if your municipality has set up its recovery option. Write the passphrase down and keep it somewhere safe.</source>
        <translation>Viktig: Går passordfrasen tapt, kan ingen åpne dataene igjen. Eneste unntak er om kommunen din har satt opp ordningen sin for gjenoppretting. Skriv ned passordfrasen og ta vare på den på et trygt sted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create and open</source>
        <translation>Opprett og åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new passphrase</source>
        <translation>Velg en ny passordfrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type your passphrase to open your cases.</source>
        <translation>Skriv passordfrasen din for å åpne sakene dine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase you chose on first start</source>
        <translation>Passordfrasen du valgte første gang</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv passordfrasen først.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The store could not read part of its file while you worked. Unlock again: Samtaleduk then checks the whole file first. Nothing has been deleted.</source>
        <translation>Lageret kunne ikke lese en del av filen sin mens du arbeidet. Lås opp igjen: da kontrollerer Samtaleduk hele filen først. Ingenting er slettet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That passphrase did not open the store. Check that Caps Lock is off, and try again.</source>
        <translation>Den passordfrasen åpnet ikke lageret. Sjekk at Caps Lock er av, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store could not be opened. Try again, or restart Samtaleduk.</source>
        <translation>Lageret kunne ikke åpnes. Prøv igjen, eller start Samtaleduk på nytt.</translation>
    </message>
</context>
<context>
    <name>UpkeepController</name>
    <message>
        <location filename="../../ui/controllers/upkeep.py" line="+198"/>
        <source>Checking the store …</source>
        <translation>Kontrollerer lageret …</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Making a backup …</source>
        <translation>Tar sikkerhetskopi …</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../ui/dialogs/work.py" line="+106"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
</TS>
