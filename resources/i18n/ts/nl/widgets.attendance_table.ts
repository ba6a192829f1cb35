<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="144"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="146"/>
        <source>Arrow keys move, Space switches present and absent, type to give a reason, Ctrl+Enter saves.</source>
        <translation>Pijltjestoetsen verplaatsen, spatie wisselt aanwezig en afwezig, typ om een reden te geven, Ctrl+Enter slaat op.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="153"/>
        <source>Attendance summary</source>
        <translation>Samenvatting aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="154"/>
        <source>Space: present/absent · type: reason · Ctrl+Enter: save</source>
        <translation>Spatie: aanwezig/afwezig · typen: reden · Ctrl+Enter: opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="156"/>
        <source>Everyone present</source>
        <translation>Iedereen aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="157"/>
        <source>Mark everyone present</source>
        <translation>Iedereen op aanwezig zetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="159"/>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="160"/>
        <source>Save attendance</source>
        <translation>Aanwezigheid opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="161"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="216"/>
        <source>%1 present, %2 absent</source>
        <translation>%1 aanwezig, %2 afwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="218"/>
        <source>not saved yet</source>
        <translation>nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="220"/>
        <source>not recorded yet (everyone counts as present)</source>
        <translation>nog niet ingevuld (iedereen telt als aanwezig)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="222"/>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="58"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="58"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="58"/>
        <source>Reason if absent</source>
        <translation>Reden bij afwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="74"/>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="82"/>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="74"/>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="82"/>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
</context>
</TS>
