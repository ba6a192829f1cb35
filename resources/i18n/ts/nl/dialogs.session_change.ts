<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>CancelSessionDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="35"/>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="48"/>
        <source>Cancel lesson</source>
        <translation>Les afgelasten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="38"/>
        <source>Reason for cancelling</source>
        <translation>Reden van afgelasten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="39"/>
        <source>Trainer ill</source>
        <translation>Trainer ziek</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="39"/>
        <source>Class teacher ill</source>
        <translation>Leerkracht ziek</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="39"/>
        <source>School activity</source>
        <translation>Schoolactiviteit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="40"/>
        <source>Study day</source>
        <translation>Studiedag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="40"/>
        <source>Weather or closure</source>
        <translation>Weer of sluiting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="41"/>
        <source>Choose or type a reason</source>
        <translation>Kies of typ een reden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="44"/>
        <source>The lesson goes back to planning without a date; the planner gives it a new one. The reason stays in the lesson&apos;s history.</source>
        <translation>De les gaat terug naar de planning, zonder datum; de planner geeft hem een nieuwe. De reden blijft in de geschiedenis van de les staan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="49"/>
        <source>Keep lesson</source>
        <translation>Les laten staan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="53"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="54"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="67"/>
        <source>Give a reason why the lesson does not go ahead.</source>
        <translation>Geef een reden op waarom de les niet doorgaat.</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="78"/>
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="83"/>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="100"/>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="86"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="88"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="90"/>
        <source>Reason for moving</source>
        <translation>Reden van verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="91"/>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="95"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="99"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="101"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="102"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="103"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="117"/>
        <source>The end time must be after the start time.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
</context>
</TS>
