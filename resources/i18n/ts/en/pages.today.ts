<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="69" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="70" />
        <source>Who am I…</source>
        <translation>Who am I…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="71" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="106" />
        <source>Choose who you are</source>
        <translation>Choose who you are</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="79" />
        <source>Today sections</source>
        <translation>Today sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="80" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="84" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="344" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="86" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="88" />
        <source>Intervision</source>
        <translation>Intervision</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="95" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="104" />
        <source>No lessons</source>
        <translation>No lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="105" />
        <source>Choose who you are…</source>
        <translation>Choose who you are…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="116" />
        <source>Lesson details</source>
        <translation>Lesson details</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="117" />
        <source>Lesson &amp;held</source>
        <translation>Lesson &amp;held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="117" />
        <source>Mark lesson as held</source>
        <translation>Mark lesson as held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="118" />
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="118" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="289" />
        <source>Cancel lesson</source>
        <translation>Cancel lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="119" />
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="119" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="306" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="120" />
        <source>Record a con&amp;cern…</source>
        <translation>Record a con&amp;cern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="121" />
        <source>Record a concern about a pupil</source>
        <translation>Record a concern about a pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="133" />
        <source>Lesson sections</source>
        <translation>Lesson sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="134" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="135" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="136" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="178" />
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="186" />
        <source>You are: %1</source>
        <translation>You are: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="194" />
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice on this computer.</source>
        <translation>Choose who you are to see your lessons. WIsH Desk remembers your choice on this computer.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="211" />
        <source>You have no planned lessons. Lessons appear here once the coordinator has planned them.</source>
        <translation>You have no planned lessons. Lessons appear here once the coordinator has planned them.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="239" />
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="241" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="244" />
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Teacher: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="246" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="248" />
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="269" />
        <source>Lesson %1 held</source>
        <translation>Lesson %1 held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="317" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="332" />
        <source>Save reflection</source>
        <translation>Save reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="344" />
        <source>To do (%1)</source>
        <translation>To do (%1)</translation>
    </message>
</context>
</TS>