<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="73" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="74" />
        <source>Who am I…</source>
        <translation>Who am I…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="75" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="122" />
        <source>Choose who you are</source>
        <translation>Choose who you are</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="83" />
        <source>Today sections</source>
        <translation>Today sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="84" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="88" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="326" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="90" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="92" />
        <source>Peer consultation</source>
        <translation>Peer consultation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="111" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="120" />
        <source>No lessons</source>
        <translation>No lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="121" />
        <source>Choose who you are…</source>
        <translation>Choose who you are…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="128" />
        <source>Go to planning</source>
        <translation>Go to planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="137" />
        <source>Lesson details</source>
        <translation>Lesson details</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="138" />
        <source>Lesson &amp;held</source>
        <translation>Lesson &amp;held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="138" />
        <source>Mark lesson as held</source>
        <translation>Mark lesson as held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="139" />
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="139" />
        <source>Cancel lesson</source>
        <translation>Cancel lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="140" />
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="140" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141" />
        <source>Record a con&amp;cern…</source>
        <translation>Record a con&amp;cern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142" />
        <source>Record a concern about a pupil</source>
        <translation>Record a concern about a pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="154" />
        <source>Lesson sections</source>
        <translation>Lesson sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="155" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="156" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="157" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="214" />
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="222" />
        <source>You are: %1</source>
        <translation>You are: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="232" />
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="265" />
        <source>You have no planned lessons.</source>
        <translation>You have no planned lessons.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="299" />
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="301" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="304" />
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Teacher: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="306" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="308" />
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="326" />
        <source>To do (%1)</source>
        <translation>To do (%1)</translation>
    </message>
</context>
</TS>