<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="44" />
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="47" />
        <source>teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="47" />
        <source>resilience specialist</source>
        <translation>weerbaarheidsspecialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="48" />
        <source>care coordinator</source>
        <translation>intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="49" />
        <source>programme coordinator</source>
        <translation>programmacoördinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="51" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="52" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="53" />
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="61" />
        <source>Type (part of) your name or school…</source>
        <translation>Typ (een deel van) uw naam of school…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="62" />
        <source>Filter staff</source>
        <translation>Medewerkers filteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="72" />
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="75" />
        <source>Choose yourself. WIsH Desk remembers this on this computer and shows your lessons; you are the author of what you write.</source>
        <translation>Kies uzelf. WIsH Desk onthoudt dit op deze computer en toont uw lessen; u bent de auteur van wat u schrijft.</translation>
    </message>
</context>
</TS>