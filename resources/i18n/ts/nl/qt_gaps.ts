<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="21" />
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="22" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="23" />
        <source>%1 File</source>
        <translation>%1-bestand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="24" />
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="18" />
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="19" />
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>