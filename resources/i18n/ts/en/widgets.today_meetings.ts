<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="26" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="28" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="29" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="30" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="31" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="32" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="33" />
        <source>My hours</source>
        <translation>My hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="41" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="45" />
        <source>Hours register</source>
        <translation>Hours register</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="47" />
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="47" />
        <source>Edit / attendance…</source>
        <translation>Edit / attendance…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="48" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="49" />
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="108" />
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="50" />
        <source>Edit meeting and attendance</source>
        <translation>Edit meeting and attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="51" />
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="133" />
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="80" />
        <source>Professional development of %1: %2 hour(s) in %3 meeting(s).</source>
        <translation>Professional development of %1: %2 hour(s) in %3 meeting(s).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="125" />
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
</context>
</TS>