<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="55" />
        <source>&amp;Automatic planning</source>
        <translation>&amp;Automatic planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="56" />
        <source>Plan all lessons of the school year automatically</source>
        <translation>Plan all lessons of the school year automatically</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="57" />
        <source>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</source>
        <translation>Ctrl+Shift+P: gives every lesson without a date a moment; held, pinned and planned lessons stay where they are.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="60" />
        <source>&amp;Export calendar…</source>
        <translation>&amp;Export calendar…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="61" />
        <source>Export the planning as a calendar file</source>
        <translation>Export the planning as a calendar file</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="64" />
        <source>Everyone's lessons…</source>
        <translation>Everyone's lessons…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="76" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="76" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="76" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="77" />
        <source>Lessons of</source>
        <translation>Lessons of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="77" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="78" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="79" />
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="80" />
        <source>Municipality (all schools)</source>
        <translation>Municipality (all schools)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="82" />
        <source>Which one</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="85" />
        <source>Previous week or month</source>
        <translation>Previous week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="86" />
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="86" />
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="87" />
        <source>Next week or month</source>
        <translation>Next week or month</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="67" />
        <source>Shown period</source>
        <translation>Shown period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="89" />
        <source>&amp;Lessons of</source>
        <translation>&amp;Lessons of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="122" />
        <source>Planning message</source>
        <translation>Planning message</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="133" />
        <source>How to use the schedule</source>
        <translation>How to use the schedule</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="143" />
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="231" />
        <source>Lessons of %1…</source>
        <translation>Lessons of %1…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="242" />
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="266" />
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="129" />
        <source>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</source>
        <translation>Drag a lesson to another moment, or select it and press Alt+arrow keys. Grey: held · pin: pinned · hatched with !: conflict · light green: the school's lesson times. Right-click for more.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="268" />
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/planning.py" line="273" />
        <source>Click a day to see its week.</source>
        <translation>Click a day to see its week.</translation>
    </message>
</context>
</TS>