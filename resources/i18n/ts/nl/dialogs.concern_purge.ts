<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="29"/>
        <source>Remove expired concerns</source>
        <translation>Verlopen signalen verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="31"/>
        <source>(not yours to see)</source>
        <translation>(niet zichtbaar voor u)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="34"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="35"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="36"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="37"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="38"/>
        <source>Observed on</source>
        <translation>Waargenomen op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="40"/>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="42"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="46"/>
        <source>Concerns that will be removed</source>
        <translation>Signalen die worden verwijderd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="52"/>
        <source>Retention in years after the school year</source>
        <translation>Bewaartermijn in jaren na het schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="53"/>
        <source> year(s)</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="54"/>
        <source>Apply retention</source>
        <translation>Bewaartermijn toepassen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="55"/>
        <source>Apply retention period</source>
        <translation>Bewaartermijn toepassen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="58"/>
        <source>Keep concerns until the end of the school year plus</source>
        <translation>Signalen bewaren tot het einde van het schooljaar plus</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="79"/>
        <source>Remove %1 concern(s) for good</source>
        <translation>%1 signaal/signalen definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="82"/>
        <source>These concerns are past their retention period and will be removed permanently. This cannot be undone.</source>
        <translation>Deze signalen zijn over hun bewaartermijn heen en worden definitief verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_purge.py" line="85"/>
        <source>No concern is past its retention period. Nothing will be removed.</source>
        <translation>Geen enkel signaal is over de bewaartermijn heen. Er wordt niets verwijderd.</translation>
    </message>
</context>
</TS>
