<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Nynorsk for the words of Qt's own dialogs that qtbase_nn.qm lacks (they showed in
     English) or has in a form the app does not use: asked before qtbase_nn in the
     nynorsk UI. Contexts, sources and
     disambiguations are Qt's own. -->
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Leit i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typen:</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordna mappe</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Filmappe</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Don't Save</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk utan å lagra</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Side&amp;sett:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Output &amp;file:</source>
        <translation>Skriv til &amp;fil:</translation>
    </message>
</context>
</TS>
