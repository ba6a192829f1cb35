<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>StaleEdit</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="36" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="37" />
        <source>Holiday region</source>
        <translation>Holiday region</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="38" />
        <source>Care coordinator</source>
        <translation>Care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="39" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="40" />
        <source>Half of the group</source>
        <translation>Half of the group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="41" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="42" />
        <source>Contact by</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="43" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="44" />
        <source>Lessons per day at most</source>
        <translation>Lessons per day at most</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="45" />
        <source>Class video</source>
        <translation>Class video</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="46" />
        <source>Split boys and girls</source>
        <translation>Split boys and girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="47" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="48" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="49" />
        <source>Granted on</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="50" />
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="51" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="52" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="53" />
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="54" />
        <source>To change next time</source>
        <translation>To change next time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="55" />
        <source>Group climate</source>
        <translation>Group climate</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="56" />
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="57" />
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="58" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="59" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="60" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="61" />
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="62" />
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="63" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="64" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="65" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="66" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="67" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="68" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="69" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="70" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="80" />
        <source>whole class</source>
        <translation>whole class</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="117" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="123" />
        <source>Compare both versions and choose which one stays.</source>
        <translation>Compare both versions and choose which one stays.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="130" />
        <source>Keep my version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="131" />
        <source>Keep their version</source>
        <translation>Keep their version</translation>
    </message>
</context>
</TS>