<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="42" />
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="193" />
        <source>Import class list into %1</source>
        <translation>Klassenlijst importeren in %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="44" />
        <source>Choose the class list as your school's system exports it (CSV or Excel). You first see what would happen to every row; nothing is saved until you press Import. Addresses and citizen numbers in the file are never read; surnames and birth dates are never saved (they only tell two children with the same first name apart, e.g. "Sanne B." and "Sanne K.").</source>
        <translation>Kies de klassenlijst zoals het systeem van de school hem exporteert (CSV of Excel). U ziet eerst wat er met elke regel zou gebeuren; er wordt niets opgeslagen tot u op Importeren drukt. Adressen en burgerservicenummers in het bestand worden nooit gelezen; achternamen en geboortedata worden nooit opgeslagen (ze houden alleen twee kinderen met dezelfde voornaam uit elkaar, bijvoorbeeld "Sanne B." en "Sanne K.").</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="50" />
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="51" />
        <source>Choose file</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="53" />
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="59" />
        <source>Rows of the class list</source>
        <translation>Regels van de klassenlijst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="60" />
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="60" />
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="60" />
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="61" />
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="61" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="65" />
        <source>Leave out the rejected rows and import the rest</source>
        <translation>Afgewezen regels overslaan en de rest importeren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="68" />
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="69" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="71" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="72" />
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="198" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="92" />
        <source>Choose a class list</source>
        <translation>Kies een klassenlijst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="93" />
        <source>Class lists (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>Klassenlijsten (*.csv *.txt *.xlsx *.xls);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="103" />
        <source>Reading class list</source>
        <translation>Klassenlijst inlezen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="119" />
        <source>%1 new, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>%1 nieuw, %2 bijwerken, %3 ongewijzigd, %4 afgewezen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="125" />
        <source>Only used to tell children with the same first name apart, never saved: %1.</source>
        <translation>Alleen gebruikt om kinderen met dezelfde voornaam uit elkaar te houden, nooit opgeslagen: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="128" />
        <source>Not read (privacy or not needed): %1.</source>
        <translation>Niet ingelezen (privacy of niet nodig): %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="133" />
        <source>In the group but not in the file (they stay): %1.</source>
        <translation>Wel in de groep, niet in het bestand (zij blijven): %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="136" />
        <source>Rejected rows are not imported. Correct the file and choose it again, or tick “Leave out the rejected rows” below.</source>
        <translation>Afgewezen regels worden niet geïmporteerd. Verbeter het bestand en kies het opnieuw, of vink hieronder ‘Afgewezen regels overslaan’ aan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="139" />
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="139" />
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="139" />
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="140" />
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="165" />
        <source>parent: %1</source>
        <translation>ouder: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="166" />
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="173" />
        <source>Some rows are rejected: correct the file, or tick the box to leave them out.</source>
        <translation>Sommige regels zijn afgewezen: verbeter het bestand, of vink het vakje aan om ze over te slaan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="187" />
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/import_class_list.py" line="196" />
        <source>Imported: %1 new, %2 updated. You can undo this with Ctrl+Z.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt. U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
</TS>