<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>FamilyPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="37"/>
        <source>Family and consents</source>
        <translation>Ouders en toestemmingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="40"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="40"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="41"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="42"/>
        <source>Messages by</source>
        <translation>Berichten via</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="43"/>
        <source>Parent of</source>
        <translation>Ouder van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="46"/>
        <source>Consent for</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="47"/>
        <source>Granted</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="48"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="49"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="51"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="65"/>
        <source>Parents and carers</source>
        <translation>Ouders en verzorgers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="52"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="68"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="55"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="56"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="59"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="57"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="58"/>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="60"/>
        <source>Withdrawn today</source>
        <translation>Vandaag ingetrokken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="61"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="64"/>
        <source>Only what letters need: language and how parents want to hear from school. No addresses.</source>
        <translation>Alleen wat nodig is voor brieven: de taal en hoe ouders bericht willen krijgen. Geen adressen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="68"/>
        <source>A withdrawn consent stays on record with its date.</source>
        <translation>Een ingetrokken toestemming blijft bewaard, met de datum van intrekken.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="148"/>
        <source>Withdraw consent of %1</source>
        <translation>Toestemming van %1 intrekken</translation>
    </message>
</context>
</TS>
