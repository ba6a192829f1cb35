<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TakeTeamDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="43" />
        <source>Take the team database along</source>
        <translation>Take the team database along</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="48" />
        <source>WIsH Desk copies what your login may see on the team server into an encrypted file on this laptop. You then work offline and synchronise when the server is reachable. You sign in to the copy with the same password.</source>
        <translation>WIsH Desk copies what your login may see on the team server into an encrypted file on this laptop. You then work offline and synchronise when the server is reachable. You sign in to the copy with the same password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="64" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="70" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="81" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="70" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="82" />
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="71" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="83" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="71" />
        <source>Laptop copy</source>
        <translation>Laptop copy</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="77" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="84" />
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="101" />
        <source>Save the copy as</source>
        <translation>Save the copy as</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="86" />
        <source>Make the copy</source>
        <translation>Make the copy</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="102" />
        <source>WIsH Desk database (*.sqlite)</source>
        <translation>WIsH Desk database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="117" />
        <source>the server address</source>
        <translation>the server address</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="117" />
        <source>your login</source>
        <translation>your login</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="118" />
        <source>your password</source>
        <translation>your password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="118" />
        <source>a file name</source>
        <translation>a file name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="121" />
        <source>Fill in %1.</source>
        <translation>Fill in %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/take_team.py" line="142" />
        <source>Copying the team database…</source>
        <translation>Copying the team database…</translation>
    </message>
</context>
</TS>