<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>VersionCompare</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="43" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="43" />
        <source>My version</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="43" />
        <source>Their version</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="45" />
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="52" />
        <source>differs</source>
        <translation>verschilt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="63" />
        <source>My version of %1</source>
        <translation>Mijn versie van %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="64" />
        <source>Their version of %1</source>
        <translation>Hun versie van %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="76" />
        <source>mine</source>
        <translation>mijn</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="76" />
        <source>theirs</source>
        <translation>hun</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="79" />
        <source>Keep %1 for %2</source>
        <translation>%1 bewaren voor %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="96" />
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="98" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="98" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="100" />
        <source>(sealed text)</source>
        <translation>(verzegelde tekst)</translation>
    </message>
</context>
</TS>