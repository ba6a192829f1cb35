<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/team_opening.py" line="79"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
</TS>
