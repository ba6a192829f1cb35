<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="68" />
        <source>Up one level</source>
        <translation>Eén niveau omhoog</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="69" />
        <source>Go up one level in the dashboard</source>
        <translation>Ga in het dashboard één niveau omhoog</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="84" />
        <source>Schools or groups; double-click to open one</source>
        <translation>Scholen of groepen; dubbelklik om er een te openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Held</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="86" />
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="86" />
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="111" />
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="87" />
        <source>Well-being change</source>
        <translation>Verschil welbevinden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="110" />
        <source>Lessons planned</source>
        <translation>Lessen gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="110" />
        <source>Lessons held</source>
        <translation>Lessen gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="111" />
        <source>Lessons cancelled</source>
        <translation>Lessen afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="112" />
        <source>Reflections written</source>
        <translation>Reflecties geschreven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="112" />
        <source>Parent reach</source>
        <translation>Bereik ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="113" />
        <source>Return slips back</source>
        <translation>Retourstrookjes terug</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="113" />
        <source>Trainer hours</source>
        <translation>Trainersuren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="126" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="126" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="126" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="159" />
        <source>held</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="159" />
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="160" />
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="165" />
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="186" />
        <source>before</source>
        <translation>vóór</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="186" />
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="192" />
        <source>Well-being (1-5), n = %1</source>
        <translation>Welbevinden (1-5), n = %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="193" />
        <source>Well-being (1-5): no checks filled in yet</source>
        <translation>Welbevinden (1-5): nog geen checks ingevuld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="211" />
        <source>sets</source>
        <translation>sets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="216" />
        <source>Home-activity sets by language</source>
        <translation>Sets thuisopdrachten per taal</translation>
    </message>
</context>
</TS>