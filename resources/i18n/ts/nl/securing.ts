<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>Securing</name>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="91" />
        <source>WIsH Desk first makes a backup, then encrypts %1 and opens it again. Make the first account: the programme coordinator, who later adds the accounts of colleagues. After this, everyone signs in with a name and password.</source>
        <extracomment>tests: called with each dialog instead of exec(); returns whether it was accepted</extracomment>
        <translation>WIsH Desk maakt eerst een reservekopie, versleutelt dan %1 en opent hem opnieuw. Maak het eerste account: de programmacoördinator, die later de accounts van collega's toevoegt. Daarna meldt iedereen zich aan met naam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="96" />
        <location filename="../../../../wishdesk/gui/securing.py" line="125" />
        <source>Encrypt database</source>
        <translation>Database versleutelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="132" />
        <source>Encrypting the database…</source>
        <translation>De database wordt versleuteld…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="155" />
        <source>Recover with recovery key</source>
        <extracomment>tests: the database file chosen for File → "Recover with recovery key…" when none is open (None: cancelled)</extracomment>
        <translation>Herstellen met herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/securing.py" line="165" />
        <source>%1 is not encrypted: it opens without a password, so it needs no recovery key.</source>
        <translation>%1 is niet versleuteld: hij opent zonder wachtwoord, dus er is geen herstelsleutel nodig.</translation>
    </message>
</context>
</TS>