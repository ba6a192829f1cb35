<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="30" />
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="33" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="34" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="37" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="38" />
        <source>Remove this time</source>
        <translation>Remove this time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="66" />
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="67" />
        <source>Add a time</source>
        <translation>Add a time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="79" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="80" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="80" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_windows.py" line="80" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
</TS>