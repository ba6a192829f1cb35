<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="31" />
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="34" />
        <source>The database is damaged.</source>
        <translation>The database is damaged.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="36" />
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="40" />
        <source>1 problem found.</source>
        <translation>1 problem found.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="40" />
        <source>%1 problems found.</source>
        <translation>%1 problems found.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="52" />
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="55" />
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="63" />
        <source>Checked: the file itself, references between records, and the rules of the programme. Nothing was changed.</source>
        <translation>Checked: the file itself, references between records, and the rules of the programme. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="69" />
        <source>The file is sound, every reference points to an existing record, and the data follows the rules of the programme.</source>
        <translation>The file is sound, every reference points to an existing record, and the data follows the rules of the programme.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="80" />
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
</TS>