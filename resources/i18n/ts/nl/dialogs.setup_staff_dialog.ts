<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="27"/>
        <source>New staff member</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="30"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="32"/>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="39"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="40"/>
        <source>E-mail (work)</source>
        <translation>E-mail (werk)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="42"/>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="43"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="43"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="45"/>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="46"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="50"/>
        <source>Works only at fixed times</source>
        <translation>Werkt alleen op vaste tijden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="51"/>
        <source>Working times</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="51"/>
        <source>Add the days and times this person can give lessons.</source>
        <translation>Voeg de dagen en tijden toe waarop deze persoon les kan geven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="59"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="60"/>
        <source>Unticked: available on every school day during school hours.</source>
        <translation>Niet aangevinkt: beschikbaar op elke schooldag onder schooltijd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="66"/>
        <source>no maximum</source>
        <translation>geen maximum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="68"/>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="71"/>
        <source>Most lessons per day</source>
        <translation>Hoogstens lessen per dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="83"/>
        <source>Add at least one working time, or untick “Works only at fixed times”.</source>
        <translation>Voeg minstens één werktijd toe, of vink ‘Werkt alleen op vaste tijden’ uit.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="109"/>
        <source>every school day</source>
        <translation>elke schooldag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="110"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="110"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="111"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="111"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="112"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="112"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_staff_dialog.py" line="113"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
</context>
</TS>
