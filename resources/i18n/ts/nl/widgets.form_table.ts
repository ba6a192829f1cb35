<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="71"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="72"/>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="143"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="78"/>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="79"/>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="83"/>
        <source>Filter…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="84"/>
        <source>Filter %1</source>
        <translation>Zoeken in %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="143"/>
        <source>Restore from archive</source>
        <translation>Terughalen uit archief</translation>
    </message>
</context>
</TS>
