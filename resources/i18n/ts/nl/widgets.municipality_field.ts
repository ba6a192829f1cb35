<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>MunicipalityField</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="19" />
        <source>for example 's-Hertogenbosch</source>
        <translation>bijvoorbeeld 's-Hertogenbosch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="20" />
        <source>Name of the municipality</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="21" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="22" />
        <source>Save the name of the municipality</source>
        <translation>Sla de naam van de gemeente op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="28" />
        <source>Municipality (shown in report titles):</source>
        <translation>Gemeente (staat in de titel van rapportages):</translation>
    </message>
</context>
</TS>