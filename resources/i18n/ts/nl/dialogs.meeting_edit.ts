<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="36"/>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="36"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="41"/>
        <source>Kind of meeting</source>
        <translation>Soort bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="46"/>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="99"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="49"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="51"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="53"/>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="101"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="54"/>
        <source>(not at one school)</source>
        <translation>(niet op één school)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="58"/>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="102"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="60"/>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="103"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="61"/>
        <source>e.g. case discussion: peer pressure in group 6</source>
        <translation>bijv. casusbespreking: groepsdruk in groep 6</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="69"/>
        <source>Attendance and hours</source>
        <translation>Aanwezigheid en uren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="70"/>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="70"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="84"/>
        <source>Hours for %1</source>
        <translation>Uren voor %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="98"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="100"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="109"/>
        <source>Who attended (tick) and the hours for their professional-development register:</source>
        <translation>Wie was er (aanvinken), en de uren voor hun registratie van professionalisering:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="137"/>
        <source>The end time must be after the start time.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
</context>
</TS>
