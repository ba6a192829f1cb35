<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="20" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="20" />
        <source>Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. This page arrives in a coming version.</source>
        <translation>Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. This page arrives in a coming version.</translation>
    </message>
</context>
</TS>