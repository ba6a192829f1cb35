<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="25" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="26" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="27" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="28" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="29" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="30" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="31" />
        <source>My hours</source>
        <translation>My hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="39" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="43" />
        <source>Hours register</source>
        <translation>Hours register</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="45" />
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="45" />
        <source>Edit / attendance…</source>
        <translation>Edit / attendance…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="46" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="47" />
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="111" />
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="48" />
        <source>Edit meeting and attendance</source>
        <translation>Edit meeting and attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="49" />
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="143" />
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="78" />
        <source>Professional development of %1: %2 hour(s) in %3 meeting(s).</source>
        <translation>Professional development of %1: %2 hour(s) in %3 meeting(s).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="132" />
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
</context>
</TS>