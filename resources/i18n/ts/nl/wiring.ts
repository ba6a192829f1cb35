<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Wiring</name>
    <message>
        <location filename="../../../../wishdesk/gui/wiring.py" line="28"/>
        <location filename="../../../../wishdesk/gui/wiring.py" line="32"/>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/wiring.py" line="78"/>
        <source>Print &amp;home activities…</source>
        <translation>&amp;Thuisopdrachten printen…</translation>
    </message>
</context>
</TS>
