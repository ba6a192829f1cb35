<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="24" />
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="25" />
        <source>Group %1 (%2)</source>
        <translation>Group %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="28" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="29" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="30" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="31" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="32" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="33" />
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="33" />
        <source>e.g. 6A or 5/6B</source>
        <translation>e.g. 6A or 5/6B</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="34" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="35" />
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="36" />
        <source>Teachers of this school are listed first. New colleagues: add them under Setup → Staff.</source>
        <translation>Teachers of this school are listed first. New colleagues: add them under Setup → Staff.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="38" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="39" />
        <source>Resilience specialist</source>
        <translation>Resilience specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="39" />
        <source>(not assigned yet)</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="43" />
        <source>Practice lessons for boys and girls separately</source>
        <translation>Practice lessons for boys and girls separately</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="44" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="45" />
        <source>Class video link</source>
        <translation>Class video link</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="46" />
        <source>Only pupils whose parents consented may appear in the video.</source>
        <translation>Only pupils whose parents consented may appear in the video.</translation>
    </message>
</context>
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="69" />
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
</context>
</TS>