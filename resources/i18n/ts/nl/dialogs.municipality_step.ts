<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>MunicipalityStep</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="19" />
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="21" />
        <source>Which municipality is this database for? Its name goes on the reports; you can change it later under Setup.</source>
        <translation>Voor welke gemeente is deze database? De naam komt op de rapportages; u kunt hem later wijzigen onder Inrichting.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="28" />
        <source>for example 's-Hertogenbosch</source>
        <translation>bijvoorbeeld 's-Hertogenbosch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="29" />
        <source>Name of the municipality</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="33" />
        <source>Make database</source>
        <translation>Database maken</translation>
    </message>
</context>
</TS>