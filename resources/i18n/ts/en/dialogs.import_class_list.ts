<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="42" />
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="193" />
        <source>Import class list into %1</source>
        <translation>Import class list into %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="44" />
        <source>Choose the class list as your school's system exports it (CSV or Excel). You first see what would happen to every row; nothing is saved until you press Import. Addresses and citizen numbers in the file are never read; surnames and birth dates are never saved (they only tell two children with the same first name apart, e.g. "Sanne B." and "Sanne K.").</source>
        <translation>Choose the class list as your school's system exports it (CSV or Excel). You first see what would happen to every row; nothing is saved until you press Import. Addresses and citizen numbers in the file are never read; surnames and birth dates are never saved (they only tell two children with the same first name apart, e.g. "Sanne B." and "Sanne K.").</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="50" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="51" />
        <source>Choose file</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="53" />
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="59" />
        <source>Rows of the class list</source>
        <translation>Rows of the class list</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="60" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="60" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="60" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="61" />
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="61" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="65" />
        <source>Leave out the rejected rows and import the rest</source>
        <translation>Leave out the rejected rows and import the rest</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="68" />
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="69" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="71" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="72" />
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="198" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="92" />
        <source>Choose a class list</source>
        <translation>Choose a class list</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="93" />
        <source>Class lists (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>Class lists (*.csv *.txt *.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="103" />
        <source>Reading class list</source>
        <translation>Reading class list</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="119" />
        <source>%1 new, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>%1 new, %2 to update, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="125" />
        <source>Only used to tell children with the same first name apart, never saved: %1.</source>
        <translation>Only used to tell children with the same first name apart, never saved: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="128" />
        <source>Not read (privacy or not needed): %1.</source>
        <translation>Not read (privacy or not needed): %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="133" />
        <source>In the group but not in the file (they stay): %1.</source>
        <translation>In the group but not in the file (they stay): %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="136" />
        <source>Rejected rows are not imported. Correct the file and choose it again, or tick “Leave out the rejected rows” below.</source>
        <translation>Rejected rows are not imported. Correct the file and choose it again, or tick “Leave out the rejected rows” below.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="139" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="139" />
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="139" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="140" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="165" />
        <source>parent: %1</source>
        <translation>parent: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="166" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="173" />
        <source>Some rows are rejected: correct the file, or tick the box to leave them out.</source>
        <translation>Some rows are rejected: correct the file, or tick the box to leave them out.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="187" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="196" />
        <source>Imported: %1 new, %2 updated. You can undo this with Ctrl+Z.</source>
        <translation>Imported: %1 new, %2 updated. You can undo this with Ctrl+Z.</translation>
    </message>
</context>
</TS>