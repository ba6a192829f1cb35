<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>LessonPlanBrowser</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="33" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="41" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="41" />
        <source>%1 min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="42" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="42" />
        <source>Who leads</source>
        <translation>Who leads</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="42" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="43" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="43" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="43" />
        <source>Home activity</source>
        <translation>Home activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="69" />
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="72" />
        <source>no reflection of an earlier lesson of this group yet.</source>
        <translation>no reflection of an earlier lesson of this group yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="74" />
        <source>lesson %1, %2, written by %3</source>
        <translation>lesson %1, %2, written by %3</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="78" />
        <source>from the lesson of the %1</source>
        <translation>from the lesson of the %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="79" />
        <source>Went well</source>
        <translation>Went well</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="79" />
        <source>Change next time</source>
        <translation>Change next time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="79" />
        <source>Group climate</source>
        <translation>Group climate</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="92" />
        <source>Home activity of lesson %1: %2 done, %3 not done, %4 no answer</source>
        <translation>Home activity of lesson %1: %2 done, %3 not done, %4 no answer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="102" />
        <source>Cancelled on %1 (was %2): %3</source>
        <translation>Cancelled on %1 (was %2): %3</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="105" />
        <source>Moved from %1 to %2</source>
        <translation>Moved from %1 to %2</translation>
    </message>
</context>
</TS>