<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="74" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="75" />
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="146" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="81" />
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="82" />
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="86" />
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="87" />
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="146" />
        <source>Restore from archive</source>
        <translation>Restore from archive</translation>
    </message>
</context>
</TS>