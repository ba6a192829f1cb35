<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="46"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="47"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="48"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="49"/>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="51"/>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="107"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="54"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59"/>
        <source>Give this year its own copy</source>
        <translation>Dit schooljaar een eigen kopie geven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="64"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="64"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="65"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="66"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="67"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="69"/>
        <source>%1 lesson</source>
        <translation>%1 (les)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="75"/>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="82"/>
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="81"/>
        <source>Lesson plan or editor</source>
        <translation>Lesplan of bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="83"/>
        <source>Edit lesson</source>
        <translation>Les bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="88"/>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="111"/>
        <source>%1 of %2 languages</source>
        <translation>%1 van %2 talen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="115"/>
        <source>Every language was checked by a person.</source>
        <translation>Alle talen zijn door een mens gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="117"/>
        <source>Not yet checked by a person: %1</source>
        <translation>Nog niet door een mens gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="171"/>
        <source>This school year has no lesson programme yet.</source>
        <translation>Dit schooljaar heeft nog geen lesprogramma.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="173"/>
        <source>This programme is also used by %1. Give this year its own copy before you change it, so the other year stays as it was.</source>
        <translation>Dit lesprogramma wordt ook gebruikt door %1. Geef dit schooljaar eerst een eigen kopie, dan blijft het andere jaar zoals het was.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="176"/>
        <source>Lessons of this programme have been given %1 times this year; changes also show for them. To prepare next year&apos;s programme, choose next school year above.</source>
        <translation>Lessen uit dit programma zijn dit jaar al %1 keer gegeven; wijzigingen zijn ook daar te zien. Wilt u het programma voor volgend jaar voorbereiden? Kies dan hierboven het volgende schooljaar.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="206"/>
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="206"/>
        <source>Save the changes to this lesson first?</source>
        <translation>Eerst de wijzigingen in deze les opslaan?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="207"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="207"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="207"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="248"/>
        <source>lesson %1</source>
        <translation>les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="255"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="287"/>
        <source>Add a lesson</source>
        <translation>Les toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="293"/>
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="301"/>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="229"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="168"/>
        <source>There is no school year yet: this is the standard programme, to read. Create a school year under Setup; it gets its own copy that you can adapt.</source>
        <translation>Er is nog geen schooljaar: dit is het standaardprogramma, om te lezen. Maak onder Inrichting een schooljaar aan; dat krijgt een eigen kopie die u kunt aanpassen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="229"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="229"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="230"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="230"/>
        <source>Who leads</source>
        <translation>Wie leidt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="230"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="231"/>
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="231"/>
        <source>Home activity</source>
        <translation>Thuisopdracht</translation>
    </message>
</context>
</TS>
