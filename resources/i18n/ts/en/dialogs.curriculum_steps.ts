<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="33" />
        <source>Steps of the lesson</source>
        <translation>Steps of the lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="34" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="34" />
        <source>Who leads</source>
        <translation>Who leads</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="34" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="41" />
        <source>What happens in the selected step</source>
        <translation>What happens in the selected step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="45" />
        <source>What happens in the selected step:</source>
        <translation>What happens in the selected step:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="47" />
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="48" />
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="49" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="50" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="96" />
        <source>Minutes of step %1</source>
        <translation>Minutes of step %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="99" />
        <source>Who leads step %1</source>
        <translation>Who leads step %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="109" />
        <source>Dutch: %1</source>
        <translation>Dutch: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_steps.py" line="150" />
        <source>Together %1 minutes.</source>
        <translation>Together %1 minutes.</translation>
    </message>
</context>
</TS>