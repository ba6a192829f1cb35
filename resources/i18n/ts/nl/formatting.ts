<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../../../wishdesk/gui/formatting.py" line="22"/>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
</context>
</TS>
