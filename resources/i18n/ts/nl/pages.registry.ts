<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="33" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="34" />
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="49" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="35" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="36" />
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="37" />
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="38" />
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="39" />
        <source>Setup</source>
        <translation>Inrichting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="49" />
        <source>Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. This page arrives in a coming version.</source>
        <translation>Hier plant de coördinator alle duolessen van het schooljaar automatisch en past ze met de hand aan. Deze pagina komt in een volgende versie.</translation>
    </message>
</context>
</TS>