<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="28" />
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="31" />
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="31" />
        <source>resilience specialist</source>
        <translation>resilience specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="32" />
        <source>care coordinator</source>
        <translation>care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="33" />
        <source>programme coordinator</source>
        <translation>programme coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="36" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="37" />
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="42" />
        <source>Type (part of) your name or school…</source>
        <translation>Type (part of) your name or school…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="43" />
        <source>Filter staff</source>
        <translation>Filter staff</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="53" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="56" />
        <source>Choose yourself. WIsH Desk remembers this for this database and shows your lessons; you are the author of what you write.</source>
        <translation>Choose yourself. WIsH Desk remembers this for this database and shows your lessons; you are the author of what you write.</translation>
    </message>
</context>
</TS>