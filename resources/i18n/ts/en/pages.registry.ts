<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="16" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="16" />
        <source>Here you will see your next lessons with the full lesson plan, and record attendance, the duo reflection and concerns. This page arrives in a coming version.</source>
        <translation>Here you will see your next lessons with the full lesson plan, and record attendance, the duo reflection and concerns. This page arrives in a coming version.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="22" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="22" />
        <source>Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. This page arrives in a coming version.</source>
        <translation>Here the coordinator plans all duo lessons of the school year automatically and adjusts them by hand. This page arrives in a coming version.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="28" />
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="28" />
        <source>Here you plan parent evenings and the closing showcase, print home-activity sheets and record what parents send back. This page arrives in a coming version.</source>
        <translation>Here you plan parent evenings and the closing showcase, print home-activity sheets and record what parents send back. This page arrives in a coming version.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="34" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="34" />
        <source>Here you make the report for the municipality: aggregates only, counts below 5 hidden. This page arrives in a coming version.</source>
        <translation>Here you make the report for the municipality: aggregates only, counts below 5 hidden. This page arrives in a coming version.</translation>
    </message>
</context>
</TS>