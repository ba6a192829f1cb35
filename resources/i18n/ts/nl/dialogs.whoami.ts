<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="28"/>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="31"/>
        <source>teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="31"/>
        <source>resilience specialist</source>
        <translation>weerbaarheidsspecialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="32"/>
        <source>care coordinator</source>
        <translation>intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="33"/>
        <source>programme coordinator</source>
        <translation>programmacoördinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="35"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="36"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="37"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="42"/>
        <source>Type (part of) your name or school…</source>
        <translation>Typ (een deel van) uw naam of school…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="43"/>
        <source>Filter staff</source>
        <translation>Medewerkers filteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="53"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/whoami.py" line="56"/>
        <source>Choose yourself. WIsH Desk remembers this for this database and shows your lessons; you are the author of what you write.</source>
        <translation>Kies uzelf. WIsH Desk onthoudt dit voor deze database en toont uw lessen; u bent de auteur van wat u schrijft.</translation>
    </message>
</context>
</TS>
