<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="144" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="146" />
        <source>Arrow keys move, Space switches present and absent, type to give a reason, Ctrl+Enter saves.</source>
        <translation>Arrow keys move, Space switches present and absent, type to give a reason, Ctrl+Enter saves.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="153" />
        <source>Attendance summary</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="154" />
        <source>Space: present/absent · type: reason · Ctrl+Enter: save</source>
        <translation>Space: present/absent · type: reason · Ctrl+Enter: save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="156" />
        <source>Everyone present</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="157" />
        <source>Mark everyone present</source>
        <translation>Mark everyone present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="159" />
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="160" />
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="161" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="216" />
        <source>%1 present, %2 absent</source>
        <translation>%1 present, %2 absent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="218" />
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="220" />
        <source>not recorded yet (everyone counts as present)</source>
        <translation>not recorded yet (everyone counts as present)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/attendance_table.py" line="222" />
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