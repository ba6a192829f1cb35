<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Operations</name>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="239" />
        <location filename="../../../../wishdesk/gui/operations.py" line="240" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="239" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="248" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/operations.py" line="282" />
        <source>WIsH Desk</source>
        <translation>WIsH Desk</translation>
    </message>
</context>
</TS>