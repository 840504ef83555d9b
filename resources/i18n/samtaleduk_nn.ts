<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/canvas/actions.py" line="+32"/>
        <source>What will be done</source>
        <translation>Kva skal gjerast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/meeting/field_edits.py" line="+130"/>
        <source>Who does it</source>
        <translation>Kven gjer det</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, or several; the case&apos;s people are offered as you type</source>
        <translation>Skriv eit namn, eller fleire; folka i saka vert føreslått medan du skriv</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/meeting/field_edits.py" line="+3"/>
        <source>By when</source>
        <translation>Innan når</translation>
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
        <translation>Kva skal gjerast? Skriv, og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/consents.py" line="+52"/>
        <source>What was agreed</source>
        <translation>Kva vart avtalt</translation>
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
        <translation>Kva avtalte vi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another agreement? Write, then press Enter</source>
        <translation>Ein annan avtale? Skriv, og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/domains.py" line="+61"/>
        <location line="+16"/>
        <location filename="../../ui/canvas/presentation_content.py" line="+116"/>
        <source>Life domains</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlights the notes about this part of life</source>
        <translation>Framhevar notata om denne delen av livet</translation>
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
        <translation>Førre felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Angra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Gjer om att</translation>
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
        <translation>Vanleg storleik</translation>
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
        <translation>Tom til ein dato er vald. Ctrl+Backspace tek bort datoen.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/date_blank.py" line="+159"/>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Vel i ein kalender (Alt+Pil ned)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Choose a date</source>
        <translation>Vel ein dato</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>“%1” is not a date. Write it as 6.10.26 or 06.10.2026; Esc puts back the date that was there.</source>
        <translation>«%1» er ikkje ein dato. Skriv han som 6.10.26 eller 06.10.2026; Esc set tilbake datoen som stod der.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type a date such as 6.10.26 or 06.10.2026. Alt+Down opens a calendar; Ctrl+Backspace empties it.</source>
        <translation>Skriv ein dato, til dømes 6.10.26 eller 06.10.2026. Alt+Pil ned opnar ein kalender; Ctrl+Backspace tek bort datoen.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/goals.py" line="+26"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by –</source>
        <translation>innan –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline for this goal</source>
        <translation>Frist for dette målet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own deadline (empty: the field&apos;s date applies)</source>
        <translation>Eigen frist (tom: datoen i feltet gjeld)</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helper&apos;s name</source>
        <translation>Namnet til hjelparen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation or service</source>
        <translation>Relasjon eller teneste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helps with</source>
        <translation>Hjelper med</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>helper</source>
        <translation>hjelpar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name, relation, helps with — then Enter</source>
        <translation>Namn, relasjon, hjelper med — så Enter</translation>
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
        <translation>Endra notatet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keeps the text, Shift+Enter starts a new line, Esc puts it back.</source>
        <translation>Enter tek vare på teksten, Shift+Enter gjev ny linje, Esc set han tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/notes.py" line="+31"/>
        <source>Notes: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 edits, Delete deletes, Ctrl+D life domain, Ctrl+K who said it, Ctrl+Alt+arrows move, the menu key opens more</source>
        <translation>F2 endrar, Delete slettar, Ctrl+D livsområde, Ctrl+K kven sa det, Ctrl+Alt+piltastar flyttar, menytasten opnar meir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+D and Ctrl+K tag the note you write, or, with the line empty, the note just added.</source>
        <translation>Ctrl+D og Ctrl+K merkjer notatet du skriv, eller, når linja er tom, notatet du nettopp la til.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Edit</source>
        <translation>Endra</translation>
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
        <translation>Dette feltet har ikkje livsområde</translation>
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
        <translation>Ta merka bort frå det nye notatet</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duk.py" line="+1"/>
        <location filename="../../ui/canvas/notes.py" line="+8"/>
        <location filename="../../ui/meeting/field_edits.py" line="+4"/>
        <location line="+9"/>
        <source>Who said it</source>
        <translation>Kven sa det</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_tags.py" line="-50"/>
        <source>Nobody in particular</source>
        <translation>Ingen særskild</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/participants.py" line="+73"/>
        <source>Name, role — then Enter</source>
        <translation>Namn, rolle — så Enter</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+21"/>
        <source>Nobody yet</source>
        <translation>Ingen enno</translation>
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
        <translation>Kven gjer kva? Skriv, og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/change_marks.py" line="+65"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Flytta</translation>
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
        <translation>Trekt attende</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+22"/>
        <source>Moved to «%1»</source>
        <translation>Flytta til «%1»</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Moved from «%1»</source>
        <translation>Flytta frå «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/session.py" line="-78"/>
        <source>Could not save. Everything is still here on screen; trying again…</source>
        <translation>Kunne ikkje lagra. Alt står framleis her på skjermen; prøver igjen …</translation>
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
        <translation>Endra målet</translation>
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
        <translation>Endra tiltaket</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New helper</source>
        <translation>Ny hjelpar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit helper</source>
        <translation>Endra hjelparen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New agreement</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit agreement</source>
        <translation>Endra avtalen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/people.py" line="+52"/>
        <source>New participant</source>
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Edit participant</source>
        <translation>Endra deltakaren</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/field_edits.py" line="+19"/>
        <source>Edit text</source>
        <translation>Endra teksten</translation>
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
        <translation>Versjonar</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="+319"/>
        <location line="+12"/>
        <source>Access: a copy for the family</source>
        <translation>Innsyn: ein kopi til familien</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Everything Samtaleduk holds about this family — every meeting as a PDF, the journey, and all details with their history and the log — is written to a new folder inside the one you choose. The files are not encrypted: hand them over safely.</source>
        <translation>Alt Samtaleduk har om denne familien — kvart møte som PDF, vegen saka har gått, og alle opplysningar med historikk og logg — vert skrive til ei ny mappe inne i den du vel. Filene er ikkje krypterte: gje dei vidare på ein trygg måte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;In the folder</source>
        <translation>&amp;I mappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the folder</source>
        <translation>I mappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the copy</source>
        <translation>&amp;Skriv kopien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder first.</source>
        <translation>Vel ei mappe først.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the copy: one PDF per meeting …</source>
        <translation>Skriv kopien: éin PDF per møte …</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Written: %n files in the folder %1.</source>
        <translation>
            <numerusform>Skrive: %n fil i mappa %1.</numerusform>
            <numerusform>Skrive: %n filer i mappa %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy could not be written. Check the folder and try again.</source>
        <translation>Kopien kunne ikkje skrivast. Sjekk mappa og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/app.py" line="+74"/>
        <source>The data folder cannot be used</source>
        <translation>Datamappa kan ikkje brukast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk could not create its data folder %1 (%2). Nothing was changed. Ask IT for a folder you may write in, or start Samtaleduk with --data-dir and another folder.</source>
        <translation>Samtaleduk kunne ikkje laga datamappa %1 (%2). Ingenting er endra. Be IT om ei mappe du kan skriva i, eller start Samtaleduk med --data-dir og ei anna mappe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder cannot be written</source>
        <translation>Samtaleduk får ikkje skriva i datamappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk cannot write in the data folder %1 (no write rights, or the disk is read-only or full). You can open and read your cases, but nothing new can be saved until this is fixed. Nothing was changed.</source>
        <translation>Samtaleduk får ikkje skriva i datamappa %1 (manglande skriverett, eller disken er skriveverna eller full). Du kan opna og lesa sakene dine, men ingenting nytt kan lagrast før dette er ordna. Ingenting er endra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtaleduk is already open</source>
        <translation>Samtaleduk er alt open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk is already open on this computer, in another window. Switch to that window to go on.

