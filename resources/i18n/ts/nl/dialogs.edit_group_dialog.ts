<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="24"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="25"/>
        <source>Group %1 (%2)</source>
        <translation>Groep %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="28"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="29"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="30"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="31"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="32"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="33"/>
        <source>Group name</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="33"/>
        <source>e.g. 6A or 5/6B</source>
        <translation>bijvoorbeeld 6A of 5/6B</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="34"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="35"/>
        <source>Teachers</source>
        <translation>Leerkrachten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="36"/>
        <source>Teachers of this school are listed first. New colleagues: add them under Setup → Staff.</source>
        <translation>Leerkrachten van deze school staan bovenaan. Nieuwe collega&apos;s voegt u toe onder Inrichting → Medewerkers.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="38"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="39"/>
        <source>Resilience specialist</source>
        <translation>Weerbaarheidsspecialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="39"/>
        <source>(not assigned yet)</source>
        <translation>(nog niet toegewezen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="43"/>
        <source>Practice lessons for boys and girls separately</source>
        <translation>Praktijklessen apart voor jongens en meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="44"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="45"/>
        <source>Class video link</source>
        <translation>Link naar de klassenvideo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="46"/>
        <source>Only pupils whose parents consented may appear in the video.</source>
        <translation>Alleen leerlingen van wie de ouders toestemming gaven, mogen in de video.</translation>
    </message>
</context>
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_group_dialog.py" line="69"/>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
</context>
</TS>
