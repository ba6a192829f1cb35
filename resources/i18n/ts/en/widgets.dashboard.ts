<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="68" />
        <source>Up one level</source>
        <translation>Up one level</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="69" />
        <source>Go up one level in the dashboard</source>
        <translation>Go up one level in the dashboard</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="84" />
        <source>Schools or groups; double-click to open one</source>
        <translation>Schools or groups; double-click to open one</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="86" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="86" />
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="111" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="87" />
        <source>Well-being change</source>
        <translation>Well-being change</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="110" />
        <source>Lessons planned</source>
        <translation>Lessons planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="110" />
        <source>Lessons held</source>
        <translation>Lessons held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="111" />
        <source>Lessons cancelled</source>
        <translation>Lessons cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="112" />
        <source>Reflections written</source>
        <translation>Reflections written</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="112" />
        <source>Parent reach</source>
        <translation>Parent reach</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="113" />
        <source>Return slips back</source>
        <translation>Return slips back</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="113" />
        <source>Trainer hours</source>
        <translation>Trainer hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="126" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="126" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="126" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="159" />
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="159" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="160" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="165" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="186" />
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="186" />
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="192" />
        <source>Well-being (1-5), n = %1</source>
        <translation>Well-being (1-5), n = %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="193" />
        <source>Well-being (1-5): no checks filled in yet</source>
        <translation>Well-being (1-5): no checks filled in yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="211" />
        <source>sets</source>
        <translation>sets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="216" />
        <source>Home-activity sets by language</source>
        <translation>Home-activity sets by language</translation>
    </message>
</context>
</TS>