<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="22" />
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="27" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="28" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="29" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="30" />
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="31" />
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="32" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="39" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="43" />
        <source>Choose a backup to put back. The current state is backed up first, and no backup is ever deleted.</source>
        <translation>Choose a backup to put back. The current state is backed up first, and no backup is ever deleted.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="47" />
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="50" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
</TS>