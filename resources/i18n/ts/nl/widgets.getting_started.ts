<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>GettingStartedPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="21" />
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="22" />
        <source>Getting started</source>
        <extracomment>where each step is done (page keys of pages/registry.py)</extracomment>
        <translation>Zo begint u</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="25" />
        <source>Make the school year (Setup → School years)</source>
        <translation>Maak het schooljaar aan (Inrichting → Schooljaren)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="26" />
        <source>Add the schools and their lesson times for groep 6 (Setup → Schools)</source>
        <translation>Voeg de scholen toe met hun lestijden voor groep 6 (Inrichting → Scholen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="27" />
        <source>Add the staff: teachers and resilience specialists (Setup → Staff)</source>
        <translation>Voeg de medewerkers toe: leerkrachten en weerbaarheidsspecialisten (Inrichting → Medewerkers)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="28" />
        <source>Add the groups (Groups)</source>
        <translation>Voeg de groepen toe (Groepen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="29" />
        <source>Import the class lists (Groups → Import class list…)</source>
        <translation>Importeer de klassenlijsten (Groepen → Klassenlijst importeren…)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="30" />
        <source>Plan the lessons (Planning → Automatic planning)</source>
        <translation>Plan de lessen (Planning → Automatisch plannen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="31" />
        <source>Print the first home activities (Parents → Print home activities…)</source>
        <translation>Print de eerste thuisopdrachten (Ouders → Thuisopdrachten printen…)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="40" />
        <source>Go there</source>
        <translation>Ga erheen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="41" />
        <source>Go to: %1</source>
        <translation>Ga naar: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="55" />
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="56" />
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="55" />
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="56" />
        <source>to do</source>
        <translation>nog doen</translation>
    </message>
</context>
</TS>