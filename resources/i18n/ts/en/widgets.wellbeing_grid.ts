<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>WellbeingGrid</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="22" />
        <source>Well-being answers: pupils as rows, questions as columns; type 1 to 5</source>
        <translation>Well-being answers: pupils as rows, questions as columns; type 1 to 5</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Safe in class</source>
        <translation>Safe in class</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Classmates</source>
        <translation>Classmates</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Dares to say no</source>
        <translation>Dares to say no</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="32" />
        <source>Knows whom to ask</source>
        <translation>Knows whom to ask</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="32" />
        <source>Happy at school</source>
        <translation>Happy at school</translation>
    </message>
</context>
</TS>