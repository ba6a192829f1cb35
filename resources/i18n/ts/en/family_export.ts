<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FamilyExport</name>
    <message>
        <location filename="../../../../wishdesk/gui/family_export.py" line="31" />
        <source>Family data (right of access)</source>
        <translation>Family data (right of access)</translation>
    </message>
</context>
</TS>