<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConcernsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="55" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="56" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="57" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="58" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="59" />
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="61" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="62" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="63" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="65" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="69" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="70" />
        <source>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</source>
        <translation>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="73" />
        <source>New concern…</source>
        <translation>New concern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="74" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="75" />
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="131" />
        <source>Mark followed up</source>
        <translation>Mark followed up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="76" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="77" />
        <source>Remove expired concerns…</source>
        <translation>Remove expired concerns…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="101" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="105" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="129" />
        <source>No concerns to show.</source>
        <translation>No concerns to show.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="131" />
        <source>Open again</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="157" />
        <source>Record concern</source>
        <translation>Record concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="173" />
        <source>Edit concern</source>
        <translation>Edit concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="183" />
        <source>Open concern again</source>
        <translation>Open concern again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="183" />
        <source>Mark concern followed up</source>
        <translation>Mark concern followed up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="194" />
        <source>Delete concern</source>
        <translation>Delete concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="211" />
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="217" />
        <source>Remove expired concerns</source>
        <translation>Remove expired concerns</translation>
    </message>
</context>
</TS>