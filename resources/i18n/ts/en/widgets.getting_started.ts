<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>GettingStartedPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="21" />
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="22" />
        <source>Getting started</source>
        <extracomment>where each step is done (page keys of pages/registry.py)</extracomment>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="25" />
        <source>Make the school year (Setup → School years)</source>
        <translation>Make the school year (Setup → School years)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="26" />
        <source>Add the schools and their lesson times for groep 6 (Setup → Schools)</source>
        <translation>Add the schools and their lesson times for groep 6 (Setup → Schools)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="27" />
        <source>Add the staff: teachers and resilience specialists (Setup → Staff)</source>
        <translation>Add the staff: teachers and resilience specialists (Setup → Staff)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="28" />
        <source>Add the groups (Groups)</source>
        <translation>Add the groups (Groups)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="29" />
        <source>Import the class lists (Groups → Import class list…)</source>
        <translation>Import the class lists (Groups → Import class list…)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="30" />
        <source>Plan the lessons (Planning → Automatic planning)</source>
        <translation>Plan the lessons (Planning → Automatic planning)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="31" />
        <source>Print the first home activities (Parents → Print home activities…)</source>
        <translation>Print the first home activities (Parents → Print home activities…)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="40" />
        <source>Go there</source>
        <translation>Go there</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="41" />
        <source>Go to: %1</source>
        <translation>Go to: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="55" />
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="56" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="55" />
        <location filename="../../../../wishdesk/gui/widgets/getting_started.py" line="56" />
        <source>to do</source>
        <translation>to do</translation>
    </message>
</context>
</TS>