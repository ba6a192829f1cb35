<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="36"/>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="39"/>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="40"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="40"/>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="41"/>
        <source>Missing? Add it first under Organisations.</source>
        <translation>Staat hij er niet bij? Voeg hem eerst toe onder Organisaties.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="42"/>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="43"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="44"/>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="45"/>
        <source>What they do for the school</source>
        <translation>Wat zij voor de school doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="45"/>
        <source>e.g. family coach, first contact</source>
        <translation>bijvoorbeeld: gezinscoach, eerste aanspreekpunt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="46"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>PartnerMapTab</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="74"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="77"/>
        <source>Partner map</source>
        <translation>Partnerkaart</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="78"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="78"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="78"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="81"/>
        <source>Add partner…</source>
        <translation>Partner toevoegen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="82"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="83"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="84"/>
        <source>Print partner map…</source>
        <translation>Partnerkaart printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="89"/>
        <source>Map the school&apos;s network: who can you call about a pupil or a family, and what do they do? The school&apos;s own people come from its groups.</source>
        <translation>Breng het netwerk van de school in kaart: wie belt u over een leerling of een gezin, en wat doen zij? De eigen mensen van de school komen uit de groepen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="93"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="134"/>
        <source>The school&apos;s own people</source>
        <translation>Eigen mensen van de school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="148"/>
        <source>No partners yet: use “Add partner”.</source>
        <translation>Nog geen partners: gebruik ‘Partner toevoegen’.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="194"/>
        <source>Save partner map</source>
        <translation>Partnerkaart opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="195"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="201"/>
        <source>Printing partner map</source>
        <translation>Partnerkaart printen</translation>
    </message>
</context>
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_partners.py" line="58"/>
        <source>partner %1</source>
        <translation>partner %1</translation>
    </message>
</context>
</TS>
