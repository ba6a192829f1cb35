<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="60" />
        <source>&amp;Automatic planning</source>
        <translation>&amp;Automatic planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="61" />
        <source>Plan all lessons of the school year automatically</source>
        <translation>Plan all lessons of the school year automatically</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="62" />
        <source>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</source>
        <translation>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="65" />
        <source>&amp;Export calendar…</source>
        <translation>&amp;Export calendar…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="66" />
        <source>Export the planning as a calendar file</source>
        <translation>Export the planning as a calendar file</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="69" />
        <source>Everyone's lessons…</source>
        <translation>Everyone's lessons…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>Lessons of</source>
        <translation>Lessons of</translation>
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
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85" />
        <source>Municipality (all schools)</source>
        <translation>Municipality (all schools)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>Which one</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="90" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="90" />
        <source>Previous week or month</source>
        <translation>Previous week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91" />
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91" />
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="92" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="92" />
        <source>Next week or month</source>
        <translation>Next week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="72" />
        <source>Shown period</source>
        <translation>Shown period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="94" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="94" />
        <source>&amp;Lessons of</source>
        <translation>&amp;Lessons of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="127" />
        <source>Planning message</source>
        <translation>Planning message</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="138" />
        <source>How to use the schedule</source>
        <translation>How to use the schedule</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="148" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="225" />
        <source>Lessons of %1…</source>
        <translation>Lessons of %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="236" />
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="319" />
        <source>Watch out: %1</source>
        <translation>Watch out: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="321" />
        <source>Watch out: %1 conflicts, see the list on the right.</source>
        <translation>Watch out: %1 conflicts, see the list on the right.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="260" />
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="134" />
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</source>
        <translation>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="262" />
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="267" />
        <source>Click a day to see its week.</source>
        <translation>Click a day to see its week.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="325" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="317" />
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="334" />
        <source>Pin lesson</source>
        <translation>Pin lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="334" />
        <source>Release lesson</source>
        <translation>Release lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="347" />
        <source>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</source>
        <translation>There is no free moment that keeps every rule. Use “Cancel and re-plan…”, which may move other lessons a little.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="360" />
        <source>Cancel and re-plan</source>
        <translation>Cancel and re-plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="369" />
        <source>New moment: %1.</source>
        <translation>New moment: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="371" />
        <source>Also moved: %1.</source>
        <translation>Also moved: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="375" />
        <source>The lesson is cancelled but no new moment fits: %1</source>
        <translation>The lesson is cancelled but no new moment fits: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="377" />
        <source>Cancel and re-plan lesson</source>
        <translation>Cancel and re-plan lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="384" />
        <source>Planning… this takes up to %1 seconds.</source>
        <translation>Planning… this takes up to %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="386" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="400" />
        <source>Automatic planning</source>
        <translation>Automatic planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="391" />
        <source>Not everything could be planned:</source>
        <translation>Not everything could be planned:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="397" />
        <source>The first planned lesson is on %1; the view shows that week now.</source>
        <translation>The first planned lesson is on %1; the view shows that week now.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="409" />
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="410" />
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="417" />
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="411" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="416" />
        <source>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</source>
        <translation>%1 appointments saved in %2. Open this file with Outlook, Google or Apple Calendar.</translation>
    </message>
</context>
</TS>