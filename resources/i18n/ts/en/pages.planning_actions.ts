<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PlanningActions</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="55" />
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="57" />
        <source>Watch out: %1</source>
        <translation>Watch out: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="59" />
        <source>Watch out: %1 conflicts, see the list on the right.</source>
        <translation>Watch out: %1 conflicts, see the list on the right.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="66" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="74" />
        <source>Pin lesson</source>
        <translation>Pin lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="74" />
        <source>Release lesson</source>
        <translation>Release lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="87" />
        <source>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</source>
        <translation>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="102" />
        <source>Cancel and re-plan</source>
        <translation>Cancel and re-plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="112" />
        <source>New moment: %1.</source>
        <translation>New moment: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="114" />
        <source>Also moved: %1.</source>
        <translation>Also moved: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="118" />
        <source>The lesson is cancelled but no new moment fits: %1</source>
        <translation>The lesson is cancelled but no new moment fits: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="120" />
        <source>Cancel and re-plan lesson</source>
        <translation>Cancel and re-plan lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="131" />
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Planning… this takes up to %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="133" />
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="149" />
        <source>Automatic planning</source>
        <translation>Automatic planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="140" />
        <source>Not everything could be planned:</source>
        <translation>Not everything could be planned:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="146" />
        <source>The first planned lesson is on %1; the view shows that week now.</source>
        <translation>The first planned lesson is on %1; the view shows that week now.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="159" />
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="160" />
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="170" />
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="161" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="167" />
        <source>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</source>
        <translation>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</translation>
    </message>
</context>
</TS>