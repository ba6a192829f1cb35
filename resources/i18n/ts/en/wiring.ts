<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Wiring</name>
    <message>
        <location filename="../../../../wishdesk/gui/wiring.py" line="28" />
        <location filename="../../../../wishdesk/gui/wiring.py" line="32" />
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/wiring.py" line="78" />
        <source>Print &amp;home activities…</source>
        <translation>Print &amp;home activities…</translation>
    </message>
</context>
</TS>