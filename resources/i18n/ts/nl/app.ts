<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="71"/>
        <source>Cannot open database</source>
        <translation>Database kan niet geopend worden</translation>
    </message>
</context>
</TS>
