<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PlanningSide</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="33"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="103"/>
        <source>Click a lesson in the schedule to see it here.</source>
        <translation>Klik op een les in het rooster om hem hier te zien.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="35"/>
        <source>Selected lesson</source>
        <translation>Gekozen les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="40"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="99"/>
        <source>&amp;Pin</source>
        <translation>Vast&amp;zetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="40"/>
        <source>Pin or release the selected lesson</source>
        <translation>De gekozen les vastzetten of losmaken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="41"/>
        <source>Ne&amp;xt free moment</source>
        <translation>Eerstvolgende vrije &amp;moment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="41"/>
        <source>Move the selected lesson to the next free moment</source>
        <translation>De gekozen les naar het eerstvolgende vrije moment verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="43"/>
        <source>Cancel and &amp;re-plan…</source>
        <translation>Annuleren en opnieuw &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="43"/>
        <source>Cancel the selected lesson and plan it again</source>
        <translation>De gekozen les annuleren en opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="48"/>
        <source>Selected</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="53"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="56"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="139"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="62"/>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="151"/>
        <source>Without a date</source>
        <translation>Zonder datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="65"/>
        <source>Lessons without a date</source>
        <translation>Lessen zonder datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="68"/>
        <source>Give it the next free moment</source>
        <translation>Eerstvolgende vrije moment geven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="69"/>
        <source>Give the chosen lesson without a date the next free moment</source>
        <translation>De gekozen les zonder datum het eerstvolgende vrije moment geven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="99"/>
        <source>&amp;Release</source>
        <translation>&amp;Losmaken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="109"/>
        <source>Teacher: %1</source>
        <translation>Leerkracht: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="111"/>
        <source>Specialist: %1</source>
        <translation>Specialist: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="113"/>
        <source>Held; it can no longer be moved.</source>
        <translation>Gegeven; deze les kan niet meer verschuiven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="115"/>
        <source>Pinned: automatic planning leaves it where it is.</source>
        <translation>Vastgezet: automatisch plannen laat deze les staan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="117"/>
        <source>1 conflict, selected in the list below</source>
        <translation>1 conflict, gemarkeerd in de lijst hieronder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="118"/>
        <source>%1 conflicts, selected in the list below</source>
        <translation>%1 conflicten, gemarkeerd in de lijst hieronder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="137"/>
        <source>Conflicts (%1)</source>
        <translation>Conflicten (%1)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="140"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/planning_side.py" line="150"/>
        <source>Without a date (%1)</source>
        <translation>Zonder datum (%1)</translation>
    </message>
</context>
</TS>
