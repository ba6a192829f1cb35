<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="66" />
        <source>Edit concern</source>
        <translation>Edit concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="66" />
        <source>Record a concern</source>
        <translation>Record a concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="69" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="122" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="79" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="123" />
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="81" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="124" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="86" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="88" />
        <source>Describe what you saw or heard, as facts: what, when, who was there. No diagnosis or opinion.</source>
        <translation>Describe what you saw or heard, as facts: what, when, who was there. No diagnosis or opinion.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="90" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="126" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="93" />
        <source>Look at it again on</source>
        <translation>Look at it again on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="94" />
        <source>Set a review date</source>
        <translation>Set a review date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="97" />
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="99" />
        <source>Followed up, closed</source>
        <translation>Followed up, closed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="100" />
        <source>Concern closed</source>
        <translation>Concern closed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="144" />
        <source>Only you and the care coordinator of the school, %1, can see this concern. It never appears in exports or reports.</source>
        <translation>Only you and the care coordinator of the school, %1, can see this concern. It never appears in exports or reports.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="125" />
        <source>What did you observe?</source>
        <translation>What did you observe?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="127" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="147" />
        <source>Only you can see this concern: no care coordinator is set for this school yet (once one is, they can read it too). It never appears in exports or reports.</source>
        <translation>Only you can see this concern: no care coordinator is set for this school yet (once one is, they can read it too). It never appears in exports or reports.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="168" />
        <source>Discard concern?</source>
        <translation>Discard concern?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="169" />
        <source>What you typed is not saved anywhere. Discard it?</source>
        <translation>What you typed is not saved anywhere. Discard it?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="179" />
        <source>Choose the pupil.</source>
        <translation>Choose the pupil.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="181" />
        <source>Describe what you saw or heard.</source>
        <translation>Describe what you saw or heard.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="184" />
        <source>The review date is before the observation.</source>
        <translation>The review date is before the observation.</translation>
    </message>
</context>
</TS>