<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="22" />
        <source>Restore from backup</source>
        <translation>Terugzetten van back-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="27" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="28" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="29" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="30" />
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="31" />
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="32" />
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="39" />
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="43" />
        <source>Choose a backup to put back. The current state is backed up first, and no backup is ever deleted.</source>
        <translation>Kies de back-up die u wilt terugzetten. Van de huidige toestand wordt eerst een back-up gemaakt, en er wordt nooit een back-up verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="47" />
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen back-ups van deze database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="50" />
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
</TS>