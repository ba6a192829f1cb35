<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_crud.py" line="48"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_crud.py" line="52"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
</context>
</TS>
