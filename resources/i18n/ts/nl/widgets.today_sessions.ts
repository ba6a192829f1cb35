<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="46"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="47"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="49"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="58"/>
        <source>My lessons</source>
        <translation>Mijn lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="67"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="72"/>
        <source>still to record</source>
        <translation>nog invullen</translation>
    </message>
</context>
</TS>
