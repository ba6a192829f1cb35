<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="74" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="75" />
        <source>Who am I…</source>
        <translation>Who am I…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="76" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="114" />
        <source>Choose who you are</source>
        <translation>Choose who you are</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="84" />
        <source>Today sections</source>
        <translation>Today sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="85" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="89" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="355" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="91" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="93" />
        <source>Intervision</source>
        <translation>Intervision</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="103" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="112" />
        <source>No lessons</source>
        <translation>No lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="113" />
        <source>Choose who you are…</source>
        <translation>Choose who you are…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="124" />
        <source>Lesson details</source>
        <translation>Lesson details</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="125" />
        <source>Lesson &amp;held</source>
        <translation>Lesson &amp;held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="125" />
        <source>Mark lesson as held</source>
        <translation>Mark lesson as held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="126" />
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="126" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="302" />
        <source>Cancel lesson</source>
        <translation>Cancel lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="127" />
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="127" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="315" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="128" />
        <source>Record a con&amp;cern…</source>
        <translation>Record a con&amp;cern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="129" />
        <source>Record a concern about a pupil</source>
        <translation>Record a concern about a pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141" />
        <source>Lesson sections</source>
        <translation>Lesson sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="143" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="144" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="193" />
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="201" />
        <source>You are: %1</source>
        <translation>You are: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="211" />
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="228" />
        <source>You have no planned lessons. Lessons appear here once the coordinator has planned them.</source>
        <translation>You have no planned lessons. Lessons appear here once the coordinator has planned them.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="256" />
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="258" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="261" />
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Teacher: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="263" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="265" />
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="287" />
        <source>Lesson %1 held</source>
        <translation>Lesson %1 held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="330" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="341" />
        <source>Save reflection</source>
        <translation>Save reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="355" />
        <source>To do (%1)</source>
        <translation>To do (%1)</translation>
    </message>
</context>
</TS>