<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PlanningMonth</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="37" />
        <source>Month overview</source>
        <translation>Month overview</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="40" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="41" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="41" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="58" />
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="68" />
        <source>1 lesson</source>
        <translation>1 lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="70" />
        <source>%1 lessons</source>
        <translation>%1 lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="74" />
        <source>1 parent meeting</source>
        <translation>1 parent meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="75" />
        <source>%1 parent meetings</source>
        <translation>%1 parent meetings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="80" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="83" />
        <source>no lessons</source>
        <translation>no lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="85" />
        <source>closed: %1</source>
        <translation>closed: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_month.py" line="87" />
        <source>with a conflict</source>
        <translation>with a conflict</translation>
    </message>
</context>
</TS>