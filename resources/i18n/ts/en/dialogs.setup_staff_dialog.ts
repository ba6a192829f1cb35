<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="27" />
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="30" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="32" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="39" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="40" />
        <source>E-mail (work)</source>
        <translation>E-mail (work)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="42" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="43" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="43" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="45" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="46" />
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="50" />
        <source>Works only at fixed times</source>
        <translation>Works only at fixed times</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="51" />
        <source>Working times</source>
        <translation>Working times</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="51" />
        <source>Add the days and times this person can give lessons.</source>
        <translation>Add the days and times this person can give lessons.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="59" />
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="60" />
        <source>Unticked: available on every school day during school hours.</source>
        <translation>Unticked: available on every school day during school hours.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="66" />
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="68" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="71" />
        <source>Most lessons per day</source>
        <translation>Most lessons per day</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="83" />
        <source>Add at least one working time, or untick “Works only at fixed times”.</source>
        <translation>Add at least one working time, or untick “Works only at fixed times”.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="109" />
        <source>every school day</source>
        <translation>every school day</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="110" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="110" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="111" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="111" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="112" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="112" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="113" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
</TS>