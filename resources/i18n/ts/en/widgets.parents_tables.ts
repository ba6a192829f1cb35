<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FamilyAttendanceEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="107" />
        <source>Families present</source>
        <translation>Families present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="107" />
        <source>Space: came / did not come · Ctrl+Enter: save</source>
        <translation>Space: came / did not come · Ctrl+Enter: save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="108" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="109" />
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="109" />
        <source>Family of</source>
        <translation>Family of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="109" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="110" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="119" />
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="146" />
        <source>came</source>
        <translation>came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="149" />
        <source>%1 of %2 families came</source>
        <translation>%1 of %2 families came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="151" />
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
</context>
<context>
    <name>ReturnSlipEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="162" />
        <source>Return slips</source>
        <translation>Return slips</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="163" />
        <source>Space: no answer / done / not done · type: comment · Ctrl+Enter: save</source>
        <translation>Space: no answer / done / not done · type: comment · Ctrl+Enter: save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="164" />
        <source>Save return slips</source>
        <translation>Save return slips</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="165" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="165" />
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="165" />
        <source>Comment from home</source>
        <translation>Comment from home</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="180" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="180" />
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="180" />
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="209" />
        <source>Choose done or not done (Space) for every pupil with a comment.</source>
        <translation>Choose done or not done (Space) for every pupil with a comment.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="217" />
        <source>%1 done, %2 not done, %3 no answer</source>
        <translation>%1 done, %2 not done, %3 no answer</translation>
    </message>
</context>
</TS>