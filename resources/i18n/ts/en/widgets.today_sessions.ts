<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="46" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="47" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="49" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="58" />
        <source>My lessons</source>
        <translation>My lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="67" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="72" />
        <source>still to record</source>
        <translation>still to record</translation>
    </message>
</context>
</TS>