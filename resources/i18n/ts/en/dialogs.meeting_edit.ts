<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="36" />
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="36" />
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="41" />
        <source>Kind of meeting</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="46" />
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="99" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="49" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="51" />
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="53" />
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="101" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="54" />
        <source>(not at one school)</source>
        <translation>(not at one school)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="58" />
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="102" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="60" />
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="103" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="61" />
        <source>e.g. case discussion: peer pressure in group 6</source>
        <translation>e.g. case discussion: peer pressure in group 6</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="69" />
        <source>Attendance and hours</source>
        <translation>Attendance and hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="70" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="70" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="84" />
        <source>Hours for %1</source>
        <translation>Hours for %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="98" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="100" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="109" />
        <source>Who attended (tick) and the hours for their professional-development register:</source>
        <translation>Who attended (tick) and the hours for their professional-development register:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/meeting_edit.py" line="137" />
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
</context>
</TS>