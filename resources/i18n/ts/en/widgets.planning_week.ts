<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PlanningWeek</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="49" />
        <source>Week schedule</source>
        <translation>Week schedule</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="86" />
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="97" />
        <source>boys</source>
        <translation>boys</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="97" />
        <source>girls</source>
        <translation>girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="88" />
        <source>Parent evening</source>
        <translation>Parent evening</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="90" />
        <source>Showcase</source>
        <translation>Showcase</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="109" />
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="276" />
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="111" />
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="114" />
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="119" />
        <source>No lesson selected</source>
        <translation>No lesson selected</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="125" />
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="231" />
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="219" />
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="243" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="356" />
        <source>Lesson menu</source>
        <translation>Lesson menu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="358" />
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="358" />
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="362" />
        <source>Move to the next free moment</source>
        <translation>Move to the next free moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="366" />
        <source>Cancel and re-plan…</source>
        <translation>Cancel and re-plan…</translation>
    </message>
</context>
</TS>