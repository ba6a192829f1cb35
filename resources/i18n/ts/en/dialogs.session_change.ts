<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CancelSessionDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="35" />
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="48" />
        <source>Cancel lesson</source>
        <translation>Cancel lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="38" />
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="39" />
        <source>Trainer ill</source>
        <translation>Trainer ill</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="39" />
        <source>Class teacher ill</source>
        <translation>Class teacher ill</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="39" />
        <source>School activity</source>
        <translation>School activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="40" />
        <source>Study day</source>
        <translation>Study day</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="40" />
        <source>Weather or closure</source>
        <translation>Weather or closure</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="41" />
        <source>Choose or type a reason</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="44" />
        <source>The lesson goes back to planning without a date; the planner gives it a new one. The reason stays in the lesson's history.</source>
        <translation>The lesson goes back to planning without a date; the planner gives it a new one. The reason stays in the lesson's history.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="49" />
        <source>Keep lesson</source>
        <translation>Keep lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="53" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="54" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="67" />
        <source>Give a reason why the lesson does not go ahead.</source>
        <translation>Give a reason why the lesson does not go ahead.</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="78" />
        <source>Move lesson</source>
        <translation>Move lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="83" />
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="100" />
        <source>New date</source>
        <translation>New date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="86" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="88" />
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="90" />
        <source>Reason for moving</source>
        <translation>Reason for moving</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="91" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="95" />
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="99" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="101" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="102" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="103" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/session_change.py" line="117" />
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
</context>
</TS>