<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="16" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="16" />
        <source>Here you will see your next lessons with the full lesson plan, and record attendance, the duo reflection and concerns. This page arrives in a coming version.</source>
        <translation>Hier ziet u uw volgende lessen met het hele lesplan, en legt u aanwezigheid, de duoreflectie en signalen vast. Deze pagina komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="22" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="22" />
        <source>Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. This page arrives in a coming version.</source>
        <translation>Hier plant de coördinator alle duolessen van het schooljaar automatisch en past ze met de hand aan. Deze pagina komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="28" />
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="28" />
        <source>Here you plan parent evenings and the closing showcase, print home-activity sheets and record what parents send back. This page arrives in a coming version.</source>
        <translation>Hier plant u ouderavonden en het toonmoment, print u thuisopdrachten en legt u vast wat ouders terugsturen. Deze pagina komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="34" />
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="34" />
        <source>Here you make the report for the municipality: aggregates only, counts below 5 hidden. This page arrives in a coming version.</source>
        <translation>Hier maakt u de rapportage voor de gemeente: alleen totalen, aantallen onder de 5 verborgen. Deze pagina komt in een volgende versie.</translation>
    </message>
</context>
</TS>