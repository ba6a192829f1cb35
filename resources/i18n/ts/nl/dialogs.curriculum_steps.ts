<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="33"/>
        <source>Steps of the lesson</source>
        <translation>Stappen van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="34"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="34"/>
        <source>Who leads</source>
        <translation>Wie leidt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="34"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="41"/>
        <source>What happens in the selected step</source>
        <translation>Wat er gebeurt in de gekozen stap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="45"/>
        <source>What happens in the selected step:</source>
        <translation>Wat er gebeurt in de gekozen stap:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="47"/>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="48"/>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="49"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="50"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="96"/>
        <source>Minutes of step %1</source>
        <translation>Minuten van stap %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="99"/>
        <source>Who leads step %1</source>
        <translation>Wie stap %1 leidt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="109"/>
        <source>Dutch: %1</source>
        <translation>Nederlands: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="150"/>
        <source>Together %1 minutes.</source>
        <translation>Samen %1 minuten.</translation>
    </message>
</context>
</TS>
