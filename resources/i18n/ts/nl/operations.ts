<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Operations</name>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="239"/>
        <location filename="../../../../wishdesk/gui/operations.py" line="240"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="239"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="248"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="282"/>
        <source>WIsH Desk</source>
        <translation>WIsH Desk</translation>
    </message>
</context>
</TS>
