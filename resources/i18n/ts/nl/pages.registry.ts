<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="33"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="34"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="35"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="36"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="37"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="38"/>
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="39"/>
        <source>Setup</source>
        <translation>Inrichting</translation>
    </message>
</context>
</TS>
