<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="38"/>
        <source>Made by hand</source>
        <translation>Handmatig gemaakt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="39"/>
        <source>On closing</source>
        <translation>Bij afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="40"/>
        <source>Before an update</source>
        <translation>Vóór een update</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="41"/>
        <source>Before a restore</source>
        <translation>Vóór terugzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="42"/>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="43"/>
        <source>Before a repair</source>
        <translation>Vóór herstel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="44"/>
        <source>Rescued (file had disappeared)</source>
        <translation>Gered (bestand was verdwenen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="55"/>
        <source>Backup of %1 (%2): %3 schools, %4 pupils, %5 lessons</source>
        <translation>Back-up van %1 (%2): %3 scholen, %4 leerlingen, %5 lesmomenten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="64"/>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="140"/>
        <source>Restore from backup</source>
        <translation>Terugzetten van back-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="71"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="72"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="73"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="74"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="75"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="76"/>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="77"/>
        <source>Lessons</source>
        <translation>Lesmomenten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="85"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="92"/>
        <source>Choose the backup to put back. The current state is backed up first, and no backup is ever deleted.</source>
        <translation>Kies de back-up die u wilt terugzetten. Van de huidige toestand wordt eerst een back-up gemaakt, en er wordt nooit een back-up verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="99"/>
        <source>Backups are kept in %1</source>
        <translation>De back-ups staan in %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="105"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="107"/>
        <source>Other file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="108"/>
        <source>Restore a backup from elsewhere, for example a USB stick</source>
        <translation>Een back-up van elders terugzetten, bijvoorbeeld van een USB-stick</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="111"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="133"/>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="134"/>
        <source>WIsH Desk backup (*%1 *.sqlite *.db);;All files (*)</source>
        <translation>WIsH Desk-back-up (*%1 *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/restore.py" line="95"/>
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen back-ups van deze database.</translation>
    </message>
</context>
</TS>
