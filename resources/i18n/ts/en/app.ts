<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="71" />
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
</context>
</TS>