<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PlanningMonth</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="37"/>
        <source>Month overview</source>
        <translation>Maandoverzicht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="41"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="41"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="58"/>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="68"/>
        <source>1 lesson</source>
        <translation>1 les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="70"/>
        <source>%1 lessons</source>
        <translation>%1 lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="74"/>
        <source>1 parent meeting</source>
        <translation>1 ouderbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="75"/>
        <source>%1 parent meetings</source>
        <translation>%1 ouderbijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="80"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="83"/>
        <source>no lessons</source>
        <translation>geen lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="85"/>
        <source>closed: %1</source>
        <translation>dicht: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="87"/>
        <source>with a conflict</source>
        <translation>met een conflict</translation>
    </message>
</context>
</TS>
