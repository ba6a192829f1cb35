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
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79" />
        <source>Lessons of</source>
        <translation>Lessons of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="80" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="81" />
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>Municipality (all schools)</source>
        <translation>Municipality (all schools)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="84" />
        <source>Which one</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>Previous week or month</source>
        <translation>Previous week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="88" />
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="88" />
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89" />
        <source>Next week or month</source>
        <translation>Next week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="69" />
        <source>Shown period</source>
        <translation>Shown period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="91" />
        <source>&amp;Lessons of</source>
        <translation>&amp;Lessons of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="124" />
        <source>Planning message</source>
        <translation>Planning message</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="135" />
        <source>How to use the schedule</source>
        <translation>How to use the schedule</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="145" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="233" />
        <source>Lessons of %1…</source>
        <translation>Lessons of %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="244" />
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="268" />
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="131" />
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</source>
        <translation>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="270" />
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="275" />
        <source>Click a day to see its week.</source>
        <translation>Click a day to see its week.</translation>
    </message>
</context>
</TS>