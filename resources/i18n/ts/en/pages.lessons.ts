<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="21" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="22" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="23" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="24" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="26" />
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="40" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="30" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="58" />
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="58" />
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="58" />
        <source>together</source>
        <translation>together</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="60" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="60" />
        <source>Who leads</source>
        <translation>Who leads</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="60" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="61" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="61" />
        <source>Home activity</source>
        <translation>Home activity</translation>
    </message>
</context>
</TS>