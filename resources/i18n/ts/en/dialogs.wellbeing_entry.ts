<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>WellbeingDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="34" />
        <source>Well-being check: %1</source>
        <translation>Well-being check: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="36" />
        <source>Moment of the check</source>
        <translation>Moment of the check</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="37" />
        <source>Before lesson 1</source>
        <translation>Before lesson 1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="38" />
        <source>After the last lesson</source>
        <translation>After the last lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="41" />
        <source>Answers per pupil</source>
        <translation>Answers per pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="42" />
        <source>Type 1 to 5 per answer (1 = not at all, 5 = very much); the cursor moves on by itself. 0 or Delete clears an answer. Only aggregates of 5 or more pupils are ever reported.</source>
        <translation>Type 1 to 5 per answer (1 = not at all, 5 = very much); the cursor moves on by itself. 0 or Delete clears an answer. Only aggregates of 5 or more pupils are ever reported.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="46" />
        <source>Print the form for the class…</source>
        <translation>Print the form for the class…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="47" />
        <source>Print the children's form for this group</source>
        <translation>Print the children's form for this group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="51" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="52" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="56" />
        <source>Moment:</source>
        <translation>Moment:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="75" />
        <source>Save well-being check</source>
        <translation>Save well-being check</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="77" />
        <source>Well-being check saved.</source>
        <translation>Well-being check saved.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="91" />
        <location filename="../../../../wishdesk/gui/dialogs/wellbeing_entry.py" line="95" />
        <source>Well-being check</source>
        <translation>Well-being check</translation>
    </message>
</context>
</TS>