<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="44" />
        <source>Lesson %1 held</source>
        <translation>Les %1 gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="60" />
        <source>Cancel lesson</source>
        <translation>Les afgelasten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="74" />
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="88" />
        <source>Save attendance</source>
        <translation>Aanwezigheid opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today_edits.py" line="102" />
        <source>Save reflection</source>
        <translation>Reflectie opslaan</translation>
    </message>
</context>
</TS>