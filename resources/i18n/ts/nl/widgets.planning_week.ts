<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PlanningWeek</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="49"/>
        <source>Week schedule</source>
        <translation>Weekrooster</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="86"/>
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="97"/>
        <source>boys</source>
        <translation>jongens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="97"/>
        <source>girls</source>
        <translation>meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="88"/>
        <source>Parent evening</source>
        <translation>Ouderavond</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="90"/>
        <source>Showcase</source>
        <translation>Toonmoment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="109"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="276"/>
        <source>held</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="111"/>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="114"/>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="119"/>
        <source>No lesson selected</source>
        <translation>Geen les gekozen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="125"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="231"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="219"/>
        <source>Closed: %1</source>
        <translation>Dicht: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="356"/>
        <source>Lesson menu</source>
        <translation>Menu van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="358"/>
        <source>Release</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="358"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="362"/>
        <source>Move to the next free moment</source>
        <translation>Naar eerstvolgende vrije moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="366"/>
        <source>Cancel and re-plan…</source>
        <translation>Annuleren en opnieuw plannen…</translation>
    </message>
</context>
</TS>
