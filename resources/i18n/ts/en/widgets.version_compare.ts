<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>VersionCompare</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="51" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="50" />
        <source>My version</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="50" />
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="53" />
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="60" />
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="71" />
        <source>My version of %1</source>
        <translation>My version of %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="72" />
        <source>Their version of %1</source>
        <translation>Their version of %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="84" />
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="84" />
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="87" />
        <source>Keep %1 for %2</source>
        <translation>Keep %1 for %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="106" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="108" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="108" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="110" />
        <source>(sealed text)</source>
        <translation>(sealed text)</translation>
    </message>
</context>
</TS>