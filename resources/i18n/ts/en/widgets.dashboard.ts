<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="66" />
        <source>Up one level</source>
        <translation>Up one level</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="67" />
        <source>Go up one level in the dashboard</source>
        <translation>Go up one level in the dashboard</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="82" />
        <source>Schools or groups; double-click to open one</source>
        <translation>Schools or groups; double-click to open one</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="83" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="83" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="83" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="84" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="84" />
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="107" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Well-being change</source>
        <translation>Well-being change</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="106" />
        <source>Lessons planned</source>
        <translation>Lessons planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="106" />
        <source>Lessons held</source>
        <translation>Lessons held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="107" />
        <source>Lessons cancelled</source>
        <translation>Lessons cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="108" />
        <source>Reflections written</source>
        <translation>Reflections written</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="108" />
        <source>Parent reach</source>
        <translation>Parent reach</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="109" />
        <source>Return slips back</source>
        <translation>Return slips back</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="109" />
        <source>Trainer hours</source>
        <translation>Trainer hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="122" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="122" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="122" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="153" />
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="153" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="154" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="159" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="172" />
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="172" />
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="178" />
        <source>Well-being (1-5), n = %1</source>
        <translation>Well-being (1-5), n = %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="194" />
        <source>sets</source>
        <translation>sets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="198" />
        <source>Home-activity sets by language</source>
        <translation>Home-activity sets by language</translation>
    </message>
</context>
</TS>