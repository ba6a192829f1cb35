<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>VersionCompare</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="53"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="52"/>
        <source>My version</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="52"/>
        <source>Their version</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="55"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="62"/>
        <source>differs</source>
        <translation>verschilt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="75"/>
        <source>My version of %1</source>
        <translation>Mijn versie van %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="76"/>
        <source>Their version of %1</source>
        <translation>Hun versie van %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="88"/>
        <source>mine</source>
        <translation>mijn</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="88"/>
        <source>theirs</source>
        <translation>hun</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="91"/>
        <source>Keep %1 for %2</source>
        <translation>%1 bewaren voor %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="110"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="112"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="112"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/version_compare.py" line="114"/>
        <source>(sealed text)</source>
        <translation>(verzegelde tekst)</translation>
    </message>
</context>
</TS>
