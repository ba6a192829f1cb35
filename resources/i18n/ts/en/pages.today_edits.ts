<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="44" />
        <source>Lesson %1 held</source>
        <translation>Lesson %1 held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="60" />
        <source>Cancel lesson</source>
        <translation>Cancel lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="74" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="88" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="102" />
        <source>Save reflection</source>
        <translation>Save reflection</translation>
    </message>
</context>
</TS>