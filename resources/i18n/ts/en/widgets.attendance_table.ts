<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="143" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="145" />
        <source>Arrow keys move, Space switches present and absent, type to give a reason, Ctrl+Enter saves.</source>
        <translation>Arrow keys move, Space switches present and absent, type to give a reason, Ctrl+Enter saves.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="152" />
        <source>Attendance summary</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="153" />
        <source>Space: present/absent · type: reason · Ctrl+Enter: save</source>
        <translation>Space: present/absent · type: reason · Ctrl+Enter: save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="155" />
        <source>Everyone present</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="156" />
        <source>Mark everyone present</source>
        <translation>Mark everyone present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="158" />
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="159" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="160" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="215" />
        <source>%1 present, %2 absent</source>
        <translation>%1 present, %2 absent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="217" />
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="219" />
        <source>not recorded yet (everyone counts as present)</source>
        <translation>not recorded yet (everyone counts as present)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="221" />
        <source>saved</source>
        <translation>saved</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="58" />
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="58" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="58" />
        <source>Reason if absent</source>
        <translation>Reason if absent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="74" />
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="82" />
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="74" />
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="82" />
        <source>absent</source>
        <translation>absent</translation>
    </message>
</context>
</TS>