<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="73" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="74" />
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="145" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="80" />
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="81" />
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="85" />
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="86" />
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_table.py" line="145" />
        <source>Restore from archive</source>
        <translation>Restore from archive</translation>
    </message>
</context>
</TS>