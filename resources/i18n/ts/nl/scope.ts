<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>Scope</name>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="19" />
        <source>Only the school's teachers and care coordinator (or a programme coordinator) change pupils and parents.</source>
        <translation>Alleen de leerkrachten en de intern begeleider van de school (of een programmacoördinator) wijzigen leerlingen en ouders.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="21" />
        <source>Only the school's teachers and care coordinator (or a programme coordinator) make a family's data overview.</source>
        <translation>Alleen de leerkrachten en de intern begeleider van de school (of een programmacoördinator) maken een overzicht van de gegevens van een gezin.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="23" />
        <source>Only a programme coordinator or the school's care coordinator sets up groups.</source>
        <translation>Alleen een programmacoördinator of de intern begeleider van de school richt groepen in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="24" />
        <source>Only a programme coordinator sets up schools and staff: they decide who sees which pupils.</source>
        <translation>Alleen een programmacoördinator richt scholen en medewerkers in: die bepalen wie welke leerlingen ziet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="25" />
        <source>Only a programme coordinator plans automatically: it moves lessons of every school.</source>
        <translation>Alleen een programmacoördinator plant automatisch: dat verschuift lessen van alle scholen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="26" />
        <source>Only a programme coordinator sees every school at once; you see the schools you work at.</source>
        <translation>Alleen een programmacoördinator ziet alle scholen tegelijk; u ziet de scholen waar u werkt.</translation>
    </message>
</context>
</TS>