<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="21" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="22" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="23" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="24" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="26" />
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="40" />
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="30" />
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="58" />
        <source>teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="58" />
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="58" />
        <source>together</source>
        <translation>samen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59" />
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59" />
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="60" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="60" />
        <source>Who leads</source>
        <translation>Wie leidt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="60" />
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="61" />
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="61" />
        <source>Home activity</source>
        <translation>Thuisopdracht</translation>
    </message>
</context>
</TS>