Only one window at a time may use the same cases, so that nothing written in one is lost in the other.</source>
        <translation>Samtaleduk er alt open på denne maskina, i eit anna vindauge. Byt til det vindauget for å halda fram.

Berre eitt vindauge om gongen kan bruka dei same sakene, så ingenting som vert skrive i det eine, går tapt i det andre.</translation>
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
        <translation>Medlemer</translation>
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
        <translation>Opne tiltak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no meetings yet</source>
        <translation>ingen møte enno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>avslutta</translation>
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
        <translation>Namn, eller eit ord frå duken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Søk i sakene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finds cases by name, member or anything written in their meetings</source>
        <translation>Finn saker på namn, medlem eller noko som er skrive i møta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>V&amp;is:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open cases</source>
        <translation>Opne saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed cases</source>
        <translation>Avslutta saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show open, closed or all cases</source>
        <translation>Vis opne, avslutta eller alle saker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Enter to open the selected case</source>
        <translation>Trykk Enter for å opna den valde saka</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No cases yet. Choose “New case” to start with a family or a child.</source>
        <translation>Ingen saker enno. Vel «Ny sak» for å byrja med ein familie eller eit barn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case matches the search or the filter.</source>
        <translation>Inga sak passar med søket eller utvalet.</translation>
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
        <translation>Tilbake til sakslista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meeting …</source>
        <translation>&amp;Nytt møte …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open meeting</source>
        <translation>&amp;Opna møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare …</source>
        <translation>Sam&amp;anlikn …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two meetings</source>
        <translation>Samanlikn to møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;journey …</source>
        <translation>Ve&amp;gen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journey of the case</source>
        <translation>Vegen saka har gått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings of the case, newest first</source>
        <translation>Møta i saka, nyaste først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected meeting</source>
        <translation>Trykk Enter for å opna det valde møtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings yet. Choose “New meeting” when the family is at the table.</source>
        <translation>Ingen møte enno. Vel «Nytt møte» når familien sit rundt bordet.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Open the case again</source>
        <translation>Opna saka att</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation>Avslutt saka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closed case is kept, and shown under “Closed cases”</source>
        <translation>Ei avslutta sak vert teken vare på og vist under «Avslutta saker»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One child or person</source>
        <translation>Eitt barn eller éin person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members: %1</source>
        <translation>Medlemer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Led by %1</source>
        <translation>Leia av %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed %1</source>
        <translation>Avslutta %1</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&amp;People of the case …</source>
        <translation>Fo&amp;lk i saka …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See, correct and remove the people of the case (%1)</source>
        <translation>Sjå, rett og fjern folka i saka (%1)</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/evaluation/comparison.py" line="+321"/>
        <location line="+22"/>
        <source>Compare meetings — %1</source>
        <translation>Samanlikn møte — %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Print the evaluation …</source>
        <translation>&amp;Skriv ut evalueringa …</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location line="-111"/>
        <source>No meetings yet.</source>
        <translation>Ingen møte enno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing here.</source>
        <translation>Ingenting her.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Meeting %1 with the changes since meeting %2</source>
        <translation>Møte %1 med endringane sidan møte %2</translation>
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
        <translation>Dukane, med endringane markerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare meetings</source>
        <translation>Samanlikn møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From meeting</source>
        <translation>&amp;Frå møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To meeting</source>
        <translation>&amp;Til møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier meeting</source>
        <translation>Det tidlegare møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later meeting</source>
        <translation>Det seinare møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One duk with the changes &amp;inline</source>
        <translation>Vis éin duk med endringane &amp;merkte</translation>
    </message>
