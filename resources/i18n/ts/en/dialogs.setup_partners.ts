<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="36" />
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="39" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="40" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="40" />
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="41" />
        <source>Missing? Add it first under Organisations.</source>
        <translation>Missing? Add it first under Organisations.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="42" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="43" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="44" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="45" />
        <source>What they do for the school</source>
        <translation>What they do for the school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="45" />
        <source>e.g. family coach, first contact</source>
        <translation>e.g. family coach, first contact</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="46" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PartnerMapTab</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="74" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="77" />
        <source>Partner map</source>
        <translation>Partner map</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="78" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="78" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="78" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="81" />
        <source>Add partner…</source>
        <translation>Add partner…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="82" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="83" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="84" />
        <source>Print partner map…</source>
        <translation>Print partner map…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="89" />
        <source>Map the school's network: who can you call about a pupil or a family, and what do they do? The school's own people come from its groups.</source>
        <translation>Map the school's network: who can you call about a pupil or a family, and what do they do? The school's own people come from its groups.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="93" />
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="134" />
        <source>The school's own people</source>
        <translation>The school's own people</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="148" />
        <source>No partners yet: use “Add partner”.</source>
        <translation>No partners yet: use “Add partner”.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="194" />
        <source>Save partner map</source>
        <translation>Save partner map</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="195" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="201" />
        <source>Printing partner map</source>
        <translation>Printing partner map</translation>
    </message>
</context>
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="58" />
        <source>partner %1</source>
        <translation>partner %1</translation>
    </message>
</context>
</TS>