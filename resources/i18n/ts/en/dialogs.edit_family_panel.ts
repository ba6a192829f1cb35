<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FamilyPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="37" />
        <source>Family and consents</source>
        <translation>Family and consents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="40" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="40" />
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="41" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="42" />
        <source>Messages by</source>
        <translation>Messages by</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="43" />
        <source>Parent of</source>
        <translation>Parent of</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="46" />
        <source>Consent for</source>
        <translation>Consent for</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="47" />
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="48" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="49" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="51" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="65" />
        <source>Parents and carers</source>
        <translation>Parents and carers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="52" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="68" />
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="55" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="56" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="59" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="57" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="58" />
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="60" />
        <source>Withdrawn today</source>
        <translation>Withdrawn today</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="61" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="64" />
        <source>Only what letters need: language and how parents want to hear from school. No addresses.</source>
        <translation>Only what letters need: language and how parents want to hear from school. No addresses.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="68" />
        <source>A withdrawn consent stays on record with its date.</source>
        <translation>A withdrawn consent stays on record with its date.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_family_panel.py" line="148" />
        <source>Withdraw consent of %1</source>
        <translation>Withdraw consent of %1</translation>
    </message>
</context>
</TS>