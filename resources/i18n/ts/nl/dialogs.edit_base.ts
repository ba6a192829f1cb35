<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>EditBase</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="74"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="96"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="82"/>
        <source>%1 cannot be deleted, because other records still use it:

%2</source>
        <translation>%1 kan niet worden verwijderd, want er hoort nog iets bij:

%2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="83"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="86"/>
        <source>%1 cannot be deleted, because other records still use it:

%2

Archive it instead? It then disappears from lists and choices, but its history stays. With “Show archived” you can bring it back later.</source>
        <translation>%1 kan niet worden verwijderd, want er hoort nog iets bij:

%2

In plaats daarvan archiveren? Dan verdwijnt het uit de lijsten en keuzes, maar de geschiedenis blijft bewaard. Met ‘Gearchiveerde tonen’ haalt u het later terug.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="90"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="90"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="92"/>
        <source>Archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="95"/>
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>%1 verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="98"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="105"/>
        <source>Restore %1</source>
        <translation>%1 terughalen uit het archief</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="126"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="129"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="131"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="132"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
