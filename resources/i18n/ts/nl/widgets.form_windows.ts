<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="33"/>
        <source>Weekday</source>
        <translation>Dag van de week</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="36"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="37"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="40"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="41"/>
        <source>Remove this time</source>
        <translation>Deze tijd weghalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="69"/>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="70"/>
        <source>Add a time</source>
        <translation>Tijd toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="84"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
</context>
</TS>
