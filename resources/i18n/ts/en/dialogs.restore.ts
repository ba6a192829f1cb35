<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="38" />
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="39" />
        <source>On closing</source>
        <translation>On closing</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="40" />
        <source>Before an update</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="41" />
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="42" />
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="43" />
        <source>Before a repair</source>
        <translation>Before a repair</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="44" />
        <source>Rescued (file had disappeared)</source>
        <translation>Rescued (file had disappeared)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="55" />
        <source>Backup of %1 (%2): %3 schools, %4 pupils, %5 lessons</source>
        <translation>Backup of %1 (%2): %3 schools, %4 pupils, %5 lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="64" />
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="140" />
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="71" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="72" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="73" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="74" />
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="75" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="76" />
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="77" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="85" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="92" />
        <source>Choose the backup to put back. The current state is backed up first, and no backup is ever deleted.</source>
        <translation>Choose the backup to put back. The current state is backed up first, and no backup is ever deleted.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="99" />
        <source>Backups are kept in %1</source>
        <translation>Backups are kept in %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="105" />
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="107" />
        <source>Other file…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="108" />
        <source>Restore a backup from elsewhere, for example a USB stick</source>
        <translation>Restore a backup from elsewhere, for example a USB stick</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="111" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="133" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="134" />
        <source>WIsH Desk backup (*%1 *.sqlite *.db);;All files (*)</source>
        <translation>WIsH Desk backup (*%1 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="95" />
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
</context>
</TS>