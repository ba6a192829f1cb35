<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../../../wishdesk/gui/formatting.py" line="22" />
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
</context>
</TS>