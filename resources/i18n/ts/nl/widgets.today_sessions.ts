<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>LessonDay</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="110" />
        <source>You give no lessons yourself, so none appear here. The lessons of all schools are on the Planning page.</source>
        <translation>U geeft zelf geen lessen, dus hier staan er geen. De lessen van alle scholen staan op de pagina Planning.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="113" />
        <source>You are not the teacher or specialist of any group yet, so no lessons appear here. Link yourself to a group on the Groups page.</source>
        <translation>U bent nog geen leerkracht of specialist van een groep, dus hier staan geen lessen. Koppel uzelf aan een groep op de pagina Groepen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="117" />
        <source>Your groups have %1 lessons without a date. Plan them on the Planning page.</source>
        <translation>Uw groepen hebben %1 lessen zonder datum. Plan ze op de pagina Planning.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="119" />
        <source>Your groups have %1 lessons without a date yet; they appear here once the coordinator has planned them.</source>
        <translation>Uw groepen hebben nog %1 lessen zonder datum; ze verschijnen hier zodra de coördinator ze heeft gepland.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="122" />
        <source>All %1 lessons of your groups have been held; there are no lessons left to give.</source>
        <translation>Alle %1 lessen van uw groepen zijn gegeven; er zijn geen lessen meer te geven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="125" />
        <source>Your groups have no lessons yet. Plan them on the Planning page.</source>
        <translation>Uw groepen hebben nog geen lessen. Plan ze op de pagina Planning.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="126" />
        <source>Your groups have no lessons yet; they appear here once the coordinator has planned them.</source>
        <translation>Uw groepen hebben nog geen lessen; ze verschijnen hier zodra de coördinator ze heeft gepland.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="47" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="48" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="49" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="50" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="59" />
        <source>My lessons</source>
        <translation>Mijn lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="68" />
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_sessions.py" line="73" />
        <source>still to record</source>
        <translation>nog invullen</translation>
    </message>
</context>
</TS>