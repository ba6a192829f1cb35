<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="20"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="20"/>
        <source>Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. This page arrives in a coming version.</source>
        <translation>Hier plant de coördinator alle duolessen van het schooljaar automatisch en past ze met de hand aan. Deze pagina komt in een volgende versie.</translation>
    </message>
</context>
</TS>
