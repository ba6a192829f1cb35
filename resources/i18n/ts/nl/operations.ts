<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>Operations</name>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="143" />
        <location filename="../../../../wishdesk/gui/operations.py" line="144" />
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="143" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="152" />
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="179" />
        <source>WIsH Desk</source>
        <translation>WIsH Desk</translation>
    </message>
</context>
</TS>