<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MunicipalityStep</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="19" />
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="21" />
        <source>Which municipality is this database for? Its name goes on the reports; you can change it later under Setup.</source>
        <translation>Which municipality is this database for? Its name goes on the reports; you can change it later under Setup.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="28" />
        <source>for example 's-Hertogenbosch</source>
        <translation>for example 's-Hertogenbosch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="29" />
        <source>Name of the municipality</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/municipality_step.py" line="33" />
        <source>Make database</source>
        <translation>Make database</translation>
    </message>
</context>
</TS>