<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PlanningSide</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="33" />
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="103" />
        <source>Click a lesson in the schedule to see it here.</source>
        <translation>Click a lesson in the schedule to see it here.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="35" />
        <source>Selected lesson</source>
        <translation>Selected lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="40" />
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="99" />
        <source>&amp;Pin</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="40" />
        <source>Pin or release the selected lesson</source>
        <translation>Pin or release the selected lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="41" />
        <source>Ne&amp;xt free moment</source>
        <translation>Ne&amp;xt free moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="41" />
        <source>Move the selected lesson to the next free moment</source>
        <translation>Move the selected lesson to the next free moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="43" />
        <source>Cancel and &amp;re-plan…</source>
        <translation>Cancel and &amp;re-plan…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="43" />
        <source>Cancel the selected lesson and plan it again</source>
        <translation>Cancel the selected lesson and plan it again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="48" />
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="53" />
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="56" />
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="139" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="62" />
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="151" />
        <source>Without a date</source>
        <translation>Without a date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="65" />
        <source>Lessons without a date</source>
        <translation>Lessons without a date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="68" />
        <source>Give it the next free moment</source>
        <translation>Give it the next free moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="69" />
        <source>Give the chosen lesson without a date the next free moment</source>
        <translation>Give the chosen lesson without a date the next free moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="99" />
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="109" />
        <source>Teacher: %1</source>
        <translation>Teacher: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="111" />
        <source>Specialist: %1</source>
        <translation>Specialist: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="113" />
        <source>Held; it can no longer be moved.</source>
        <translation>Held; it can no longer be moved.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="115" />
        <source>Pinned: automatic planning leaves it where it is.</source>
        <translation>Pinned: automatic planning leaves it where it is.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="117" />
        <source>1 conflict, selected in the list below</source>
        <translation>1 conflict, selected in the list below</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="118" />
        <source>%1 conflicts, selected in the list below</source>
        <translation>%1 conflicts, selected in the list below</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="137" />
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="140" />
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="150" />
        <source>Without a date (%1)</source>
        <translation>Without a date (%1)</translation>
    </message>
</context>
</TS>