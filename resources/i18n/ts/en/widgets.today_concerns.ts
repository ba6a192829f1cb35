<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConcernsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="64" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="65" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="66" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="67" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="68" />
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="70" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="71" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="72" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="74" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="78" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="79" />
        <source>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</source>
        <translation>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="88" />
        <source>Confirm care coordinators</source>
        <translation>Confirm care coordinators</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="100" />
        <source>New concern…</source>
        <translation>New concern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="101" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="102" />
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="178" />
        <source>Mark followed up</source>
        <translation>Mark followed up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="103" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="104" />
        <source>Remove expired concerns…</source>
        <translation>Remove expired concerns…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="129" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="133" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="145" />
        <source>Confirm them with Manage → "Confirm care coordinators" (or the button).</source>
        <translation>Confirm them with Manage → "Confirm care coordinators" (or the button).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="176" />
        <source>No concerns to show.</source>
        <translation>No concerns to show.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="178" />
        <source>Open again</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="188" />
        <source>This text is sealed, and your key to it is not here yet. It becomes readable for you as soon as %1 or another reader of it signs in to WIsH Desk; you need not do anything.</source>
        <translation>This text is sealed, and your key to it is not here yet. It becomes readable for you as soon as %1 or another reader of it signs in to WIsH Desk; you need not do anything.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="192" />
        <source>This text is sealed, and your key to it is not here yet. It becomes readable for you as soon as another reader of it signs in to WIsH Desk.</source>
        <translation>This text is sealed, and your key to it is not here yet. It becomes readable for you as soon as another reader of it signs in to WIsH Desk.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="218" />
        <source>Record concern</source>
        <translation>Record concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="240" />
        <source>Edit concern</source>
        <translation>Edit concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="248" />
        <source>Open concern again</source>
        <translation>Open concern again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="248" />
        <source>Mark concern followed up</source>
        <translation>Mark concern followed up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="259" />
        <source>Delete concern</source>
        <translation>Delete concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="276" />
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="282" />
        <source>Remove expired concerns</source>
        <translation>Remove expired concerns</translation>
    </message>
</context>
</TS>