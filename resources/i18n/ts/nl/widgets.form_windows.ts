<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="30"/>
        <source>Weekday</source>
        <translation>Dag van de week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="33"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="34"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="37"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="38"/>
        <source>Remove this time</source>
        <translation>Deze tijd weghalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="66"/>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="67"/>
        <source>Add a time</source>
        <translation>Tijd toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="80"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="80"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="80"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
</context>
</TS>
