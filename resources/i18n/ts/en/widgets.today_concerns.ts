<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConcernsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="51" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="52" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="53" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="54" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="55" />
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="56" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="57" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="58" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="60" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="64" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="65" />
        <source>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</source>
        <translation>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="68" />
        <source>New concern…</source>
        <translation>New concern…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="69" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="70" />
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="126" />
        <source>Mark followed up</source>
        <translation>Mark followed up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="71" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="72" />
        <source>Remove expired concerns…</source>
        <translation>Remove expired concerns…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="96" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="100" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="124" />
        <source>No concerns to show.</source>
        <translation>No concerns to show.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="126" />
        <source>Open again</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="159" />
        <source>Record concern</source>
        <translation>Record concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="178" />
        <source>Edit concern</source>
        <translation>Edit concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="184" />
        <source>Open concern again</source>
        <translation>Open concern again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="184" />
        <source>Mark concern followed up</source>
        <translation>Mark concern followed up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="197" />
        <source>Delete concern</source>
        <translation>Delete concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="213" />
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="219" />
        <source>Remove expired concerns</source>
        <translation>Remove expired concerns</translation>
    </message>
</context>
</TS>