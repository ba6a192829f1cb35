<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="59" />
        <source>&amp;Automatic planning</source>
        <translation>&amp;Automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="60" />
        <source>Plan all lessons of the school year automatically</source>
        <translation>Alle lessen van het schooljaar automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="61" />
        <source>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</source>
        <translation>Ctrl+Shift+P: geeft elke les zonder datum een moment; gegeven, vastgezette en al geplande lessen blijven staan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="64" />
        <source>&amp;Export calendar…</source>
        <translation>Agenda &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="65" />
        <source>Export the planning as a calendar file</source>
        <translation>De planning exporteren als agendabestand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="68" />
        <source>Everyone's lessons…</source>
        <translation>Lessen van iedereen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79" />
        <source>View</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="80" />
        <source>Lessons of</source>
        <translation>Lessen van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="80" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="83" />
        <source>Municipality (all schools)</source>
        <translation>Gemeente (alle scholen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85" />
        <source>Which one</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="88" />
        <source>◀ &amp;Previous</source>
        <translation>◀ V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="88" />
        <source>Previous week or month</source>
        <translation>Vorige week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89" />
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89" />
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="90" />
        <source>&amp;Next ▶</source>
        <translation>Vol&amp;gende ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="90" />
        <source>Next week or month</source>
        <translation>Volgende week of maand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="71" />
        <source>Shown period</source>
        <translation>Getoonde periode</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="92" />
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="92" />
        <source>&amp;Lessons of</source>
        <translation>Lessen &amp;van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="125" />
        <source>Planning message</source>
        <translation>Melding van de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="136" />
        <source>How to use the schedule</source>
        <translation>Zo werkt het rooster</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="146" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="223" />
        <source>Lessons of %1…</source>
        <translation>Lessen van %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="234" />
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="317" />
        <source>Watch out: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="319" />
        <source>Watch out: %1 conflicts, see the list on the right.</source>
        <translation>Let op: %1 conflicten, zie de lijst rechts.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="258" />
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="132" />
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</source>
        <translation>Sleep een les naar een ander moment, of kies hem en druk op Alt+pijltjestoetsen. Grijs: gegeven · speld: vastgezet · gearceerd met !: conflict · lichtgroen: lestijden van de school. Rechtsklik voor meer.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="260" />
        <source>cancelled: %1</source>
        <translation>afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="265" />
        <source>Click a day to see its week.</source>
        <translation>Klik op een dag om die week te zien.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="323" />
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="315" />
        <source>Moved to %1.</source>
        <translation>Verplaatst naar %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="332" />
        <source>Pin lesson</source>
        <translation>Les vastzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="332" />
        <source>Release lesson</source>
        <translation>Les losmaken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="345" />
        <source>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</source>
        <translation>Er is geen vrij moment dat aan alle regels voldoet. Kies ‘Annuleren en opnieuw plannen…’; dan mogen andere lessen een beetje schuiven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="358" />
        <source>Cancel and re-plan</source>
        <translation>Annuleren en opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="367" />
        <source>New moment: %1.</source>
        <translation>Nieuw moment: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="369" />
        <source>Also moved: %1.</source>
        <translation>Ook verschoven: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="373" />
        <source>The lesson is cancelled but no new moment fits: %1</source>
        <translation>De les is afgelast, maar er past geen nieuw moment: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="375" />
        <source>Cancel and re-plan lesson</source>
        <translation>Les annuleren en opnieuw plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="382" />
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Bezig met plannen… dit duurt hooguit %1 seconden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="384" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="393" />
        <source>Automatic planning</source>
        <translation>Automatisch plannen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="389" />
        <source>Not everything could be planned:</source>
        <translation>Niet alles kon worden gepland:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="402" />
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="403" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="410" />
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="404" />
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="409" />
        <source>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</source>
        <translation>%1 afspraken opgeslagen in %2. Open dit bestand met Outlook, Google Agenda of Apple Agenda.</translation>
    </message>
</context>
</TS>