<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="40" />
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="40" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="40" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="41" />
        <source>Parent of a pupil</source>
        <translation>Parent of a pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="41" />
        <source>Return slip</source>
        <translation>Return slip</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="42" />
        <source>Parent activity</source>
        <translation>Parent activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="42" />
        <source>Parent attendance</source>
        <translation>Parent attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="43" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="43" />
        <source>Meeting attendance</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="43" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="45" />
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="45" />
        <source>Lesson time</source>
        <translation>Lesson time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="45" />
        <source>Lesson change</source>
        <translation>Lesson change</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="46" />
        <source>Printed home activities</source>
        <translation>Printed home activities</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="46" />
        <source>Well-being check</source>
        <translation>Well-being check</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="47" />
        <source>Well-being answer</source>
        <translation>Well-being answer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="47" />
        <source>Duo check</source>
        <translation>Duo check</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="47" />
        <source>Duo answer</source>
        <translation>Duo answer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <source>Partner of a school</source>
        <translation>Partner of a school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Lesson step</source>
        <translation>Lesson step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Home activity</source>
        <translation>Home activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Programme activity</source>
        <translation>Programme activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Staff at a school</source>
        <translation>Staff at a school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <source>Teacher of a group</source>
        <translation>Teacher of a group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="58" />
        <source>changed here and on the server</source>
        <translation>changed here and on the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>changed here, deleted on the server</source>
        <translation>changed here, deleted on the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>deleted here, changed on the server</source>
        <translation>deleted here, changed on the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="61" />
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>Fixed in the planning</source>
        <translation>Fixed in the planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>Reason cancelled</source>
        <translation>Reason cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>First name or pseudonym</source>
        <translation>First name or pseudonym</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Boy or girl</source>
        <translation>Boy or girl</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="106" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="253" />
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="111" />
        <source>These changes of yours were not applied, because the same record was changed or deleted on the server as well. Compare both versions and choose; your choice goes to the server with the next synchronisation.</source>
        <translation>These changes of yours were not applied, because the same record was changed or deleted on the server as well. Compare both versions and choose; your choice goes to the server with the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="117" />
        <source>Changes to review</source>
        <translation>Changes to review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="125" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="214" />
        <source>My version (this laptop)</source>
        <translation>My version (this laptop)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="126" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="214" />
        <source>Their version (server)</source>
        <translation>Their version (server)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="127" />
        <source>Per field (as chosen above)</source>
        <translation>Per field (as chosen above)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="134" />
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="195" />
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="202" />
        <source>Their version: deleted on the server.</source>
        <translation>Their version: deleted on the server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="204" />
        <source>My version: deleted on this laptop.</source>
        <translation>My version: deleted on this laptop.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="225" />
        <source>Choose mine or theirs for every differing field first.</source>
        <translation>Choose mine or theirs for every differing field first.</translation>
    </message>
</context>
</TS>