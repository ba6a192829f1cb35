<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="29" />
        <source>Remove expired concerns</source>
        <translation>Remove expired concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="31" />
        <source>(not yours to see)</source>
        <translation>(not yours to see)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="34" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="35" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="36" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="37" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="38" />
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="40" />
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="42" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="46" />
        <source>Concerns that will be removed</source>
        <translation>Concerns that will be removed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="52" />
        <source>Retention in years after the school year</source>
        <translation>Retention in years after the school year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="53" />
        <source> year(s)</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="54" />
        <source>Apply retention</source>
        <translation>Apply retention</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="55" />
        <source>Apply retention period</source>
        <translation>Apply retention period</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="58" />
        <source>Keep concerns until the end of the school year plus</source>
        <translation>Keep concerns until the end of the school year plus</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="79" />
        <source>Remove %1 concern(s) for good</source>
        <translation>Remove %1 concern(s) for good</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="82" />
        <source>These concerns are past their retention period and will be removed permanently. This cannot be undone.</source>
        <translation>These concerns are past their retention period and will be removed permanently. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="85" />
        <source>No concern is past its retention period. Nothing will be removed.</source>
        <translation>No concern is past its retention period. Nothing will be removed.</translation>
    </message>
</context>
</TS>