<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>VersionCompare</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="53" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="52" />
        <source>My version</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="52" />
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="55" />
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="62" />
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="75" />
        <source>My version of %1</source>
        <translation>My version of %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="76" />
        <source>Their version of %1</source>
        <translation>Their version of %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="88" />
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="88" />
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="91" />
        <source>Keep %1 for %2</source>
        <translation>Keep %1 for %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="110" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="112" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="112" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="114" />
        <source>(sealed text)</source>
        <translation>(sealed text)</translation>
    </message>
</context>
</TS>