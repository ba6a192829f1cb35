<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Scope</name>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="19" />
        <source>Only the school's teachers and care coordinator (or a programme coordinator) change pupils and parents.</source>
        <translation>Only the school's teachers and care coordinator (or a programme coordinator) change pupils and parents.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="21" />
        <source>Only the school's teachers and care coordinator (or a programme coordinator) make a family's data overview.</source>
        <translation>Only the school's teachers and care coordinator (or a programme coordinator) make a family's data overview.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="23" />
        <source>Only a programme coordinator or the school's care coordinator sets up groups.</source>
        <translation>Only a programme coordinator or the school's care coordinator sets up groups.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="24" />
        <source>Only a programme coordinator sets up schools and staff: they decide who sees which pupils.</source>
        <translation>Only a programme coordinator sets up schools and staff: they decide who sees which pupils.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="25" />
        <source>Only a programme coordinator plans automatically: it moves lessons of every school.</source>
        <translation>Only a programme coordinator plans automatically: it moves lessons of every school.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/scope.py" line="26" />
        <source>Only a programme coordinator sees every school at once; you see the schools you work at.</source>
        <translation>Only a programme coordinator sees every school at once; you see the schools you work at.</translation>
    </message>
</context>
</TS>