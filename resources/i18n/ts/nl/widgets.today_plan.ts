<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>LessonPlanBrowser</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="33" />
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="41" />
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="41" />
        <source>%1 min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="42" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="42" />
        <source>Who leads</source>
        <translation>Wie leidt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="42" />
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="43" />
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="43" />
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="43" />
        <source>Home activity</source>
        <translation>Thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="69" />
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="72" />
        <source>no reflection of an earlier lesson of this group yet.</source>
        <translation>nog geen reflectie van een eerdere les van deze groep.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="74" />
        <source>lesson %1, %2, written by %3</source>
        <translation>les %1, %2, geschreven door %3</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="78" />
        <source>from the lesson of the %1</source>
        <translation>uit de les van de %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="79" />
        <source>Went well</source>
        <translation>Ging goed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="79" />
        <source>Change next time</source>
        <translation>Volgende keer anders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="79" />
        <source>Group climate</source>
        <translation>Groepsklimaat</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="92" />
        <source>Home activity of lesson %1: %2 done, %3 not done, %4 no answer</source>
        <translation>Thuisopdracht van les %1: %2 gedaan, %3 niet gedaan, %4 geen antwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="102" />
        <source>Cancelled on %1 (was %2): %3</source>
        <translation>Afgelast op %1 (was %2): %3</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_plan.py" line="105" />
        <source>Moved from %1 to %2</source>
        <translation>Verplaatst van %1 naar %2</translation>
    </message>
</context>
</TS>