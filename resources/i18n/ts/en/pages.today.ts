<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="71" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="72" />
        <source>Who am I…</source>
        <translation>Who am I…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="73" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="108" />
        <source>Choose who you are</source>
        <translation>Choose who you are</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="81" />
        <source>Today sections</source>
        <translation>Today sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="82" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="86" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="347" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="88" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="90" />
        <source>Intervision</source>
        <translation>Intervision</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="97" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="106" />
        <source>No lessons</source>
        <translation>No lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="107" />
        <source>Choose who you are…</source>
        <translation>Choose who you are…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="118" />
        <source>Lesson details</source>
        <translation>Lesson details</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="119" />
        <source>Lesson &amp;held</source>
        <translation>Lesson &amp;held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="119" />
        <source>Mark lesson as held</source>
        <translation>Mark lesson as held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="120" />
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="120" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="294" />
        <source>Cancel lesson</source>
        <translation>Cancel lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="121" />
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="121" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="307" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="122" />
        <source>Record a con&amp;cern…</source>
        <translation>Record a con&amp;cern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="123" />
        <source>Record a concern about a pupil</source>
        <translation>Record a concern about a pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="135" />
        <source>Lesson sections</source>
        <translation>Lesson sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="136" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="137" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="138" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="187" />
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="195" />
        <source>You are: %1</source>
        <translation>You are: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="203" />
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="220" />
        <source>You have no planned lessons. Lessons appear here once the coordinator has planned them.</source>
        <translation>You have no planned lessons. Lessons appear here once the coordinator has planned them.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="248" />
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="250" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="253" />
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Teacher: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="255" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="257" />
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="279" />
        <source>Lesson %1 held</source>
        <translation>Lesson %1 held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="322" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="333" />
        <source>Save reflection</source>
        <translation>Save reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="347" />
        <source>To do (%1)</source>
        <translation>To do (%1)</translation>
    </message>
</context>
</TS>