</context>
<context>
    <name>DamageGuard</name>
    <message>
        <location filename="../../ui/controllers/store_damage.py" line="+91"/>
        <source>Not done</source>
        <translation>Ikkje gjort</translation>
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
        <translation>Sletta «%1» for godt?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand that this cannot be undone</source>
        <translation>Eg forstår at dette ikkje kan gjerast om</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete for good</source>
        <translation>Slett for godt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting, then making a new backup …</source>
        <translation>Slettar, og lagar så ein ny tryggingskopi …</translation>
    </message>
</context>
<context>
    <name>DukProblemsDialog</name>
    <message>
        <location filename="../../ui/dialogs/duk_problems.py" line="+59"/>
        <source>Problems with duk files</source>
        <translation>Problem med dukfiler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in duk files: %1. These files are left out; a case that used one goes on with the version stored with its meetings, so nothing is lost. Correct the files (check one with: samtaleduk duker check FILE).</source>
        <translation>Problem funne i dukfiler: %1. Desse filene er haldne utanfor; ei sak som brukte ei av dei, held fram med utgåva som er lagra saman med møta, så ingenting er mista. Rett filene (sjekk ei med: samtaleduk duker check FIL).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some duk files were changed without raising their version. Cases, prints and new meetings use the stored version; raise “version” in the file to use the changes.</source>
        <translation>Nokre dukfiler er endra utan at versjonen er auka. Saker, utskrifter og nye møte brukar den lagra utgåva; auk «version» i fila for å ta endringane i bruk.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="-259"/>
        <location line="+18"/>
        <source>Hand the case over</source>
        <translation>Gje saka vidare</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The case, with all its meetings and their history, is written to one encrypted file for the colleague who takes over. Choose a passphrase for this file only (at least %1 characters). The colleague needs it to open the file: give it to them another way than the file itself, for example by phone.</source>
        <translation>Saka, med alle møta og historikken deira, vert skriven til éi kryptert fil for kollegaen som tek over. Vel ei passordfrase berre for denne fila (minst %1 teikn). Kollegaen treng ho for å opna fila: gje ho vidare på ein annan måte enn fila, til dømes på telefon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase for the file</source>
        <translation>&amp;Passordfrase for fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Gjenta passordfrasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the file</source>
        <translation>Passordfrase for fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passordfrasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the case file</source>
        <translation>&amp;Skriv saksfila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samtaleduk case files (*.samtaleduk)</source>
        <translation>Samtaleduk-saksfiler (*.samtaleduk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the case file.</source>
        <translation>Vel kvar saksfila skal lagrast.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Encrypting the case file …</source>
        <translation>Krypterer saksfila …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history is too big for one file; encrypting the case without it …</source>
        <translation>Historikken er for stor til éi fil; krypterer saka utan han …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case file is saved as %1. Remember: the colleague also needs the passphrase.</source>
        <translation>Saksfila er lagra som %1. Hugs: kollegaen treng òg passordfrasa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of the meetings was too big for one file and was left out; every meeting is in the file as last saved.</source>
        <translation>Historikken til møta var for stor til éi fil og er ikkje med; kvart møte er i fila slik det sist vart lagra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case file could not be written. Nothing was saved.</source>
        <translation>Saksfila kunne ikkje skrivast. Ingenting er lagra.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../ui/controllers/handover.py" line="+60"/>
        <source>&amp;Hand the case over …</source>
        <translation>&amp;Gje saka vidare …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rece&amp;ive a case …</source>
        <translation>&amp;Ta imot ei sak …</translation>
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
        <translation>Låser om %1 sekund — trykk ein tast for å halda fram</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="+29"/>
        <location line="+13"/>
        <source>Receive a case</source>
        <translation>Ta imot ei sak</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose the case file a colleague gave you, and type the passphrase they chose for it. The whole file is checked before anything is saved.</source>
        <translation>Vel saksfila du fekk frå ein kollega, og skriv passordfrasa kollegaen valde for ho. Heile fila vert kontrollert før noko vert lagra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase for the file</source>
        <translation>&amp;Passordfrase for fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the file</source>
        <translation>Passordfrase for fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive the case</source>
        <translation>&amp;Ta imot saka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samtaleduk case files (*.samtaleduk);;All files (*)</source>
        <translation>Samtaleduk-saksfiler (*.samtaleduk);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the case file first.</source>
        <translation>Vel saksfila først.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase for the file first.</source>
        <translation>Skriv passordfrasa for fila først.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening and checking the case file …</source>
        <translation>Opnar og kontrollerer saksfila …</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The case is received: %n meetings.</source>
        <translation>
            <numerusform>Saka er teken imot: %n møte.</numerusform>
            <numerusform>Saka er teken imot: %n møte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case that was here before has been replaced.</source>
        <translation>Saka som var her frå før, er bytt ut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case file could not be received. Nothing was saved.</source>
        <translation>Saksfila kunne ikkje takast imot. Ingenting er lagra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case is already here</source>
        <translation>Saka finst alt her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is already in Samtaleduk on this computer. Keep both (the received one is saved as a copy), or replace the one here with the received one? Replacing deletes the one here completely.</source>
        <translation>Denne saka finst alt i Samtaleduk på denne maskina. Vil du ha begge (den du tek imot, vert lagra som ein kopi), eller byta ut den som er her med den du tek imot? Å byta ut slettar den som er her, heilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Ha begge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Byt ut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was received.</source>
        <translation>Ingenting er teke imot.</translation>
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
        <translation>&amp;Lagra som PDF …</translation>
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
        <translation>Førehandsvising av innkallinga</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The preview could not be made.</source>
        <translation>Førehandsvisinga kunne ikkje lagast.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save as PDF</source>
        <translation>Lagra som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The calendar file needs a date.</source>
        <translation>Kalenderfila treng ein dato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save calendar file</source>
        <translation>Lagra kalenderfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>Skrivaren tok ikkje imot utskrifta. Sjå etter at han er på og kopla til, og prøv igjen.</translation>
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
        <translation>Lengd (&amp;minutt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;contact line</source>
        <translation>K&amp;ontaktlinja di</translation>
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
        <translation>Namn, rolle, telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name the case in the calendar title</source>
        <translation>&amp;Namnet på saka i kalendertittelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the place in the calendar &amp;entry</source>
        <translation>St&amp;aden i kalenderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar file is for your own calendar. Its title is only “Meeting”, with no place, unless you tick the boxes: calendars are often kept on a server.</source>
        <translation>Kalenderfila er for din eigen kalender. Tittelen er berre «Møte», utan stad, om du ikkje kryssar av i boksane: kalendrar ligg ofte på ein tenar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a date; write e.g. 17.06.2026.</source>
        <translation>«%1» er ikkje ein dato; skriv t.d. 17.06.2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a time of day; write e.g. 13.00.</source>
        <translation>«%1» er ikkje eit klokkeslett; skriv t.d. 13.00.</translation>
    </message>
</context>
<context>
    <name>JourneyDialog</name>
    <message>
        <location filename="../../ui/evaluation/journey.py" line="+372"/>
        <location line="+14"/>
        <source>The journey — %1</source>
        <translation>Vegen — %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Print the journey …</source>
        <translation>&amp;Skriv ut vegen …</translation>
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
        <translation>utan dato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First written in %1</source>
        <translation>Først skrive i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back, in %1</source>
        <translation>Tilbake, i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from %1 to %2</source>
        <translation>Flytta frå %1 til %2</translation>
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
        <translation>Kven gjer det: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from %1</source>
        <translation>Fjerna frå %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its field %1 is not on the newer duk</source>
        <translation>Feltet %1 finst ikkje på den nyare duken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Life domain: %1 → %2</source>
        <translation>Livsområde: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose voice: %1 → %2</source>
        <translation>Kven si stemme: %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed at meeting %1</source>
        <translation>Fjerna på møte %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journey of the case</source>
        <translation>Vegen saka har gått</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n meetings, %2 – %3</source>
        <translation>
            <numerusform>%1 · %n møte, %2 – %3</numerusform>
            <numerusform>%1 · %n møte, %2 – %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much stood where, &amp;meeting by meeting</source>
        <translation>Kor mykje som stod kvar, &amp;møte for møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of items per field and per life domain</source>
        <translation>Tal på punkt per felt og per livsområde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each goal, action and note &amp;went</source>
        <translation>Korleis det gjekk med kvart mål, tiltak og &amp;notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, actions and notes with their paths</source>
        <translation>Mål, tiltak og notat med vegen dei har gått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what &amp;changed</source>
        <translation>Berre det som &amp;endra seg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>Først</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it ended</source>
        <translation>Kvar det enda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Life domains (notes)</source>
        <translation>Livsområde (notat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No life domain</source>
        <translation>Utan livsområde</translation>
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
        <translation>Notat</translation>
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
        <translation>Inkje møte enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case has no meeting yet. Start one with File › New meeting.</source>
        <translation>Saka har inkje møte enno. Start eitt med Fil › Nytt møte.</translation>
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
        <translation>Lås vindauget etter så mange minutt utan bruk (%1–%2):</translation>
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
        <translation>&amp;Folk i saka …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case list</source>
        <translation>&amp;Sakslista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF …</source>
        <translation>Lagra som P&amp;DF …</translation>
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
        <translation>&amp;Sidan sist …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Høg kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bet&amp;ween meetings</source>
        <translation>&amp;Mellom møta</translation>
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
        <translation>&amp;Brukarrettleiing</translation>
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
        <translation>&lt;h3&gt;Samtaleduk %1&lt;/h3&gt;&lt;p&gt;Samtaledukar for familieteammøte og avklaringssamtalar, bygd på papirduken til Asker velferdslab.&lt;/p&gt;&lt;p&gt;Verkar utan nett. Alt vert lagra kryptert på denne maskina.&lt;/p&gt;&lt;p&gt;Skrift: DejaVu Sans (fri lisens).&lt;/p&gt;</translation>
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
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest changes to this meeting could not be saved. If you go on, they are lost. Stay in the meeting and try again?</source>
        <translation>Dei siste endringane i dette møtet kunne ikkje lagrast. Går du vidare, går dei tapt. Vil du bli i møtet og prøva igjen?</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/pages/meeting_page.py" line="+68"/>
        <source>← Back to the &amp;case</source>
        <translation>← Tilbake til &amp;saka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the case and its meetings</source>
        <translation>Tilbake til saka og møta hennar</translation>
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
        <translation>Kven var med</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open actions</source>
        <translation>Opne tiltak</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="+198"/>
        <source>Undo</source>
        <translation>Angra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Angra (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Gjer om att</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gjer om att (Ctrl+Shift+Z)</translation>
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
        <translation>Forstørring %1 prosent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1</source>
        <translation>Lagra %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not saved yet</source>
        <translation>Ikkje lagra enno</translation>
    </message>
</context>
<context>
    <name>MiniDuk</name>
    <message>
        <location filename="../../ui/evaluation/mini_duk.py" line="+193"/>
        <source>Fields that are not on this duk</source>
        <translation>Felt som ikkje er på denne duken</translation>
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
        <translation>Til journalsystemet i tenesta eller Stafettloggen. Notata er ikkje med. Det du kopierer, vert fjerna frå utklippstavla når Samtaleduk låser seg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as text …</source>
        <translation>&amp;Lagra som tekst …</translation>
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
        <translation>Lagra møtereferat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as %1</source>
        <translation>Lagra som %1</translation>
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
        <translation>Kva slags sak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family</source>
        <translation>&amp;Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One child or person</source>
        <translation>&amp;Eitt barn eller éin person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name on each line</source>
        <translation>Eitt namn på kvar linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Led by:</source>
        <translation>&amp;Leia av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (familielos, teacher, …)</source>
        <translation>Namnet ditt (familielos, lærar, …)</translation>
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
        <translation>Lag saka</translation>
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
        <translation>&amp;Namn på saka:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>For example: Familien Haugland</source>
        <translation>Til dømes: Familien Haugland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family &amp;members:</source>
        <translation>Familie&amp;medlemer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Jonas</source>
        <translation>Til dømes: Jonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, and &amp;family:</source>
        <translation>Fullt namn, og &amp;familien:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write a name for the case, so you can find it again.</source>
        <translation>Skriv eit namn på saka, så du finn henne att.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no duk for this kind of case. Check the duker folder.</source>
        <translation>Det finst ingen duk for denne typen sak. Sjekk dukmappa.</translation>
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
        <translation>Byrj frå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from the last duk (meeting %1, %2)</source>
        <translation>&amp;Hald fram frå den førre duken (møte %1, %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes, goals, helpers and open actions come along, so you can go through what was done and what remains.</source>
        <translation>Notat, mål, hjelparar og opne tiltak vert med, så de kan gå gjennom kva som er gjort og kva som står att.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from the last duk</source>
        <translation>&amp;Hald fram frå den førre duken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first meeting of the case.</source>
        <translation>Dette er det første møtet i saka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a &amp;blank duk</source>
        <translation>Byrj med ein &amp;blank duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is here today?</source>
        <translation>Kven er med i dag?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick those who are at the table. You can add others on the duk.</source>
        <translation>Kryss av dei som sit rundt bordet. Du kan leggja til andre på duken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people at the table on the duk.</source>
        <translation>Legg til dei som sit rundt bordet, på duken.</translation>
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
        <translation>Du har valt ein annan duk enn den det førre møtet brukte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These notes from meeting %1 have no place on this duk and will not be on the new canvas (they stay in meeting %1): %2</source>
        <translation>Desse notata frå møte %1 har ingen plass på denne duken og kjem ikkje med på den nye duken (dei vert verande i møte %1): %2</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/tools/new_passphrase.py" line="+24"/>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Passordfrasa må vera minst %1 teikn lang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Dei to passordfrasane er ikkje like. Skriv dei på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase is too easy to guess (common words, names, numbers in a row or keyboard patterns). Choose a sentence you remember: four or five words that do not usually go together.</source>
        <translation>Denne passordfrasa er for lett å gjetta (vanlege ord, namn, tal i rekkje eller tastaturmønster). Vel ei setning du hugsar: fire eller fem ord som ikkje plar stå saman.</translation>
    </message>
</context>
<context>
    <name>OverviewActions</name>
    <message>
        <location filename="../../ui/controllers/overview.py" line="+83"/>
        <source>My cases &amp;now …</source>
        <translation>Sakene mine &amp;no …</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/overview.py" line="+139"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>My cases now</source>
        <translation>Sakene mine no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kven</translation>
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
        <translation>Piltastane flyttar, Enter opnar møtet i feltet på linja, og skriv du namnet på ei sak, hoppar lista dit.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reading the cases …</source>
        <translation>Hentar sakene …</translation>
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
        <translation>Tiltak med dato dei neste 14 dagane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals whose deadline has passed</source>
        <translation>Mål der fristen har gått ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents expired or expiring within 30 days</source>
        <translation>Samtykke som har gått ut eller går ut innan 30 dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases with no next meeting</source>
        <translation>Saker utan neste møte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meetings</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>ikkje sett</translation>
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
            <numerusform>for %n dag sidan</numerusform>
            <numerusform>for %n dagar sidan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no meeting yet</source>
        <translation>ingen møte enno</translation>
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
            <numerusform>%n open sak</numerusform>
            <numerusform>%n opne saker</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing here now.</source>
        <translation>Ingenting her no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the next meeting</source>
        <translation>Set dato for neste møte</translation>
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
        <translation>Skriv ut sakene mine no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>&amp;Skriv ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF …</source>
        <translation>Lagra som P&amp;DF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the preview …</source>
        <translation>Lagar førehandsvisinga …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview could not be made.</source>
        <translation>Førehandsvisinga kunne ikkje lagast.</translation>
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
        <translation>Skrivaren tok ikkje imot utskrifta. Sjå etter at han er slått på og kopla til, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer: %1</source>
        <translation>Sendt til skrivaren: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Lagra som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as %1</source>
        <translation>Lagra som %1</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/people.py" line="+216"/>
        <source>People of the case</source>
        <translation>Folk i saka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of %1</source>
        <translation>Folk i saka – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type over a name to correct it (or press F2). Delete removes the selected people, Insert adds a row. Those removed are no longer offered in meetings.</source>
        <translation>Skriv over eit namn for å retta det (eller trykk F2). Delete fjernar dei som er valde, Insert legg til ei rad. Dei som er fjerna, vert ikkje lenger føreslått i møta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members of the case:</source>
        <translation>&amp;Medlemer i saka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Members of the case</source>
        <translation>Medlemer i saka</translation>
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
        <translation>&amp;Deltakarar kjende frå møta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants known from the meetings</source>
        <translation>Deltakarar kjende frå møta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, role — then Enter</source>
        <translation>Namn, rolle — så Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New participant</source>
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not save: a name is too long, or there are too many people.</source>
        <translation>Kunne ikkje lagra: eit namn er for langt, eller det er for mange folk.</translation>
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
        <translation>Anonyme tal for kommunen over ein periode: saker, møte, mål, tiltak og samtykke. Ingen namn og ingen fritekst; tal under 5 står som «&lt; 5».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Frå</translation>
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
        <translation>Rekn &amp;ut tala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF …</source>
        <translation>Lagra som &amp;PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CS&amp;V …</source>
        <translation>Lagra som CS&amp;V …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the period and press Enter to count the figures.</source>
        <translation>Vel perioden og trykk Enter for å rekna ut tala.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden sluttar før han byrjar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the figures …</source>
        <translation>Reknar ut tala …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The figures could not be counted.</source>
        <translation>Tala kunne ikkje reknast ut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the pilot figures as PDF</source>
        <translation>Lagra gevinstmålinga som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the pilot figures as CSV</source>
        <translation>Lagra gevinstmålinga som CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: %1</source>
        <translation>Lagra: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be saved.</source>
        <translation>Fila kunne ikkje lagrast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving …</source>
        <translation>Lagrar …</translation>
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
        <translation>&amp;Lagra som PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the print</source>
        <translation>Førehandsvising av utskrifta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making the preview …</source>
        <translation>Lagar førehandsvisinga …</translation>
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
        <translation>liggjande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portrait</source>
        <translation>ståande</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The preview could not be made.</source>
        <translation>Førehandsvisinga kunne ikkje lagast.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+92"/>
        <source>Saved as %1</source>
        <translation>Lagra som %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+85"/>
        <source>The PDF could not be saved. Nothing was written.</source>
        <translation>PDF-en kunne ikkje lagrast. Ingenting vart skrive.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The preview could not be shown.</source>
        <translation>Førehandsvisinga kunne ikkje visast.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>Skrivaren tok ikkje imot utskrifta. Sjå etter at han er på og kopla til, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to the printer: %1</source>
        <translation>Sendt til skrivaren: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save as PDF</source>
        <translation>Lagra som PDF</translation>
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
        <translation>Kva skal skrivast ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;duk of this meeting</source>
        <translation>&amp;Duken frå dette møtet</translation>
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
        <translation>Dette er det første møtet i saka: det finst ingenting å samanlikna med enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who does what until next time</source>
        <translation>&amp;Kven gjer kva til neste gong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case&apos;s &amp;journey (all meetings so far)</source>
        <translation>&amp;Vegen saka har gått (alle møta så langt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;blank duk (for a meeting on paper)</source>
        <translation>Ein &amp;blank duk (til eit møte på papir)</translation>
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
        <translation>Til ein kopi for andre, til dømes skulen. Det som er utelate, står nemnt på kvar side.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life domains</source>
        <translation>Livsområde</translation>
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
        <translation>Eit tidlegare møte — berre for lesing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit this meeting</source>
        <translation>&amp;Endra dette møtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this meeting</source>
        <translation>Endra dette møtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes this earlier meeting editable; the change is noted in the audit log</source>
        <translation>Gjer at du kan endra dette tidlegare møtet; det vert ført i loggen</translation>
    </message>
</context>
<context>
    <name>RekeyActions</name>
    <message>
        <location filename="../../ui/controllers/rekey.py" line="+56"/>
        <source>Change the data &amp;key …</source>
        <translation>&amp;Byt datanøkkel …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The data key is changed. Unlock with your passphrase.</source>
        <translation>Datanøkkelen er bytt. Lås opp med passordfrasa di.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the data key?</source>
        <translation>Byta datanøkkelen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT set your passphrase with the recovery key. Anyone with your old passphrase and a copy of the key file can still open your cases until the data key is changed. Change it now? The app locks while it is done.</source>
        <translation>IT sette passordfrasa di med gjenopprettingsnøkkelen. Den som har den gamle passordfrasa og ein kopi av nøkkelfila, kan framleis opna sakene dine til datanøkkelen er bytt. Vil du byta han no? Programmet vert låst medan det vert gjort.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/rekey.py" line="+42"/>
        <source>Change the data key</source>
        <translation>Byt datanøkkelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cases get a new encryption key. Afterwards an old copy of the key file, with an old passphrase, no longer opens them, and the backups are made again under the new key. Your passphrase stays the same. Do this after IT has reset your passphrase, or if a copy of the key file may have gone astray.</source>
        <translation>Sakene dine får ein ny krypteringsnøkkel. Etterpå opnar ikkje ein gammal kopi av nøkkelfila dei lenger, sjølv med ei gammal passordfrase, og tryggingskopiane vert laga på nytt med den nye nøkkelen. Passordfrasa di er den same. Gjer dette etter at IT har sett ny passordfrase for deg, eller om ein kopi av nøkkelfila kan ha kome på avvegar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase</source>
        <translation>Passordfrasa di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange the key</source>
        <translation>&amp;Byt nøkkelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the passphrase and the store …</source>
        <translation>Kontrollerer passordfrasa og lageret …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting a copy with the new key and checking it …</source>
        <translation>Krypterer ein kopi med den nye nøkkelen og kontrollerer han …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new key into the key file …</source>
        <translation>Skriv den nye nøkkelen i nøkkelfila …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new copy …</source>
        <translation>Byter til den nye kopien …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a new, checked backup …</source>
        <translation>Lagar ein ny, kontrollert tryggingskopi …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the backups under the old key …</source>
        <translation>Slettar tryggingskopiane med den gamle nøkkelen …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The data key could not be changed. Nothing was changed.</source>
        <translation>Datanøkkelen kunne ikkje bytast. Ingenting er endra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data key is changed. An old copy of the key file no longer opens your cases. Unlock with your passphrase.</source>
        <translation>Datanøkkelen er bytt. Ein gammal kopi av nøkkelfila opnar ikkje lenger sakene dine. Lås opp med passordfrasa di.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new backup was made; %n backups under the old key were deleted.</source>
        <translation>
            <numerusform>Ein ny tryggingskopi er laga; %n tryggingskopi med den gamle nøkkelen er sletta.</numerusform>
            <numerusform>Ein ny tryggingskopi er laga; %n tryggingskopiar med den gamle nøkkelen er sletta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery by IT works with the new key.</source>
        <translation>Gjenoppretting ved IT verkar med den nye nøkkelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery by IT was of the old kind and is no longer set up: ask IT to set it up again.</source>
        <translation>Gjenopprettinga ved IT var av den gamle sorten og er ikkje lenger sett opp: be IT setja ho opp att.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust.py" line="-142"/>
        <source>Restore a backup</source>
        <translation>Hent fram ein tryggingskopi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to bring back. The store you have now is put aside in the folder “aside”, not deleted.</source>
        <translation>Vel tryggingskopien som skal hentast fram. Lageret du har no, vert lagt til side i datamappa, ikkje sletta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups, newest first</source>
        <translation>Tryggingskopiar, nyaste først</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase</source>
        <translation>Passordfrasa di</translation>
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
        <translation>Det finst ingen tryggingskopiar enno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made by hand</source>
        <translation>laga for hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a deletion</source>
        <translation>etter ei sletting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a key change</source>
        <translation>etter nøkkelbyte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>før ei gjenoppretting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>før ei oppdatering</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>Tryggingskopien kunne ikkje hentast fram. Ingenting er endra.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/evaluation/review.py" line="+237"/>
        <source>Since last time</source>
        <translation>Sidan sist</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <location filename="../../ui/evaluation/review_row.py" line="+235"/>
        <source>by %1</source>
        <translation>innan %1</translation>
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
        <translation>Ikkje gjort</translation>
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
        <translation>Held fram</translation>
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
        <translation>ikkje markert enno</translation>
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
        <translation>Tastane 1 til 4: 1 gjort, 2 delvis gjort, 3 ikkje gjort, 4 lagt bort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys 1 to 4: 1 reached, 2 keep, 3 new deadline, 4 dropped.</source>
        <translation>Tastane 1 til 4: 1 nådd, 2 held fram, 3 ny frist, 4 lagt bort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab goes to the comment; Enter or Down to the next.</source>
        <translation>Tab går til kommentaren; Enter eller pil ned til den neste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (valfritt)</translation>
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
        <translation>%1 av %2 markerte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Since last time</source>
        <translation>Sidan sist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through what was promised at meeting %1 (%2), together. Keys 1–4 mark the row; Tab to write a comment; Enter for the next.</source>
        <translation>Gå saman gjennom det som vart lova på møte %1 (%2). Tastane 1–4 markerer rada; Tab for å skriva ein kommentar; Enter for den neste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was left open last time.</source>
        <translation>Ingenting stod ope sist.</translation>
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
        <translation>Tiltak og mål frå sist</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="-164"/>
        <source>Saving failed</source>
        <translation>Lagringa feila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again now</source>
        <translation>Prøv igjen no</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../../ui/shell/store_banner.py" line="+25"/>
        <source>The automatic backup could not be made this time; your work is saved as usual. Check that there is free space on the disk.</source>
        <translation>Den automatiske tryggingskopien kunne ikkje lagast denne gongen; arbeidet ditt vert lagra som vanleg. Sjekk at det er ledig plass på disken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit log does not match what Samtaleduk wrote.</source>
        <translation>Revisjonsloggen stemmer ikkje med det Samtaleduk skreiv.</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <location filename="../../ui/controllers/trust.py" line="+74"/>
        <source>D&amp;elete case for good …</source>
        <translation>Sl&amp;ett saka for godt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup …</source>
        <translation>&amp;Hent fram tryggingskopi …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case could not be deleted. Nothing was changed.</source>
        <translation>Saka kunne ikkje slettast. Ingenting er endra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>Ikkje sletta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case deleted</source>
        <translation>Saka er sletta</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Closed cases past the retention time of %n days: %1. Open them under “Closed cases” and choose File › Delete case for good. Nothing is deleted unless you do it.</source>
        <translation>
            <numerusform>Avslutta saker som har passert oppbevaringstida på %n dag: %1. Opna dei under «Avslutta saker» og vel Fil › Slett saka for godt. Ingenting vert sletta utan at du gjer det.</numerusform>
            <numerusform>Avslutta saker som har passert oppbevaringstida på %n dagar: %1. Opna dei under «Avslutta saker» og vel Fil › Slett saka for godt. Ingenting vert sletta utan at du gjer det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup is back. Unlock with your passphrase.</source>
        <translation>Tryggingskopien er henta fram. Lås opp med passordfrasa di.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cases to delete</source>
        <translation>Saker å sletta</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock.py" line="+209"/>
        <source>Show what I type</source>
        <translation>Vis det eg skriv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passordfrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Gjenta passordfrasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passordfrasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the encrypted store …</source>
        <translation>Opnar det krypterte lageret …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo store. The passphrase is: %1</source>
        <translation>Demolager. Passordfrasa er: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase</source>
        <translation>Vel ei passordfrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you write in Samtaleduk is stored encrypted on this computer. The passphrase is the key. A sentence you remember is better than a short word (at least %1 characters).</source>
        <translation>Alt du skriv i Samtaleduk, vert lagra kryptert på denne maskina. Passordfrasa er nøkkelen. Ei setning du hugsar, er betre enn eit kort ord (minst %1 teikn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Important: if the passphrase is lost, the data cannot be opened again — by anyone. The only exception is if your municipality has set up its recovery option. Write the passphrase down and keep it somewhere safe.</source>
        <translation>Viktig: Går passordfrasa tapt, kan ingen opna dataa igjen. Einaste unntaket er om kommunen din har sett opp ordninga si for gjenoppretting. Skriv ned passordfrasa og ta vare på ho på ein trygg stad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create and open</source>
        <translation>Lag og opna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new passphrase</source>
        <translation>Vel ei ny passordfrase</translation>
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
        <translation>Skriv passordfrasa di for å opna sakene dine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase you chose on first start</source>
        <translation>Passordfrasa du valde første gongen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv passordfrasa først.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The store could not read part of its file while you worked. Unlock again: Samtaleduk then checks the whole file first. Nothing has been deleted.</source>
        <translation>Lageret kunne ikkje lesa ein del av fila si medan du arbeidde. Lås opp att: då kontrollerer Samtaleduk heile fila først. Ingenting er sletta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That passphrase did not open the store. Check that Caps Lock is off, and try again.</source>
        <translation>Den passordfrasa opna ikkje lageret. Sjå etter at Caps Lock er av, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store could not be opened. Try again, or restart Samtaleduk.</source>
        <translation>Lageret kunne ikkje opnast. Prøv igjen, eller start Samtaleduk på nytt.</translation>
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
        <translation>Tek tryggingskopi …</translation>
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
