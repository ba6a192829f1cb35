<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="74"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="75"/>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="146"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="81"/>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="82"/>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="86"/>
        <source>Filter…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="87"/>
        <source>Filter %1</source>
        <translation>Zoeken in %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="146"/>
        <source>Restore from archive</source>
        <translation>Terughalen uit archief</translation>
    </message>
</context>
</TS>
