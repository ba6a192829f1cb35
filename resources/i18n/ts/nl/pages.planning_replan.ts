<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="26" />
        <source>Re-plan everything</source>
        <translation>Alles opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="30" />
        <source>Held and pinned lessons stay where they are. Nothing changes until you confirm; afterwards Undo puts every lesson back.</source>
        <translation>Gegeven en vastgezette lessen blijven staan. Er verandert niets tot u bevestigt; daarna zet Ongedaan maken elke les terug.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="33" />
        <source>What re-planning would change</source>
        <translation>Wat opnieuw plannen zou veranderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="35" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="36" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="37" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="37" />
        <source>(no date yet)</source>
        <translation>(nog geen datum)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="39" />
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="44" />
        <source>Lessons that would move</source>
        <translation>Lessen die zouden verschuiven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="50" />
        <source>Move %1 lesson(s)</source>
        <translation>%1 les(sen) verplaatsen</translation>
    </message>
</context>
<context>
    <name>ReplanFlow</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="68" />
        <source>Re-plan ever&amp;ything…</source>
        <translation>Alles opn&amp;ieuw plannen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="69" />
        <source>Plan all planned lessons anew, with a preview first</source>
        <translation>Alle geplande lessen opnieuw indelen, eerst met een voorbeeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="70" />
        <source>Shows which lessons would move before anything changes.</source>
        <translation>Laat zien welke lessen zouden verschuiven voordat er iets verandert.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="76" />
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Bezig met plannen… dit duurt hooguit %1 seconden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="78" />
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="90" />
        <location filename="../../../../wishdesk/gui/pages/planning_replan.py" line="91" />
        <source>Re-plan everything</source>
        <translation>Alles opnieuw plannen</translation>
    </message>
</context>
</TS>