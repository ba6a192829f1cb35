<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="66" />
        <source>Up one level</source>
        <translation>Eén niveau omhoog</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="67" />
        <source>Go up one level in the dashboard</source>
        <translation>Ga in het dashboard één niveau omhoog</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="82" />
        <source>Schools or groups; double-click to open one</source>
        <translation>Scholen of groepen; dubbelklik om er een te openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="83" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="83" />
        <source>Held</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="83" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="84" />
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="84" />
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="107" />
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="85" />
        <source>Well-being change</source>
        <translation>Verschil welbevinden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="106" />
        <source>Lessons planned</source>
        <translation>Lessen gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="106" />
        <source>Lessons held</source>
        <translation>Lessen gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="107" />
        <source>Lessons cancelled</source>
        <translation>Lessen afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="108" />
        <source>Reflections written</source>
        <translation>Reflecties geschreven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="108" />
        <source>Parent reach</source>
        <translation>Bereik ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="109" />
        <source>Return slips back</source>
        <translation>Retourstrookjes terug</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="109" />
        <source>Trainer hours</source>
        <translation>Trainersuren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="122" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="122" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="122" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="153" />
        <source>held</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="153" />
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="154" />
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="159" />
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="172" />
        <source>before</source>
        <translation>vóór</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="172" />
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="178" />
        <source>Well-being (1-5), n = %1</source>
        <translation>Welbevinden (1-5), n = %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="194" />
        <source>sets</source>
        <translation>sets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/dashboard.py" line="198" />
        <source>Home-activity sets by language</source>
        <translation>Sets thuisopdrachten per taal</translation>
    </message>
</context>
</TS>