<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="71" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="72" />
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="143" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="78" />
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="79" />
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="83" />
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="84" />
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="143" />
        <source>Restore from archive</source>
        <translation>Restore from archive</translation>
    </message>
</context>
</TS>