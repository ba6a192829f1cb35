<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="119"/>
        <source>Consent for %1</source>
        <translation>Toestemming voor %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="122"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="123"/>
        <source>Consent for</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="124"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="125"/>
        <source>Granted on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="126"/>
        <source>Withdrawn by the parents</source>
        <translation>Ingetrokken door de ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="128"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="129"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="132"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="133"/>
        <source>e.g. form received on paper</source>
        <translation>bijvoorbeeld: formulier op papier ontvangen</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="62"/>
        <source>New parent or carer</source>
        <translation>Nieuwe ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="62"/>
        <source>Parent or carer</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="67"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="68"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="68"/>
        <source>A new parent or carer</source>
        <translation>Een nieuwe ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="69"/>
        <source>Same as: %1</source>
        <translation>Dezelfde als: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="70"/>
        <source>Brothers and sisters share their parents: choose one to link them.</source>
        <translation>Broers en zussen delen hun ouders: kies er een om ze te koppelen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="73"/>
        <source>Parent of: %1. Changes apply to all their children.</source>
        <translation>Ouder van: %1. Wijzigingen gelden voor al deze kinderen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="77"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="78"/>
        <source>Name (optional)</source>
        <translation>Naam (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="78"/>
        <source>e.g. mother of Sem</source>
        <translation>bijvoorbeeld: moeder van Sem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="79"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="80"/>
        <source>Language for letters</source>
        <translation>Taal voor brieven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="81"/>
        <source>Home activities are printed in this language when available.</source>
        <translation>Thuisopdrachten worden in deze taal geprint als die er is.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="82"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="83"/>
        <source>Prefers messages by</source>
        <translation>Wil bericht via</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="27"/>
        <source>New pupil</source>
        <translation>Nieuwe leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="30"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="31"/>
        <source>First name or pseudonym</source>
        <translation>Voornaam of schuilnaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="32"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="43"/>
        <source>Only a first name or pseudonym: no surname (privacy).</source>
        <translation>Alleen een voornaam of schuilnaam: geen achternaam (privacy).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="33"/>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="34"/>
        <source>Boy or girl</source>
        <translation>Jongen of meisje</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="34"/>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="46"/>
        <source>This group has separate practice lessons for boys and girls; choose one so the pupil is in the right lessons.</source>
        <translation>Deze groep heeft aparte praktijklessen voor jongens en meisjes; kies er een, dan zit de leerling in de juiste lessen.</translation>
    </message>
</context>
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="145"/>
        <source>pupil %1</source>
        <translation>leerling %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="156"/>
        <source>a parent or carer</source>
        <translation>een ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="166"/>
        <source>consent %1</source>
        <translation>toestemming %1</translation>
    </message>
</context>
</TS>
