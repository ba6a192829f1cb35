<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/team_opening.py" line="79" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
</TS>