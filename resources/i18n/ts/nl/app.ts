<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="107" />
        <location filename="../../../../wishdesk/gui/app.py" line="182" />
        <location filename="../../../../wishdesk/gui/app.py" line="213" />
        <source>Cannot open database</source>
        <translation>Database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="113" />
        <location filename="../../../../wishdesk/gui/app.py" line="116" />
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="117" />
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="122" />
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="131" />
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="132" />
        <source>The team database on the server is backed up by its administrator.</source>
        <translation>Van de teamdatabase op de server maakt de beheerder de back-ups.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="139" />
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="140" />
        <source>Backup saved: %1</source>
        <translation>Back-up bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="162" />
        <location filename="../../../../wishdesk/gui/app.py" line="166" />
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/app.py" line="166" />
        <source>The backup has been restored. The state before the restore was saved as %1.</source>
        <translation>De back-up is teruggezet. De toestand van vóór het terugzetten is bewaard als %1.</translation>
    </message>
</context>
</TS>