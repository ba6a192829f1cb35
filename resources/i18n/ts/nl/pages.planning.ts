<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="60" />
        <source>&amp;Automatic planning</source>
        <translation>&amp;Automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="61" />
        <source>Plan all lessons of the school year automatically</source>
        <translation>Alle lessen van het schooljaar automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="62" />
        <source>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</source>
        <translation>Ctrl+Shift+P: geeft elke les zonder datum een moment; gegeven, vastgezette en al geplande lessen blijven staan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="65" />
        <source>&amp;Export calendar…</source>
        <translation>Agenda &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="66" />
        <source>Export the planning as a calendar file</source>
        <translation>De planning exporteren als agendabestand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="69" />
        <source>Everyone's lessons…</source>
        <translation>Lessen van iedereen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>View</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>Lessons of</source>
        <translation>Lessen van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="83" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="84" />
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85" />
        <source>Municipality (all schools)</source>
        <translation>Gemeente (alle scholen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>Which one</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="90" />
        <source>◀ &amp;Previous</source>
        <translation>◀ V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="90" />
        <source>Previous week or month</source>
        <translation>Vorige week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91" />
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91" />
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="92" />
        <source>&amp;Next ▶</source>
        <translation>Vol&amp;gende ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="92" />
        <source>Next week or month</source>
        <translation>Volgende week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="72" />
        <source>Shown period</source>
        <translation>Getoonde periode</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="94" />
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="94" />
        <source>&amp;Lessons of</source>
        <translation>Lessen &amp;van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="127" />
        <source>Planning message</source>
        <translation>Melding van de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="138" />
        <source>How to use the schedule</source>
        <translation>Zo werkt het rooster</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="148" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="225" />
        <source>Lessons of %1…</source>
        <translation>Lessen van %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="236" />
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="319" />
        <source>Watch out: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="321" />
        <source>Watch out: %1 conflicts, see the list on the right.</source>
        <translation>Let op: %1 conflicten, zie de lijst rechts.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="260" />
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="134" />
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</source>
        <translation>Sleep een les naar een ander moment, of kies hem en druk op Alt+pijltjestoetsen. Grijs: gegeven · speld: vastgezet · gearceerd met !: conflict · lichtgroen: lestijden van de school. Rechtsklik voor meer.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="262" />
        <source>cancelled: %1</source>
        <translation>afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="267" />
        <source>Click a day to see its week.</source>
        <translation>Klik op een dag om die week te zien.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="325" />
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="317" />
        <source>Moved to %1.</source>
        <translation>Verplaatst naar %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="334" />
        <source>Pin lesson</source>
        <translation>Les vastzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="334" />
        <source>Release lesson</source>
        <translation>Les losmaken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="347" />
        <source>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</source>
        <translation>Er is geen vrij moment dat aan alle regels voldoet. Kies ‘Annuleren en opnieuw plannen…’; dan mogen andere lessen een beetje schuiven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="360" />
        <source>Cancel and re-plan</source>
        <translation>Annuleren en opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="369" />
        <source>New moment: %1.</source>
        <translation>Nieuw moment: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="371" />
        <source>Also moved: %1.</source>
        <translation>Ook verschoven: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="375" />
        <source>The lesson is cancelled but no new moment fits: %1</source>
        <translation>De les is afgelast, maar er past geen nieuw moment: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="377" />
        <source>Cancel and re-plan lesson</source>
        <translation>Les annuleren en opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="384" />
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Bezig met plannen… dit duurt hooguit %1 seconden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="386" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="400" />
        <source>Automatic planning</source>
        <translation>Automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="391" />
        <source>Not everything could be planned:</source>
        <translation>Niet alles kon worden gepland:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="397" />
        <source>The first planned lesson is on %1; the view shows that week now.</source>
        <translation>De eerste geplande les is op %1; het overzicht toont nu die week.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="409" />
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="410" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="417" />
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="411" />
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="416" />
        <source>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</source>
        <translation>%1 afspraken opgeslagen in %2. Open dit bestand met Outlook, Google Agenda of Apple Agenda.</translation>
    </message>
</context>
</TS>