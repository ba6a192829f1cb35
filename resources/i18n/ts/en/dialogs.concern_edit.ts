<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="65" />
        <source>Edit concern</source>
        <translation>Edit concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="65" />
        <source>Record a concern</source>
        <translation>Record a concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="68" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="121" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="78" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="122" />
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="80" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="123" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="85" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="87" />
        <source>Describe what you saw or heard, as facts: what, when, who was there. No diagnosis or opinion.</source>
        <translation>Describe what you saw or heard, as facts: what, when, who was there. No diagnosis or opinion.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="89" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="125" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="92" />
        <source>Look at it again on</source>
        <translation>Look at it again on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="93" />
        <source>Set a review date</source>
        <translation>Set a review date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="96" />
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="98" />
        <source>Followed up, closed</source>
        <translation>Followed up, closed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="99" />
        <source>Concern closed</source>
        <translation>Concern closed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="140" />
        <source>(no care coordinator set for this school)</source>
        <translation>(no care coordinator set for this school)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="141" />
        <source>Only you and the care coordinator of the school, %1, can see this concern. It never appears in exports or reports.</source>
        <translation>Only you and the care coordinator of the school, %1, can see this concern. It never appears in exports or reports.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="124" />
        <source>What did you observe?</source>
        <translation>What did you observe?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="126" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="153" />
        <source>Choose the pupil.</source>
        <translation>Choose the pupil.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="155" />
        <source>Describe what you saw or heard.</source>
        <translation>Describe what you saw or heard.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="158" />
        <source>The review date is before the observation.</source>
        <translation>The review date is before the observation.</translation>
    </message>
</context>
</TS>