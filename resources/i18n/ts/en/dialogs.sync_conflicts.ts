<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Parent of a pupil</source>
        <translation>Parent of a pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Return slip</source>
        <translation>Return slip</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Parent activity</source>
        <translation>Parent activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Parent attendance</source>
        <translation>Parent attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <source>Meeting attendance</source>
        <translation>Meeting attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="54" />
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="54" />
        <source>Lesson time</source>
        <translation>Lesson time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="54" />
        <source>Lesson change</source>
        <translation>Lesson change</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="55" />
        <source>Printed home activities</source>
        <translation>Printed home activities</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="55" />
        <source>Well-being check</source>
        <translation>Well-being check</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="56" />
        <source>Well-being answer</source>
        <translation>Well-being answer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="56" />
        <source>Duo check</source>
        <translation>Duo check</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="56" />
        <source>Duo answer</source>
        <translation>Duo answer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="57" />
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="57" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="57" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="58" />
        <source>Partner of a school</source>
        <translation>Partner of a school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="58" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>Lesson step</source>
        <translation>Lesson step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>Home activity</source>
        <translation>Home activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>Programme activity</source>
        <translation>Programme activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>Staff at a school</source>
        <translation>Staff at a school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="61" />
        <source>Teacher of a group</source>
        <translation>Teacher of a group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>changed here and on the server</source>
        <translation>changed here and on the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>changed here, deleted on the server</source>
        <translation>changed here, deleted on the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>deleted here, changed on the server</source>
        <translation>deleted here, changed on the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="78" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="78" />
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="78" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="79" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="79" />
        <source>Fixed in the planning</source>
        <translation>Fixed in the planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="79" />
        <source>Reason cancelled</source>
        <translation>Reason cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="85" />
        <source>First name or pseudonym</source>
        <translation>First name or pseudonym</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="86" />
        <source>Boy or girl</source>
        <translation>Boy or girl</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="110" />
        <source>you changed</source>
        <translation>you changed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="110" />
        <source>colleague changed</source>
        <translation>colleague changed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="111" />
        <source>both changed</source>
        <translation>both changed</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="121" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="278" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="301" />
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="126" />
        <source>These changes of yours were not applied, because the same record was changed or deleted on the server as well. Compare both versions and choose; your choice goes to the server with the next synchronisation.</source>
        <translation>These changes of yours were not applied, because the same record was changed or deleted on the server as well. Compare both versions and choose; your choice goes to the server with the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="132" />
        <source>Changes to review</source>
        <translation>Changes to review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="140" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="237" />
        <source>My version (this laptop)</source>
        <translation>My version (this laptop)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="141" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="237" />
        <source>Their version (server)</source>
        <translation>Their version (server)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="142" />
        <source>Per field (as chosen above)</source>
        <translation>Per field (as chosen above)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="149" />
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="210" />
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="217" />
        <source>Their version: deleted on the server.</source>
        <translation>Their version: deleted on the server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="219" />
        <source>My version: deleted on this laptop.</source>
        <translation>My version: deleted on this laptop.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="227" />
        <source>A field only one side changed is preset to that side; a field you both changed is yours to choose.</source>
        <translation>A field only one side changed is preset to that side; a field you both changed is yours to choose.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="229" />
        <source>This change was made before this version of WIsH Desk, so who changed which field is not known: choose each field.</source>
        <translation>This change was made before this version of WIsH Desk, so who changed which field is not known: choose each field.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="248" />
        <source>Choose mine or theirs for every differing field first.</source>
        <translation>Choose mine or theirs for every differing field first.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="283" />
        <source>Your change is dropped: the record stays as it is on the server, and nothing is sent.</source>
        <translation>Your change is dropped: the record stays as it is on the server, and nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="285" />
        <source>The record is deleted on this laptop, and on the server with the next synchronisation.</source>
        <translation>The record is deleted on this laptop, and on the server with the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="287" />
        <source>This laptop keeps your version; with the next synchronisation it replaces the version on the server.</source>
        <translation>This laptop keeps your version; with the next synchronisation it replaces the version on the server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="292" />
        <source>The record gets %1 from your version and everything else from the server's; with the next synchronisation that goes to the server.</source>
        <translation>The record gets %1 from your version and everything else from the server's; with the next synchronisation that goes to the server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="294" />
        <source>This cannot be undone with Undo (afterwards you can still edit the record as usual).</source>
        <translation>This cannot be undone with Undo (afterwards you can still edit the record as usual).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="303" />
        <source>Apply this choice</source>
        <translation>Apply this choice</translation>
    </message>
</context>
</TS>