<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ParentEventDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="34" />
        <source>Edit parent event</source>
        <translation>Edit parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="34" />
        <source>New parent event</source>
        <translation>New parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="38" />
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="42" />
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="88" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="43" />
        <source>For all groups of %1</source>
        <translation>For all groups of %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="44" />
        <source>For the whole school</source>
        <translation>For the whole school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="45" />
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="46" />
        <source>Date known</source>
        <translation>Date known</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="51" />
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="92" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="55" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="57" />
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="59" />
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="94" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="60" />
        <source>e.g. the gym, or a link for an online meeting</source>
        <translation>e.g. the gym, or a link for an online meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="63" />
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="95" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="64" />
        <source>Programme or practical notes; used in the invitation when the lesson programme has no text for this kind of event.</source>
        <translation>Programme or practical notes; used in the invitation when the lesson programme has no text for this kind of event.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="87" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="89" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="93" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="121" />
        <source>Give the event a title.</source>
        <translation>Give the event a title.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/parent_event_edit.py" line="123" />
        <source>The end time must be after the start time.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
</context>
</TS>