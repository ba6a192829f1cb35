<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ParentEventDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="34"/>
        <source>Edit parent event</source>
        <translation>Ouderbijeenkomst bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="34"/>
        <source>New parent event</source>
        <translation>Nieuwe ouderbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="38"/>
        <source>Kind of event</source>
        <translation>Soort bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="42"/>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="43"/>
        <source>For all groups of %1</source>
        <translation>Voor alle groepen van %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="44"/>
        <source>For the whole school</source>
        <translation>Voor de hele school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="45"/>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="46"/>
        <source>Date known</source>
        <translation>Datum bekend</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="51"/>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="92"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="55"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="57"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="59"/>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="94"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="60"/>
        <source>e.g. the gym, or a link for an online meeting</source>
        <translation>bijv. het speellokaal, of een link voor een online bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="63"/>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="95"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="64"/>
        <source>Programme or practical notes; used in the invitation when the lesson programme has no text for this kind of event.</source>
        <translation>Programma of praktische zaken; komt in de uitnodiging als het lesprogramma voor deze bijeenkomst geen tekst heeft.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="87"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="89"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="93"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="121"/>
        <source>Give the event a title.</source>
        <translation>Geef de bijeenkomst een titel.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="123"/>
        <source>The end time must be after the start time.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
</context>
</TS>
