<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MunicipalityField</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="19" />
        <source>for example 's-Hertogenbosch</source>
        <translation>for example 's-Hertogenbosch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="20" />
        <source>Name of the municipality</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="21" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="22" />
        <source>Save the name of the municipality</source>
        <translation>Save the name of the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/municipality_field.py" line="28" />
        <source>Municipality (shown in report titles):</source>
        <translation>Municipality (shown in report titles):</translation>
    </message>
</context>
</TS>