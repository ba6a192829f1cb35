<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="57" />
        <source>&amp;Automatic planning</source>
        <translation>&amp;Automatic planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="58" />
        <source>Plan all lessons of the school year automatically</source>
        <translation>Plan all lessons of the school year automatically</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="59" />
        <source>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</source>
        <translation>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="62" />
        <source>&amp;Export calendar…</source>
        <translation>&amp;Export calendar…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="63" />
        <source>Export the planning as a calendar file</source>
        <translation>Export the planning as a calendar file</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="66" />
        <source>Everyone's lessons…</source>
        <translation>Everyone's lessons…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="73" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="73" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="73" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="74" />
        <source>Lessons of</source>
        <translation>Lessons of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="74" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="75" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="76" />
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78" />
        <source>Which one</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>Previous week or month</source>
        <translation>Previous week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="83" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="83" />
        <source>Next week or month</source>
        <translation>Next week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85" />
        <source>Shown period</source>
        <translation>Shown period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>&amp;Lessons of</source>
        <translation>&amp;Lessons of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="120" />
        <source>Planning message</source>
        <translation>Planning message</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="131" />
        <source>How to use the schedule</source>
        <translation>How to use the schedule</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="141" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="214" />
        <source>Lessons of %1…</source>
        <translation>Lessons of %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="225" />
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="307" />
        <source>Watch out: %1</source>
        <translation>Watch out: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="309" />
        <source>Watch out: %1 conflicts, see the list on the right.</source>
        <translation>Watch out: %1 conflicts, see the list on the right.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="249" />
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="127" />
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</source>
        <translation>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="251" />
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="256" />
        <source>Click a day to see its week.</source>
        <translation>Click a day to see its week.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="300" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="305" />
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="321" />
        <source>Pin lesson</source>
        <translation>Pin lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="321" />
        <source>Release lesson</source>
        <translation>Release lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="333" />
        <source>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</source>
        <translation>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="346" />
        <source>Cancel and re-plan</source>
        <translation>Cancel and re-plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="356" />
        <source>New moment: %1.</source>
        <translation>New moment: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="358" />
        <source>Also moved: %1.</source>
        <translation>Also moved: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="362" />
        <source>The lesson is cancelled but no new moment fits: %1</source>
        <translation>The lesson is cancelled but no new moment fits: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="365" />
        <source>Cancel and re-plan lesson</source>
        <translation>Cancel and re-plan lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="370" />
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Planning… this takes up to %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="372" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="383" />
        <source>Automatic planning</source>
        <translation>Automatic planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="378" />
        <source>Not everything could be planned:</source>
        <translation>Not everything could be planned:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="390" />
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="391" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="398" />
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="392" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="397" />
        <source>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</source>
        <translation>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</translation>
    </message>
</context>
</TS>