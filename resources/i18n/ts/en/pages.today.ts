<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="76" />
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="77" />
        <source>Who am I…</source>
        <translation>Who am I…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="78" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="125" />
        <source>Choose who you are</source>
        <translation>Choose who you are</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="86" />
        <source>Today sections</source>
        <translation>Today sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="87" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="91" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="401" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="93" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="95" />
        <source>Intervision</source>
        <translation>Intervision</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="114" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="123" />
        <source>No lessons</source>
        <translation>No lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="124" />
        <source>Choose who you are…</source>
        <translation>Choose who you are…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="131" />
        <source>Go to planning</source>
        <translation>Go to planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="140" />
        <source>Lesson details</source>
        <translation>Lesson details</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141" />
        <source>Lesson &amp;held</source>
        <translation>Lesson &amp;held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141" />
        <source>Mark lesson as held</source>
        <translation>Mark lesson as held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142" />
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="346" />
        <source>Cancel lesson</source>
        <translation>Cancel lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="143" />
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="143" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="360" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="144" />
        <source>Record a con&amp;cern…</source>
        <translation>Record a con&amp;cern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="145" />
        <source>Record a concern about a pupil</source>
        <translation>Record a concern about a pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="157" />
        <source>Lesson sections</source>
        <translation>Lesson sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="158" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="159" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="160" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="217" />
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="225" />
        <source>You are: %1</source>
        <translation>You are: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="235" />
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="260" />
        <source>You have no planned lessons.</source>
        <translation>You have no planned lessons.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="297" />
        <source>Lesson %1: %2</source>
        <translation>Lesson %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="299" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="302" />
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Teacher: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="304" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="306" />
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="330" />
        <source>Lesson %1 held</source>
        <translation>Lesson %1 held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="374" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="388" />
        <source>Save reflection</source>
        <translation>Save reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="401" />
        <source>To do (%1)</source>
        <translation>To do (%1)</translation>
    </message>
</context>
</TS>