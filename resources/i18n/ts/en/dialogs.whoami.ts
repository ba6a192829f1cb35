<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="44" />
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="47" />
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="47" />
        <source>resilience specialist</source>
        <translation>resilience specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="48" />
        <source>care coordinator</source>
        <translation>care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="49" />
        <source>programme coordinator</source>
        <translation>programme coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="51" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="52" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="53" />
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="61" />
        <source>Type (part of) your name or school…</source>
        <translation>Type (part of) your name or school…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="62" />
        <source>Filter staff</source>
        <translation>Filter staff</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="72" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="75" />
        <source>Choose yourself. WIsH Desk remembers this on this computer and shows your lessons; you are the author of what you write.</source>
        <translation>Choose yourself. WIsH Desk remembers this on this computer and shows your lessons; you are the author of what you write.</translation>
    </message>
</context>
</TS>