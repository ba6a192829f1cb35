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
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="84" />
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="94" />
        <source>boys</source>
        <translation>boys</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="94" />
        <source>girls</source>
        <translation>girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="86" />
        <source>Parent evening</source>
        <translation>Parent evening</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="88" />
        <source>Showcase</source>
        <translation>Showcase</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="106" />
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="273" />
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="108" />
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="111" />
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="116" />
        <source>No lesson selected</source>
        <translation>No lesson selected</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="122" />
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="228" />
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="216" />
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="240" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="353" />
        <source>Lesson menu</source>
        <translation>Lesson menu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="355" />
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="355" />
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="359" />
        <source>Move to the next free moment</source>
        <translation>Move to the next free moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_week.py" line="363" />
        <source>Cancel and re-plan…</source>
        <translation>Cancel and re-plan…</translation>
    </message>
</context>
</TS>