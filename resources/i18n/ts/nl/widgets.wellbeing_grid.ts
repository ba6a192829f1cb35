<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>WellbeingGrid</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="22" />
        <source>Well-being answers: pupils as rows, questions as columns; type 1 to 5</source>
        <translation>Antwoorden welbevinden: leerlingen als rijen, vragen als kolommen; typ 1 tot en met 5</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Safe in class</source>
        <translation>Veilig in de klas</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Classmates</source>
        <translation>Klasgenoten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Teacher</source>
        <translation>Juf of meester</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="31" />
        <source>Dares to say no</source>
        <translation>Durft nee te zeggen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="32" />
        <source>Knows whom to ask</source>
        <translation>Weet wie te vragen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/wellbeing_grid.py" line="32" />
        <source>Happy at school</source>
        <translation>Blij op school</translation>
    </message>
</context>
</TS>