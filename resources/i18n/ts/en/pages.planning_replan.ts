<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="26" />
        <source>Re-plan everything</source>
        <translation>Re-plan everything</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="30" />
        <source>Held and pinned lessons stay where they are. Nothing changes until you confirm; afterwards Undo puts every lesson back.</source>
        <translation>Held and pinned lessons stay where they are. Nothing changes until you confirm; afterwards Undo puts every lesson back.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="33" />
        <source>What re-planning would change</source>
        <translation>What re-planning would change</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="35" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="36" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="37" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="37" />
        <source>(no date yet)</source>
        <translation>(no date yet)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="39" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="44" />
        <source>Lessons that would move</source>
        <translation>Lessons that would move</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="50" />
        <source>Move %1 lesson(s)</source>
        <translation>Move %1 lesson(s)</translation>
    </message>
</context>
<context>
    <name>ReplanFlow</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="68" />
        <source>Re-plan ever&amp;ything…</source>
        <translation>Re-plan ever&amp;ything…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="69" />
        <source>Plan all planned lessons anew, with a preview first</source>
        <translation>Plan all planned lessons anew, with a preview first</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="70" />
        <source>Shows which lessons would move before anything changes.</source>
        <translation>Shows which lessons would move before anything changes.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="76" />
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Planning… this takes up to %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="78" />
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="90" />
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="91" />
        <source>Re-plan everything</source>
        <translation>Re-plan everything</translation>
    </message>
</context>
</TS>