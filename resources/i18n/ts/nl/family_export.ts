<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>FamilyExport</name>
    <message>
        <location filename="../../../../wishdesk/gui/family_export.py" line="31" />
        <source>Family data (right of access)</source>
        <translation>Gegevens van het gezin (AVG-inzage)</translation>
    </message>
</context>
</TS>