<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/canvas/actions.py" line="+32"/>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/meeting/field_edits.py" line="+130"/>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, or several; the case&apos;s people are offered as you type</source>
        <translation>Type a name, or several; the case&apos;s people are offered as you type</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/meeting/field_edits.py" line="+3"/>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/meeting/field_edits.py" line="+3"/>
        <source>Action status</source>
        <translation>Action status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What will be done? Write, then press Enter</source>
        <translation>What will be done? Write, then press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/consents.py" line="+52"/>
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>given by</source>
        <translation>given by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+1"/>
        <source>What did we agree?</source>
        <translation>What did we agree?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another agreement? Write, then press Enter</source>
        <translation>Another agreement? Write, then press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/domains.py" line="+61"/>
        <location line="+16"/>
        <location filename="../../ui/canvas/presentation_content.py" line="+116"/>
        <source>Life domains</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlights the notes about this part of life</source>
        <translation>Highlights the notes about this part of life</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duk.py" line="+231"/>
        <source>New note in this field</source>
        <translation>New note in this field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field</source>
        <translation>Next field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field</source>
        <translation>Previous field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/frame.py" line="+35"/>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Date for: %1</source>
        <translation>Date for: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty until a date is chosen. Ctrl+Backspace empties it.</source>
        <translation>Empty until a date is chosen. Ctrl+Backspace empties it.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/date_blank.py" line="+159"/>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choose in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Choose a date</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>“%1” is not a date. Write it as 6.10.26 or 06.10.2026; Esc puts back the date that was there.</source>
        <translation>“%1” is not a date. Write it as 6.10.26 or 06.10.2026; Esc puts back the date that was there.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type a date such as 6.10.26 or 06.10.2026. Alt+Down opens a calendar; Ctrl+Backspace empties it.</source>
        <translation>Type a date such as 6.10.26 or 06.10.2026. Alt+Down opens a calendar; Ctrl+Backspace empties it.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/goals.py" line="+26"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by –</source>
        <translation>by –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline for this goal</source>
        <translation>Deadline for this goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own deadline (empty: the field&apos;s date applies)</source>
        <translation>Own deadline (empty: the field&apos;s date applies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/meeting/field_edits.py" line="-23"/>
        <source>Goal status</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/helpers.py" line="+23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helper&apos;s name</source>
        <translation>Helper&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation or service</source>
        <translation>Relation or service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helps with</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>helper</source>
        <translation>helper</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name, relation, helps with — then Enter</source>
        <translation>Name, relation, helps with — then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_model.py" line="+122"/>
        <source>Life domain: %1</source>
        <translation>Life domain: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Said by: %1</source>
        <translation>Said by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/notes.py" line="+81"/>
        <location filename="../../ui/canvas/rows.py" line="+218"/>
        <source>Write, then press Enter</source>
        <translation>Write, then press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_list.py" line="+183"/>
        <location filename="../../ui/meeting/field_edits.py" line="-38"/>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter keeps the text, Shift+Enter starts a new line, Esc puts it back.</source>
        <translation>Enter keeps the text, Shift+Enter starts a new line, Esc puts it back.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/notes.py" line="+31"/>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F2 edits, Delete deletes, Ctrl+D life domain, Ctrl+K who said it, Ctrl+Alt+arrows move, the menu key opens more</source>
        <translation>F2 edits, Delete deletes, Ctrl+D life domain, Ctrl+K who said it, Ctrl+Alt+arrows move, the menu key opens more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+D and Ctrl+K tag the note you write, or, with the line empty, the note just added.</source>
        <translation>Ctrl+D and Ctrl+K tag the note you write, or, with the line empty, the note just added.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/canvas/rows.py" line="-87"/>
        <location filename="../../ui/meeting/session.py" line="+238"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duk.py" line="+3"/>
        <location filename="../../ui/canvas/notes.py" line="-80"/>
        <location filename="../../ui/meeting/field_edits.py" line="+3"/>
        <source>Life domain</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_tags.py" line="+56"/>
        <source>This field has no life domains</source>
        <translation>This field has no life domains</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>New note gets: %1</source>
        <translation>New note gets: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Take the tags off the new note</source>
        <translation>Take the tags off the new note</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duk.py" line="+1"/>
        <location filename="../../ui/canvas/notes.py" line="+8"/>
        <location filename="../../ui/meeting/field_edits.py" line="+4"/>
        <location line="+9"/>
        <source>Who said it</source>
        <translation>Who said it</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_tags.py" line="-50"/>
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/participants.py" line="+73"/>
        <source>Name, role — then Enter</source>
        <translation>Name, role — then Enter</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+21"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/rows.py" line="-1"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/textdate.py" line="+76"/>
        <location line="+1"/>
        <source>The next step</source>
        <translation>The next step</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who does what? Write, then press Enter</source>
        <translation>Who does what? Write, then press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/change_marks.py" line="+65"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly done</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+22"/>
        <source>Moved to «%1»</source>
        <translation>Moved to «%1»</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Moved from «%1»</source>
        <translation>Moved from «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/session.py" line="-78"/>
        <source>Could not save. Everything is still here on screen; trying again…</source>
        <translation>Could not save. Everything is still here on screen; trying again…</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+2"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/field_edits.py" line="-20"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New helper</source>
        <translation>New helper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit helper</source>
        <translation>Edit helper</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/people.py" line="+52"/>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../ui/meeting/field_edits.py" line="+19"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/presentation_sheet.py" line="+126"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ next</source>
        <translation>→ next</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="+31"/>
        <source>Crypto library</source>
        <translation>Crypto library</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="+319"/>
        <location line="+12"/>
        <source>Access: a copy for the family</source>
        <translation>Access: a copy for the family</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Everything Samtaleduk holds about this family — every meeting as a PDF, the journey, and all details with their history and the log — is written to a new folder inside the one you choose. The files are not encrypted: hand them over safely.</source>
        <translation>Everything Samtaleduk holds about this family — every meeting as a PDF, the journey, and all details with their history and the log — is written to a new folder inside the one you choose. The files are not encrypted: hand them over safely.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;In the folder</source>
        <translation>&amp;In the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the folder</source>
        <translation>In the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the copy</source>
        <translation>&amp;Write the copy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the copy: one PDF per meeting …</source>
        <translation>Writing the copy: one PDF per meeting …</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Written: %n files in the folder %1.</source>
        <translation>
            <numerusform>Written: %n file in the folder %1.</numerusform>
            <numerusform>Written: %n files in the folder %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy could not be written. Check the folder and try again.</source>
        <translation>The copy could not be written. Check the folder and try again.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/app.py" line="+74"/>
        <source>The data folder cannot be used</source>
        <translation>The data folder cannot be used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk could not create its data folder %1 (%2). Nothing was changed. Ask IT for a folder you may write in, or start Samtaleduk with --data-dir and another folder.</source>
        <translation>Samtaleduk could not create its data folder %1 (%2). Nothing was changed. Ask IT for a folder you may write in, or start Samtaleduk with --data-dir and another folder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder cannot be written</source>
        <translation>The data folder cannot be written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk cannot write in the data folder %1 (no write rights, or the disk is read-only or full). You can open and read your cases, but nothing new can be saved until this is fixed. Nothing was changed.</source>
        <translation>Samtaleduk cannot write in the data folder %1 (no write rights, or the disk is read-only or full). You can open and read your cases, but nothing new can be saved until this is fixed. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtaleduk is already open</source>
        <translation>Samtaleduk is already open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtaleduk is already open on this computer, in another window. Switch to that window to go on.

Only one window at a time may use the same cases, so that nothing written in one is lost in the other.</source>
        <translation>Samtaleduk is already open on this computer, in another window. Switch to that window to go on.

Only one window at a time may use the same cases, so that nothing written in one is lost in the other.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/pages/case_list_model.py" line="+155"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duk</source>
        <translation>Duk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no meetings yet</source>
        <translation>no meetings yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/pages/case_list.py" line="+164"/>
        <location line="+18"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;New case …</source>
        <translation>&amp;New case …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, or a word from the duk</source>
        <translation>Name, or a word from the duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finds cases by name, member or anything written in their meetings</source>
        <translation>Finds cases by name, member or anything written in their meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show open, closed or all cases</source>
        <translation>Show open, closed or all cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Enter to open the selected case</source>
        <translation>Press Enter to open the selected case</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No cases yet. Choose “New case” to start with a family or a child.</source>
        <translation>No cases yet. Choose “New case” to start with a family or a child.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case matches the search or the filter.</source>
        <translation>No case matches the search or the filter.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/pages/case_page.py" line="+281"/>
        <source>← &amp;Cases</source>
        <translation>← &amp;Cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the case list</source>
        <translation>Back to the case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meeting …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open meeting</source>
        <translation>&amp;Open meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare …</source>
        <translation>Co&amp;mpare …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two meetings</source>
        <translation>Compare two meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;journey …</source>
        <translation>The &amp;journey …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journey of the case</source>
        <translation>The journey of the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings of the case, newest first</source>
        <translation>Meetings of the case, newest first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected meeting</source>
        <translation>Press Enter to open the selected meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings yet. Choose “New meeting” when the family is at the table.</source>
        <translation>No meetings yet. Choose “New meeting” when the family is at the table.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Open the case again</source>
        <translation>Open the case again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closed case is kept, and shown under “Closed cases”</source>
        <translation>A closed case is kept, and shown under “Closed cases”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One child or person</source>
        <translation>One child or person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Led by %1</source>
        <translation>Led by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&amp;People of the case …</source>
        <translation>&amp;People of the case …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See, correct and remove the people of the case (%1)</source>
        <translation>See, correct and remove the people of the case (%1)</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/evaluation/comparison.py" line="+321"/>
        <location line="+22"/>
        <source>Compare meetings — %1</source>
        <translation>Compare meetings — %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Print the evaluation …</source>
        <translation>&amp;Print the evaluation …</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location line="-111"/>
        <source>No meetings yet.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Meeting %1 with the changes since meeting %2</source>
        <translation>Meeting %1 with the changes since meeting %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Meeting %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The duker, changes marked</source>
        <translation>The duker, changes marked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare meetings</source>
        <translation>Compare meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From meeting</source>
        <translation>&amp;From meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To meeting</source>
        <translation>&amp;To meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The earlier meeting</source>
        <translation>The earlier meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later meeting</source>
        <translation>The later meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One duk with the changes &amp;inline</source>
        <translation>Show one duk with the changes &amp;marked</translation>
    </message>
</context>
<context>
    <name>DamageGuard</name>
    <message>
        <location filename="../../ui/controllers/store_damage.py" line="+91"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust.py" line="+186"/>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” for good?</source>
        <translation>Delete “%1” for good?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand that this cannot be undone</source>
        <translation>I understand that this cannot be undone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting, then making a new backup …</source>
        <translation>Deleting, then making a new backup …</translation>
    </message>
</context>
<context>
    <name>DukProblemsDialog</name>
    <message>
        <location filename="../../ui/dialogs/duk_problems.py" line="+59"/>
        <source>Problems with duk files</source>
        <translation>Problems with duk files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in duk files: %1. These files are left out; a case that used one goes on with the version stored with its meetings, so nothing is lost. Correct the files (check one with: samtaleduk duker check FILE).</source>
        <translation>Problems found in duk files: %1. These files are left out; a case that used one goes on with the version stored with its meetings, so nothing is lost. Correct the files (check one with: samtaleduk duker check FILE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some duk files were changed without raising their version. Cases, prints and new meetings use the stored version; raise “version” in the file to use the changes.</source>
        <translation>Some duk files were changed without raising their version. Cases, prints and new meetings use the stored version; raise “version” in the file to use the changes.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="-259"/>
        <location line="+18"/>
        <source>Hand the case over</source>
        <translation>Hand the case over</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The case, with all its meetings and their history, is written to one encrypted file for the colleague who takes over. Choose a passphrase for this file only (at least %1 characters). The colleague needs it to open the file: give it to them another way than the file itself, for example by phone.</source>
        <translation>The case, with all its meetings and their history, is written to one encrypted file for the colleague who takes over. Choose a passphrase for this file only (at least %1 characters). The colleague needs it to open the file: give it to them another way than the file itself, for example by phone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase for the file</source>
        <translation>&amp;Passphrase for the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the file</source>
        <translation>Passphrase for the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the case file</source>
        <translation>&amp;Write the case file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samtaleduk case files (*.samtaleduk)</source>
        <translation>Samtaleduk case files (*.samtaleduk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the case file.</source>
        <translation>Choose where to save the case file.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Encrypting the case file …</source>
        <translation>Encrypting the case file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history is too big for one file; encrypting the case without it …</source>
        <translation>The history is too big for one file; encrypting the case without it …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case file is saved as %1. Remember: the colleague also needs the passphrase.</source>
        <translation>The case file is saved as %1. Remember: the colleague also needs the passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of the meetings was too big for one file and was left out; every meeting is in the file as last saved.</source>
        <translation>The history of the meetings was too big for one file and was left out; every meeting is in the file as last saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case file could not be written. Nothing was saved.</source>
        <translation>The case file could not be written. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../ui/controllers/handover.py" line="+60"/>
        <source>&amp;Hand the case over …</source>
        <translation>&amp;Hand the case over …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rece&amp;ive a case …</source>
        <translation>Rece&amp;ive a case …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access (copy for the family) …</source>
        <translation>&amp;Access (copy for the family) …</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../ui/controllers/lock.py" line="+106"/>
        <source>Locks in %1 s — press a key to go on</source>
        <translation>Locks in %1 s — press a key to go on</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="+29"/>
        <location line="+13"/>
        <source>Receive a case</source>
        <translation>Receive a case</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose the case file a colleague gave you, and type the passphrase they chose for it. The whole file is checked before anything is saved.</source>
        <translation>Choose the case file a colleague gave you, and type the passphrase they chose for it. The whole file is checked before anything is saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase for the file</source>
        <translation>&amp;Passphrase for the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the file</source>
        <translation>Passphrase for the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive the case</source>
        <translation>&amp;Receive the case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samtaleduk case files (*.samtaleduk);;All files (*)</source>
        <translation>Samtaleduk case files (*.samtaleduk);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the case file first.</source>
        <translation>Choose the case file first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase for the file first.</source>
        <translation>Type the passphrase for the file first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening and checking the case file …</source>
        <translation>Opening and checking the case file …</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The case is received: %n meetings.</source>
        <translation>
            <numerusform>The case is received: %n meeting.</numerusform>
            <numerusform>The case is received: %n meetings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case that was here before has been replaced.</source>
        <translation>The case that was here before has been replaced.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case file could not be received. Nothing was saved.</source>
        <translation>The case file could not be received. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case is already here</source>
        <translation>The case is already here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is already in Samtaleduk on this computer. Keep both (the received one is saved as a copy), or replace the one here with the received one? Replacing deletes the one here completely.</source>
        <translation>This case is already in Samtaleduk on this computer. Keep both (the received one is saved as a copy), or replace the one here with the received one? Replacing deletes the one here completely.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was received.</source>
        <translation>Nothing was received.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/dialogs/invitation.py" line="+146"/>
        <source>Invitation to the next meeting</source>
        <translation>Invitation to the next meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar &amp;file …</source>
        <translation>Calendar &amp;file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the invitation</source>
        <translation>Preview of the invitation</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The preview could not be made.</source>
        <translation>The preview could not be made.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The calendar file needs a date.</source>
        <translation>The calendar file needs a date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save calendar file</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>The printer did not take the print. Check that it is on and connected, and try again.</translation>
    </message>
</context>
<context>
    <name>InvitationForm</name>
    <message>
        <location filename="../../ui/dialogs/invitation_form.py" line="+132"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length (&amp;minutes)</source>
        <translation>Length (&amp;minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;contact line</source>
        <translation>Your &amp;contact line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Invited</source>
        <translation>&amp;Invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, role, phone</source>
        <translation>Name, role, phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name the case in the calendar title</source>
        <translation>&amp;Name the case in the calendar title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the place in the calendar &amp;entry</source>
        <translation>Put the place in the calendar &amp;entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar file is for your own calendar. Its title is only “Meeting”, with no place, unless you tick the boxes: calendars are often kept on a server.</source>
        <translation>The calendar file is for your own calendar. Its title is only “Meeting”, with no place, unless you tick the boxes: calendars are often kept on a server.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a date; write e.g. 17.06.2026.</source>
        <translation>“%1” is not a date; write e.g. 17.06.2026.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a time of day; write e.g. 13.00.</source>
        <translation>“%1” is not a time of day; write e.g. 13:00.</translation>
    </message>
</context>
<context>
    <name>JourneyDialog</name>
    <message>
        <location filename="../../ui/evaluation/journey.py" line="+372"/>
        <location line="+14"/>
        <source>The journey — %1</source>
        <translation>The journey — %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Print the journey …</source>
        <translation>&amp;Print the journey …</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location line="-225"/>
        <source>Meeting %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First written in %1</source>
        <translation>First written in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back, in %1</source>
        <translation>Back, in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved from %1 to %2</source>
        <translation>Moved from %1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New words: %1</source>
        <translation>New words: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: %1 → %2</source>
        <translation>Deadline: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who does it: %1 → %2</source>
        <translation>Who does it: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from %1</source>
        <translation>Removed from %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its field %1 is not on the newer duk</source>
        <translation>Its field %1 is not on the newer duk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Life domain: %1 → %2</source>
        <translation>Life domain: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose voice: %1 → %2</source>
        <translation>Whose voice: %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed at meeting %1</source>
        <translation>Removed at meeting %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journey of the case</source>
        <translation>The journey of the case</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n meetings, %2 – %3</source>
        <translation>
            <numerusform>%1 · %n meeting, %2 – %3</numerusform>
            <numerusform>%1 · %n meetings, %2 – %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much stood where, &amp;meeting by meeting</source>
        <translation>How much stood where, &amp;meeting by meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of items per field and per life domain</source>
        <translation>Number of items per field and per life domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each goal, action and note &amp;went</source>
        <translation>How each goal, action and note &amp;went</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, actions and notes with their paths</source>
        <translation>Goals, actions and notes with their paths</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what &amp;changed</source>
        <translation>Only what &amp;changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it ended</source>
        <translation>Where it ended</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Life domains (notes)</source>
        <translation>Life domains (notes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No life domain</source>
        <translation>No life domain</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../../ui/controllers/letters.py" line="+72"/>
        <source>&amp;Invitation to the next meeting …</source>
        <translation>&amp;Invitation to the next meeting …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes for the &amp;record …</source>
        <translation>Minutes for the &amp;record …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No meeting yet</source>
        <translation>No meeting yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case has no meeting yet. Start one with File › New meeting.</source>
        <translation>This case has no meeting yet. Start one with File › New meeting.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../ui/controllers/lock.py" line="+112"/>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the window after this many minutes without input (%1–%2):</source>
        <translation>Lock the window after this many minutes without input (%1–%2):</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/shell/menus.py" line="+119"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case …</source>
        <translation>&amp;New case …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;meeting …</source>
        <translation>New &amp;meeting …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople of the case …</source>
        <translation>P&amp;eople of the case …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case list</source>
        <translation>&amp;Case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since last time …</source>
        <translation>&amp;Since last time …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bet&amp;ween meetings</source>
        <translation>Bet&amp;ween meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Samtaleduk</source>
        <translation>&amp;About Samtaleduk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="-12"/>
        <source>About Samtaleduk</source>
        <translation>About Samtaleduk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Samtaleduk %1&lt;/h3&gt;&lt;p&gt;Conversation canvases for family-team meetings and first conversations, built on Asker velferdslab&apos;s paper duk.&lt;/p&gt;&lt;p&gt;Works offline. Everything is stored encrypted on this computer.&lt;/p&gt;&lt;p&gt;Font: DejaVu Sans (free licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Samtaleduk %1&lt;/h3&gt;&lt;p&gt;Conversation canvases for family-team meetings and first conversations, built on Asker velferdslab&apos;s paper duk.&lt;/p&gt;&lt;p&gt;Works offline. Everything is stored encrypted on this computer.&lt;/p&gt;&lt;p&gt;Font: DejaVu Sans (free licence).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="-14"/>
        <source>Lock a&amp;fter …</source>
        <translation>Lock a&amp;fter …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="+301"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest changes to this meeting could not be saved. If you go on, they are lost. Stay in the meeting and try again?</source>
        <translation>The latest changes to this meeting could not be saved. If you go on, they are lost. Stay in the meeting and try again?</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/pages/meeting_page.py" line="+68"/>
        <source>← Back to the &amp;case</source>
        <translation>← Back to the &amp;case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the case and its meetings</source>
        <translation>Back to the case and its meetings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · meeting %2 · %3</source>
        <translation>%1 · meeting %2 · %3</translation>
    </message>
</context>
<context>
    <name>MeetingTimelineModel</name>
    <message>
        <location filename="../../ui/pages/case_page.py" line="-198"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duk</source>
        <translation>Duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there</source>
        <translation>Who was there</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="+198"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presentation mode (F5)</source>
        <translation>Presentation mode (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom %1 percent</source>
        <translation>Zoom %1 percent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
</context>
<context>
    <name>MiniDuk</name>
    <message>
        <location filename="../../ui/evaluation/mini_duk.py" line="+193"/>
        <source>Fields that are not on this duk</source>
        <translation>Fields that are not on this duk</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../ui/dialogs/minutes.py" line="+63"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Minutes for the record</source>
        <translation>Minutes for the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the service&apos;s record system or Stafettloggen. The notes are not included. What you copy is removed from the clipboard when Samtaleduk locks.</source>
        <translation>For the service&apos;s record system or Stafettloggen. The notes are not included. What you copy is removed from the clipboard when Samtaleduk locks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as text …</source>
        <translation>&amp;Save as text …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copied. Paste it into the record system.</source>
        <translation>Copied. Paste it into the record system.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save minutes</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="+147"/>
        <location line="+1"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of case:</source>
        <translation>Kind of case:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One child or person</source>
        <translation>&amp;One child or person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name on each line</source>
        <translation>One name on each line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Led by:</source>
        <translation>&amp;Led by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (familielos, teacher, …)</source>
        <translation>Your name (familielos, teacher, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the duk:</source>
        <translation>&amp;Language of the duk:</translation>
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
        <translation>Create case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>&amp;Name of the case:</source>
        <translation>&amp;Name of the case:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>For example: Familien Haugland</source>
        <translation>For example: Familien Haugland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family &amp;members:</source>
        <translation>Family &amp;members:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Jonas</source>
        <translation>For example: Jonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, and &amp;family:</source>
        <translation>Full name, and &amp;family:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write a name for the case, so you can find it again.</source>
        <translation>Write a name for the case, so you can find it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no duk for this kind of case. Check the duker folder.</source>
        <translation>There is no duk for this kind of case. Check the duker folder.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="+231"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting with %1</source>
        <translation>New meeting with %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uk:</source>
        <translation>D&amp;uk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from the last duk (meeting %1, %2)</source>
        <translation>&amp;Continue from the last duk (meeting %1, %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes, goals, helpers and open actions come along, so you can go through what was done and what remains.</source>
        <translation>Notes, goals, helpers and open actions come along, so you can go through what was done and what remains.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue from the last duk</source>
        <translation>&amp;Continue from the last duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first meeting of the case.</source>
        <translation>This is the first meeting of the case.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a &amp;blank duk</source>
        <translation>Start with a &amp;blank duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is here today?</source>
        <translation>Who is here today?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick those who are at the table. You can add others on the duk.</source>
        <translation>Tick those who are at the table. You can add others on the duk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people at the table on the duk.</source>
        <translation>Add the people at the table on the duk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meeting</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You chose another duk than the last meeting&apos;s.</source>
        <translation>You chose another duk than the last meeting&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These notes from meeting %1 have no place on this duk and will not be on the new canvas (they stay in meeting %1): %2</source>
        <translation>These notes from meeting %1 have no place on this duk and will not be on the new canvas (they stay in meeting %1): %2</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/tools/new_passphrase.py" line="+24"/>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>The passphrase must be at least %1 characters long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase is too easy to guess (common words, names, numbers in a row or keyboard patterns). Choose a sentence you remember: four or five words that do not usually go together.</source>
        <translation>This passphrase is too easy to guess (common words, names, numbers in a row or keyboard patterns). Choose a sentence you remember: four or five words that do not usually go together.</translation>
    </message>
</context>
<context>
    <name>OverviewActions</name>
    <message>
        <location filename="../../ui/controllers/overview.py" line="+83"/>
        <source>My cases &amp;now …</source>
        <translation>My cases &amp;now …</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/overview.py" line="+139"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>My cases now</source>
        <translation>My cases now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Arrow keys move, Enter opens the meeting at the line&apos;s field, typing a case&apos;s name jumps to it.</source>
        <translation>Arrow keys move, Enter opens the meeting at the line&apos;s field, typing a case&apos;s name jumps to it.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reading the cases …</source>
        <translation>Reading the cases …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions past their date</source>
        <translation>Actions past their date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions due in the next 14 days</source>
        <translation>Actions due in the next 14 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals whose deadline has passed</source>
        <translation>Goals whose deadline has passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents expired or expiring within 30 days</source>
        <translation>Consents expired or expiring within 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases with no next meeting</source>
        <translation>Cases with no next meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no meeting yet</source>
        <translation>no meeting yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting %1</source>
        <translation>meeting %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing here now.</source>
        <translation>Nothing here now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the next meeting</source>
        <translation>Set the next meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
</context>
<context>
    <name>OverviewPrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/overview_print.py" line="+87"/>
        <source>Print my cases now</source>
        <translation>Print my cases now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the preview …</source>
        <translation>Making the preview …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview could not be made.</source>
        <translation>The preview could not be made.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+32"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>The printer did not take the print. Check that it is on and connected, and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to the printer: %1</source>
        <translation>Sent to the printer: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/people.py" line="+216"/>
        <source>People of the case</source>
        <translation>People of the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of %1</source>
        <translation>People of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type over a name to correct it (or press F2). Delete removes the selected people, Insert adds a row. Those removed are no longer offered in meetings.</source>
        <translation>Type over a name to correct it (or press F2). Delete removes the selected people, Insert adds a row. Those removed are no longer offered in meetings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members of the case:</source>
        <translation>&amp;Members of the case:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Members of the case</source>
        <translation>Members of the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New member — then Enter</source>
        <translation>New member — then Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants known from the meetings:</source>
        <translation>&amp;Participants known from the meetings:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants known from the meetings</source>
        <translation>Participants known from the meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, role — then Enter</source>
        <translation>Name, role — then Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not save: a name is too long, or there are too many people.</source>
        <translation>Could not save: a name is too long, or there are too many people.</translation>
    </message>
</context>
<context>
    <name>PilotReportActions</name>
    <message>
        <location filename="../../ui/controllers/pilot.py" line="+58"/>
        <source>&amp;Pilot figures …</source>
        <translation>&amp;Pilot figures …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is locked.</source>
        <translation>The store is locked.</translation>
    </message>
</context>
<context>
    <name>PilotReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/pilot_report.py" line="+107"/>
        <source>Pilot figures</source>
        <translation>Pilot figures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous figures for the municipality over a period: cases, meetings, goals, actions and consents. No names and no free text; every count under 5 reads “&lt; 5”.</source>
        <translation>Anonymous figures for the municipality over a period: cases, meetings, goals, actions and consents. No names and no free text; every count under 5 reads “&lt; 5”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the report</source>
        <translation>&amp;Language of the report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Count the figures</source>
        <translation>&amp;Count the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CS&amp;V …</source>
        <translation>Save as CS&amp;V …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures</source>
        <translation>The figures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the period and press Enter to count the figures.</source>
        <translation>Choose the period and press Enter to count the figures.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the figures …</source>
        <translation>Counting the figures …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The figures could not be counted.</source>
        <translation>The figures could not be counted.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the pilot figures as PDF</source>
        <translation>Save the pilot figures as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the pilot figures as CSV</source>
        <translation>Save the pilot figures as CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be saved.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/canvas/presentation.py" line="+55"/>
        <source>Leave presentation mode</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Esc to leave</source>
        <translation>Press Esc to leave</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="+188"/>
        <location line="+126"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Print …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the print</source>
        <translation>Preview of the print</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making the preview …</source>
        <translation>Making the preview …</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+135"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="-133"/>
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The preview could not be made.</source>
        <translation>The preview could not be made.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+92"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+85"/>
        <source>The PDF could not be saved. Nothing was written.</source>
        <translation>The PDF could not be saved. Nothing was written.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The preview could not be shown.</source>
        <translation>The preview could not be shown.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The printer did not take the print. Check that it is on and connected, and try again.</source>
        <translation>The printer did not take the print. Check that it is on and connected, and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to the printer: %1</source>
        <translation>Sent to the printer: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <location filename="../../ui/dialogs/print_options.py" line="+132"/>
        <source>What to print</source>
        <translation>What to print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;duk of this meeting</source>
        <translation>The &amp;duk of this meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evaluation against meeting %1</source>
        <translation>&amp;Evaluation against meeting %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Evaluation against the meeting before</source>
        <translation>&amp;Evaluation against the meeting before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first meeting of the case: there is nothing to compare with yet.</source>
        <translation>This is the first meeting of the case: there is nothing to compare with yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who does what until next time</source>
        <translation>&amp;Who does what until next time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case&apos;s &amp;journey (all meetings so far)</source>
        <translation>The case&apos;s &amp;journey (all meetings so far)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;blank duk (for a meeting on paper)</source>
        <translation>A &amp;blank duk (for a meeting on paper)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
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
        <translation>Leave out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a copy for someone else, e.g. the school. What is left out is named on every page.</source>
        <translation>For a copy for someone else, e.g. the school. What is left out is named on every page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life domains</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/canvas/read_only.py" line="+61"/>
        <source>An earlier meeting — read only</source>
        <translation>An earlier meeting — read only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit this meeting</source>
        <translation>&amp;Edit this meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this meeting</source>
        <translation>Edit this meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes this earlier meeting editable; the change is noted in the audit log</source>
        <translation>Makes this earlier meeting editable; the change is noted in the audit log</translation>
    </message>
</context>
<context>
    <name>RekeyActions</name>
    <message>
        <location filename="../../ui/controllers/rekey.py" line="+56"/>
        <source>Change the data &amp;key …</source>
        <translation>Change the data &amp;key …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The data key is changed. Unlock with your passphrase.</source>
        <translation>The data key is changed. Unlock with your passphrase.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change the data key?</source>
        <translation>Change the data key?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT set your passphrase with the recovery key. Anyone with your old passphrase and a copy of the key file can still open your cases until the data key is changed. Change it now? The app locks while it is done.</source>
        <translation>IT set your passphrase with the recovery key. Anyone with your old passphrase and a copy of the key file can still open your cases until the data key is changed. Change it now? The app locks while it is done.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/rekey.py" line="+42"/>
        <source>Change the data key</source>
        <translation>Change the data key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your cases get a new encryption key. Afterwards an old copy of the key file, with an old passphrase, no longer opens them, and the backups are made again under the new key. Your passphrase stays the same. Do this after IT has reset your passphrase, or if a copy of the key file may have gone astray.</source>
        <translation>Your cases get a new encryption key. Afterwards an old copy of the key file, with an old passphrase, no longer opens them, and the backups are made again under the new key. Your passphrase stays the same. Do this after IT has reset your passphrase, or if a copy of the key file may have gone astray.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange the key</source>
        <translation>C&amp;hange the key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the passphrase and the store …</source>
        <translation>Checking the passphrase and the store …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting a copy with the new key and checking it …</source>
        <translation>Encrypting a copy with the new key and checking it …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the new key into the key file …</source>
        <translation>Writing the new key into the key file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching to the new copy …</source>
        <translation>Switching to the new copy …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a new, checked backup …</source>
        <translation>Making a new, checked backup …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the backups under the old key …</source>
        <translation>Deleting the backups under the old key …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The data key could not be changed. Nothing was changed.</source>
        <translation>The data key could not be changed. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data key is changed. An old copy of the key file no longer opens your cases. Unlock with your passphrase.</source>
        <translation>The data key is changed. An old copy of the key file no longer opens your cases. Unlock with your passphrase.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A new backup was made; %n backups under the old key were deleted.</source>
        <translation>
            <numerusform>A new backup was made; %n backup under the old key was deleted.</numerusform>
            <numerusform>A new backup was made; %n backups under the old key were deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery by IT works with the new key.</source>
        <translation>Recovery by IT works with the new key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery by IT was of the old kind and is no longer set up: ask IT to set it up again.</source>
        <translation>Recovery by IT was of the old kind and is no longer set up: ask IT to set it up again.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/trust.py" line="-142"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to bring back. The store you have now is put aside in the folder “aside”, not deleted.</source>
        <translation>Choose the backup to bring back. The store you have now is put aside in the data folder, not deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a deletion</source>
        <translation>after a deletion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a key change</source>
        <translation>after a key change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>The backup could not be restored. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/evaluation/review.py" line="+237"/>
        <source>Since last time</source>
        <translation>Since last time</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <location filename="../../ui/evaluation/review_row.py" line="+235"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>the deadline has passed</source>
        <translation>the deadline has passed</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly done</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>not marked yet</source>
        <translation>not marked yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys 1 to 4: 1 done, 2 partly done, 3 not done, 4 dropped.</source>
        <translation>Keys 1 to 4: 1 done, 2 partly done, 3 not done, 4 dropped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys 1 to 4: 1 reached, 2 keep, 3 new deadline, 4 dropped.</source>
        <translation>Keys 1 to 4: 1 reached, 2 keep, 3 new deadline, 4 dropped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab goes to the comment; Enter or Down to the next.</source>
        <translation>Tab goes to the comment; Enter or Down to the next.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on: %1</source>
        <translation>Comment on: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deadline for: %1</source>
        <translation>New deadline for: %1</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../ui/evaluation/review.py" line="-42"/>
        <source>%1 of %2 marked</source>
        <translation>%1 of %2 marked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Since last time</source>
        <translation>Since last time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through what was promised at meeting %1 (%2), together. Keys 1–4 mark the row; Tab to write a comment; Enter for the next.</source>
        <translation>Go through what was promised at meeting %1 (%2), together. Keys 1–4 mark the row; Tab to write a comment; Enter for the next.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was left open last time.</source>
        <translation>Nothing was left open last time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done — go to the duk</source>
        <translation>Done — go to the duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review done, go to the duk</source>
        <translation>Review done, go to the duk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions and goals from last time</source>
        <translation>Actions and goals from last time</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../ui/canvas/view.py" line="-164"/>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../../ui/shell/store_banner.py" line="+25"/>
        <source>The automatic backup could not be made this time; your work is saved as usual. Check that there is free space on the disk.</source>
        <translation>The automatic backup could not be made this time; your work is saved as usual. Check that there is free space on the disk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit log does not match what Samtaleduk wrote.</source>
        <translation>The audit log does not match what Samtaleduk wrote.</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <location filename="../../ui/controllers/trust.py" line="+74"/>
        <source>D&amp;elete case for good …</source>
        <translation>D&amp;elete case for good …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup …</source>
        <translation>&amp;Restore a backup …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case could not be deleted. Nothing was changed.</source>
        <translation>The case could not be deleted. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case deleted</source>
        <translation>Case deleted</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Closed cases past the retention time of %n days: %1. Open them under “Closed cases” and choose File › Delete case for good. Nothing is deleted unless you do it.</source>
        <translation>
            <numerusform>Closed cases past the retention time of %n day: %1. Open them under “Closed cases” and choose File › Delete case for good. Nothing is deleted unless you do it.</numerusform>
            <numerusform>Closed cases past the retention time of %n days: %1. Open them under “Closed cases” and choose File › Delete case for good. Nothing is deleted unless you do it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup is back. Unlock with your passphrase.</source>
        <translation>The backup is back. Unlock with your passphrase.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cases to delete</source>
        <translation>Cases to delete</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock.py" line="+209"/>
        <source>Show what I type</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the passphrase</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the encrypted store …</source>
        <translation>Opening the encrypted store …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo store. The passphrase is: %1</source>
        <translation>Demo store. The passphrase is: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you write in Samtaleduk is stored encrypted on this computer. The passphrase is the key. A sentence you remember is better than a short word (at least %1 characters).</source>
        <translation>Everything you write in Samtaleduk is stored encrypted on this computer. The passphrase is the key. A sentence you remember is better than a short word (at least %1 characters).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Important: if the passphrase is lost, the data cannot be opened again — by anyone. The only exception is if your municipality has set up its recovery option. Write the passphrase down and keep it somewhere safe.</source>
        <translation>Important: if the passphrase is lost, the data cannot be opened again — by anyone. The only exception is if your municipality has set up its recovery option. Write the passphrase down and keep it somewhere safe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create and open</source>
        <translation>Create and open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new passphrase</source>
        <translation>Choose a new passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type your passphrase to open your cases.</source>
        <translation>Type your passphrase to open your cases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase you chose on first start</source>
        <translation>The passphrase you chose on first start</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The store could not read part of its file while you worked. Unlock again: Samtaleduk then checks the whole file first. Nothing has been deleted.</source>
        <translation>The store could not read part of its file while you worked. Unlock again: Samtaleduk then checks the whole file first. Nothing has been deleted.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That passphrase did not open the store. Check that Caps Lock is off, and try again.</source>
        <translation>That passphrase did not open the store. Check that Caps Lock is off, and try again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store could not be opened. Try again, or restart Samtaleduk.</source>
        <translation>The store could not be opened. Try again, or restart Samtaleduk.</translation>
    </message>
</context>
<context>
    <name>UpkeepController</name>
    <message>
        <location filename="../../ui/controllers/upkeep.py" line="+198"/>
        <source>Checking the store …</source>
        <translation>Checking the store …</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Making a backup …</source>
        <translation>Making a backup …</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../ui/dialogs/work.py" line="+106"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
