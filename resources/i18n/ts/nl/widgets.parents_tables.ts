<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>FamilyAttendanceEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="107"/>
        <source>Families present</source>
        <translation>Aanwezige gezinnen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="107"/>
        <source>Space: came / did not come · Ctrl+Enter: save</source>
        <translation>Spatie: gekomen / niet gekomen · Ctrl+Enter: opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="108"/>
        <source>Save attendance</source>
        <translation>Aanwezigheid opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="109"/>
        <source>Came</source>
        <translation>Gekomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="109"/>
        <source>Family of</source>
        <translation>Gezin van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="109"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="110"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="119"/>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="146"/>
        <source>came</source>
        <translation>gekomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="149"/>
        <source>%1 of %2 families came</source>
        <translation>%1 van %2 gezinnen gekomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="151"/>
        <source>not recorded yet</source>
        <translation>nog niet ingevuld</translation>
    </message>
</context>
<context>
    <name>ReturnSlipEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="162"/>
        <source>Return slips</source>
        <translation>Retourstrookjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="163"/>
        <source>Space: no answer / done / not done · type: comment · Ctrl+Enter: save</source>
        <translation>Spatie: geen antwoord / gedaan / niet gedaan · typen: opmerking · Ctrl+Enter: opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="164"/>
        <source>Save return slips</source>
        <translation>Retourstrookjes opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="165"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="165"/>
        <source>Sent back</source>
        <translation>Teruggestuurd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="165"/>
        <source>Comment from home</source>
        <translation>Opmerking van thuis</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="180"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="180"/>
        <source>not done</source>
        <translation>niet gedaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="180"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="209"/>
        <source>Choose done or not done (Space) for every pupil with a comment.</source>
        <translation>Kies gedaan of niet gedaan (spatie) bij elke leerling met een opmerking.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/parents_tables.py" line="217"/>
        <source>%1 done, %2 not done, %3 no answer</source>
        <translation>%1 gedaan, %2 niet gedaan, %3 geen antwoord</translation>
    </message>
</context>
</TS>
