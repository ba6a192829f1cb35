<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PlanningActions</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="55"/>
        <source>Moved to %1.</source>
        <translation>Verplaatst naar %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="57"/>
        <source>Watch out: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="59"/>
        <source>Watch out: %1 conflicts, see the list on the right.</source>
        <translation>Let op: %1 conflicten, zie de lijst rechts.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="66"/>
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="74"/>
        <source>Pin lesson</source>
        <translation>Les vastzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="74"/>
        <source>Release lesson</source>
        <translation>Les losmaken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="87"/>
        <source>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</source>
        <translation>Er is geen vrij moment dat aan alle regels voldoet. Kies ‘Annuleren en opnieuw plannen…’; dan mogen andere lessen een beetje schuiven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="102"/>
        <source>Cancel and re-plan</source>
        <translation>Annuleren en opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="112"/>
        <source>New moment: %1.</source>
        <translation>Nieuw moment: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="114"/>
        <source>Also moved: %1.</source>
        <translation>Ook verschoven: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="118"/>
        <source>The lesson is cancelled but no new moment fits: %1</source>
        <translation>De les is afgelast, maar er past geen nieuw moment: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="120"/>
        <source>Cancel and re-plan lesson</source>
        <translation>Les annuleren en opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="131"/>
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Bezig met plannen… dit duurt hooguit %1 seconden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="133"/>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="149"/>
        <source>Automatic planning</source>
        <translation>Automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="140"/>
        <source>Not everything could be planned:</source>
        <translation>Niet alles kon worden gepland:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="146"/>
        <source>The first planned lesson is on %1; the view shows that week now.</source>
        <translation>De eerste geplande les is op %1; het overzicht toont nu die week.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="159"/>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="160"/>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="170"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="161"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning_actions.py" line="167"/>
        <source>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</source>
        <translation>%1 afspraken opgeslagen in %2. Open dit bestand met Outlook, Google Agenda of Apple Agenda.</translation>
    </message>
</context>
</TS>
