<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="33" />
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="36" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="37" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="40" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="41" />
        <source>Remove this time</source>
        <translation>Remove this time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="69" />
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="70" />
        <source>Add a time</source>
        <translation>Add a time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="83" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="84" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
</context>
</TS>