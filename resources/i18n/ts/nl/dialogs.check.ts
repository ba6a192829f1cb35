<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="31"/>
        <source>Check database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="34"/>
        <source>The database is damaged.</source>
        <translation>De database is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="36"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="40"/>
        <source>1 problem found.</source>
        <translation>1 probleem gevonden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="40"/>
        <source>%1 problems found.</source>
        <translation>%1 problemen gevonden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="52"/>
        <source>Copy report</source>
        <translation>Verslag kopiëren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="55"/>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="63"/>
        <source>Checked: the file itself, references between records, and the rules of the programme. Nothing was changed.</source>
        <translation>Gecontroleerd: het bestand zelf, de verwijzingen tussen gegevens en de regels van het programma. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="69"/>
        <source>The file is sound, every reference points to an existing record, and the data follows the rules of the programme.</source>
        <translation>Het bestand is in orde, elke verwijzing klopt en de gegevens volgen de regels van het programma.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/check.py" line="80"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
</context>
</TS>
