<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>WellbeingDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="34" />
        <source>Well-being check: %1</source>
        <translation>Welzijnscheck: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="36" />
        <source>Moment of the check</source>
        <translation>Moment van de check</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="37" />
        <source>Before lesson 1</source>
        <translation>Vóór les 1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="38" />
        <source>After the last lesson</source>
        <translation>Na de laatste les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="41" />
        <source>Answers per pupil</source>
        <translation>Antwoorden per leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="42" />
        <source>Type 1 to 5 per answer (1 = not at all, 5 = very much); the cursor moves on by itself. 0 or Delete clears an answer. Only aggregates of 5 or more pupils are ever reported.</source>
        <translation>Typ 1 tot en met 5 per antwoord (1 = helemaal niet, 5 = heel erg); de cursor gaat vanzelf door. 0 of Delete wist een antwoord. Er worden alleen totalen van 5 of meer leerlingen gerapporteerd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="46" />
        <source>Print the form for the class…</source>
        <translation>Formulier voor de klas printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="47" />
        <source>Print the children's form for this group</source>
        <translation>Het kinderformulier voor deze groep printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="51" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="52" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="56" />
        <source>Moment:</source>
        <translation>Moment:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="75" />
        <source>Save well-being check</source>
        <translation>Welzijnscheck opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="77" />
        <source>Well-being check saved.</source>
        <translation>Welzijnscheck opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="91" />
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="95" />
        <source>Well-being check</source>
        <translation>Welzijnscheck</translation>
    </message>
</context>
</TS>