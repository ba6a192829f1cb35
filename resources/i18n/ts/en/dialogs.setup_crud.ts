<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_crud.py" line="48" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_crud.py" line="52" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
</TS>