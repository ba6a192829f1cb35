<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="33" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="34" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="35" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="36" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="37" />
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="38" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/registry.py" line="39" />
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
</context>
</TS>