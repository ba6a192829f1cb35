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
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="39"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="39"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="39"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="57"/>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="67"/>
        <source>1 lesson</source>
        <translation>1 les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="69"/>
        <source>%1 lessons</source>
        <translation>%1 lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="73"/>
        <source>1 parent meeting</source>
        <translation>1 ouderbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="74"/>
        <source>%1 parent meetings</source>
        <translation>%1 ouderbijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="79"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="82"/>
        <source>no lessons</source>
        <translation>geen lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="84"/>
        <source>closed: %1</source>
        <translation>dicht: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="86"/>
        <source>with a conflict</source>
        <translation>met een conflict</translation>
    </message>
</context>
</TS>
