<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>LessonDay</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="110" />
        <source>You give no lessons yourself, so none appear here. The lessons of all schools are on the Planning page.</source>
        <translation>You give no lessons yourself, so none appear here. The lessons of all schools are on the Planning page.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="113" />
        <source>You are not the teacher or specialist of any group yet, so no lessons appear here. Link yourself to a group on the Groups page.</source>
        <translation>You are not the teacher or specialist of any group yet, so no lessons appear here. Link yourself to a group on the Groups page.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="117" />
        <source>Your groups have %1 lessons without a date. Plan them on the Planning page.</source>
        <translation>Your groups have %1 lessons without a date. Plan them on the Planning page.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="119" />
        <source>Your groups have %1 lessons without a date yet; they appear here once the coordinator has planned them.</source>
        <translation>Your groups have %1 lessons without a date yet; they appear here once the coordinator has planned them.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="122" />
        <source>All %1 lessons of your groups have been held; there are no lessons left to give.</source>
        <translation>All %1 lessons of your groups have been held; there are no lessons left to give.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="125" />
        <source>Your groups have no lessons yet. Plan them on the Planning page.</source>
        <translation>Your groups have no lessons yet. Plan them on the Planning page.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="126" />
        <source>Your groups have no lessons yet; they appear here once the coordinator has planned them.</source>
        <translation>Your groups have no lessons yet; they appear here once the coordinator has planned them.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="47" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="48" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="49" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="50" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="59" />
        <source>My lessons</source>
        <translation>My lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="68" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="73" />
        <source>still to record</source>
        <translation>still to record</translation>
    </message>
</context>
</TS>