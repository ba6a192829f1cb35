<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>TakeTeamDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="43" />
        <source>Take the team database along</source>
        <translation>Teamdatabase meenemen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="48" />
        <source>WIsH Desk copies what your login may see on the team server into an encrypted file on this laptop. You then work offline and synchronise when the server is reachable. You sign in to the copy with the same password.</source>
        <translation>WIsH Desk kopieert wat uw login op de teamserver mag zien naar een versleuteld bestand op deze laptop. Daarna werkt u offline en synchroniseert u zodra de server bereikbaar is. U meldt zich bij de kopie aan met hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="64" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="70" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="81" />
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="70" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="82" />
        <source>Login name</source>
        <translation>Loginnaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="71" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="83" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="71" />
        <source>Laptop copy</source>
        <translation>Laptopkopie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="77" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="84" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="101" />
        <source>Save the copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="86" />
        <source>Make the copy</source>
        <translation>Kopie maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="102" />
        <source>WIsH Desk database (*.sqlite)</source>
        <translation>WIsH Desk-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="117" />
        <source>the server address</source>
        <translation>het serveradres</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="117" />
        <source>your login</source>
        <translation>uw loginnaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="118" />
        <source>your password</source>
        <translation>uw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="118" />
        <source>a file name</source>
        <translation>een bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="121" />
        <source>Fill in %1.</source>
        <translation>Vul in: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="142" />
        <source>Copying the team database…</source>
        <translation>De teamdatabase wordt gekopieerd…</translation>
    </message>
</context>
</TS>