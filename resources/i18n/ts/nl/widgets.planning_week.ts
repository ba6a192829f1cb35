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
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="84"/>
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="94"/>
        <source>boys</source>
        <translation>jongens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="94"/>
        <source>girls</source>
        <translation>meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="86"/>
        <source>Parent evening</source>
        <translation>Ouderavond</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="88"/>
        <source>Showcase</source>
        <translation>Toonmoment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="106"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="273"/>
        <source>held</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="108"/>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="111"/>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="116"/>
        <source>No lesson selected</source>
        <translation>Geen les gekozen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="122"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="228"/>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="216"/>
        <source>Closed: %1</source>
        <translation>Dicht: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="353"/>
        <source>Lesson menu</source>
        <translation>Menu van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="355"/>
        <source>Release</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="355"/>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="359"/>
        <source>Move to the next free moment</source>
        <translation>Naar eerstvolgende vrije moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="363"/>
        <source>Cancel and re-plan…</source>
        <translation>Annuleren en opnieuw plannen…</translation>
    </message>
</context>
</TS>
