<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="31" />
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="31" />
        <source>The team database on the server is backed up and checked by its administrator.</source>
        <translation>Van de teamdatabase op de server maakt de beheerder de back-ups en de controles.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="46" />
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="47" />
        <source>Backup saved: %1</source>
        <translation>Back-up bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="64" />
        <source>Checking the database…</source>
        <translation>Database controleren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="77" />
        <source>Replace the data in %1 by this backup?

%2

The current state is saved as a backup first, and no backup is deleted.</source>
        <translation>De gegevens in %1 vervangen door deze back-up?

%2

De huidige toestand wordt eerst als back-up bewaard, en er wordt geen enkele back-up verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="80" />
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="92" />
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="101" />
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="98" />
        <source>The backup has been restored.</source>
        <translation>De back-up is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="100" />
        <source>The state before the restore was saved as %1.</source>
        <translation>De toestand van vóór het terugzetten is bewaard als %1.</translation>
    </message>
</context>
</TS>