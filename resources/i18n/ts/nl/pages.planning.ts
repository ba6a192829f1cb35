<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="55"/>
        <source>&amp;Automatic planning</source>
        <translation>&amp;Automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="56"/>
        <source>Plan all lessons of the school year automatically</source>
        <translation>Alle lessen van het schooljaar automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="57"/>
        <source>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</source>
        <translation>Ctrl+Shift+P: geeft elke les zonder datum een moment; gegeven, vastgezette en al geplande lessen blijven staan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="60"/>
        <source>&amp;Export calendar…</source>
        <translation>Agenda &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="61"/>
        <source>Export the planning as a calendar file</source>
        <translation>De planning exporteren als agendabestand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="64"/>
        <source>Everyone&apos;s lessons…</source>
        <translation>Lessen van iedereen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="76"/>
        <source>View</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="76"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="76"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="77"/>
        <source>Lessons of</source>
        <translation>Lessen van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="77"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78"/>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79"/>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="80"/>
        <source>Municipality (all schools)</source>
        <translation>Gemeente (alle scholen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82"/>
        <source>Which one</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85"/>
        <source>Previous week or month</source>
        <translation>Vorige week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="86"/>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="86"/>
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87"/>
        <source>&amp;Next ▶</source>
        <translation>Vol&amp;gende ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87"/>
        <source>Next week or month</source>
        <translation>Volgende week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="67"/>
        <source>Shown period</source>
        <translation>Getoonde periode</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89"/>
        <source>&amp;Lessons of</source>
        <translation>Lessen &amp;van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="122"/>
        <source>Planning message</source>
        <translation>Melding van de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="133"/>
        <source>How to use the schedule</source>
        <translation>Zo werkt het rooster</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="143"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="231"/>
        <source>Lessons of %1…</source>
        <translation>Lessen van %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="242"/>
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="266"/>
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="129"/>
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school&apos;s lesson times. Right-click for more.</source>
        <translation>Sleep een les naar een ander moment, of kies hem en druk op Alt+pijltjestoetsen. Grijs: gegeven · speld: vastgezet · gearceerd met !: conflict · lichtgroen: lestijden van de school. Rechtsklik voor meer.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="268"/>
        <source>cancelled: %1</source>
        <translation>afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="273"/>
        <source>Click a day to see its week.</source>
        <translation>Klik op een dag om die week te zien.</translation>
    </message>
</context>
</TS>
