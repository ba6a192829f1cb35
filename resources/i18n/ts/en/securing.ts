<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Securing</name>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="71" />
        <source>WIsH Desk first makes a backup, then encrypts %1 and opens it again. Make the first account: the programme coordinator, who later adds the accounts of colleagues. After this, everyone signs in with a name and password.</source>
        <extracomment>tests: called with each dialog instead of exec(); returns whether it was accepted</extracomment>
        <translation>WIsH Desk first makes a backup, then encrypts %1 and opens it again. Make the first account: the programme coordinator, who later adds the accounts of colleagues. After this, everyone signs in with a name and password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="75" />
        <location filename="../../../../wishdesk/gui/securing.py" line="104" />
        <source>Encrypt database</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="110" />
        <source>Encrypting the database…</source>
        <translation>Encrypting the database…</translation>
    </message>
</context>
</TS>