<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="57"/>
        <source>&amp;Automatic planning</source>
        <translation>&amp;Automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="58"/>
        <source>Plan all lessons of the school year automatically</source>
        <translation>Alle lessen van het schooljaar automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="59"/>
        <source>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</source>
        <translation>Ctrl+Shift+P: geeft elke les zonder datum een moment; gegeven, vastgezette en al geplande lessen blijven staan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="62"/>
        <source>&amp;Export calendar…</source>
        <translation>Agenda &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="63"/>
        <source>Export the planning as a calendar file</source>
        <translation>De planning exporteren als agendabestand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="66"/>
        <source>Everyone&apos;s lessons…</source>
        <translation>Lessen van iedereen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78"/>
        <source>View</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79"/>
        <source>Lessons of</source>
        <translation>Lessen van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="80"/>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81"/>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82"/>
        <source>Municipality (all schools)</source>
        <translation>Gemeente (alle scholen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="84"/>
        <source>Which one</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87"/>
        <source>Previous week or month</source>
        <translation>Vorige week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="88"/>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="88"/>
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89"/>
        <source>&amp;Next ▶</source>
        <translation>Vol&amp;gende ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89"/>
        <source>Next week or month</source>
        <translation>Volgende week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="69"/>
        <source>Shown period</source>
        <translation>Getoonde periode</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91"/>
        <source>&amp;Lessons of</source>
        <translation>Lessen &amp;van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="124"/>
        <source>Planning message</source>
        <translation>Melding van de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="135"/>
        <source>How to use the schedule</source>
        <translation>Zo werkt het rooster</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="145"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="233"/>
        <source>Lessons of %1…</source>
        <translation>Lessen van %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="244"/>
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="268"/>
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="131"/>
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school&apos;s lesson times. Right-click for more.</source>
        <translation>Sleep een les naar een ander moment, of kies hem en druk op Alt+pijltjestoetsen. Grijs: gegeven · speld: vastgezet · gearceerd met !: conflict · lichtgroen: lestijden van de school. Rechtsklik voor meer.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="270"/>
        <source>cancelled: %1</source>
        <translation>afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="275"/>
        <source>Click a day to see its week.</source>
        <translation>Klik op een dag om die week te zien.</translation>
    </message>
</context>
</TS>
