<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="65"/>
        <source>Edit concern</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="65"/>
        <source>Record a concern</source>
        <translation>Signaal noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="68"/>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="121"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="78"/>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="122"/>
        <source>Observed on</source>
        <translation>Waargenomen op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="80"/>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="123"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="85"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="87"/>
        <source>Describe what you saw or heard, as facts: what, when, who was there. No diagnosis or opinion.</source>
        <translation>Beschrijf feitelijk wat u zag of hoorde: wat, wanneer, wie er bij waren. Geen diagnose of mening.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="89"/>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="125"/>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="92"/>
        <source>Look at it again on</source>
        <translation>Opnieuw bekijken op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="93"/>
        <source>Set a review date</source>
        <translation>Evaluatiedatum instellen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="96"/>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="98"/>
        <source>Followed up, closed</source>
        <translation>Opgevolgd, afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="99"/>
        <source>Concern closed</source>
        <translation>Signaal afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="140"/>
        <source>(no care coordinator set for this school)</source>
        <translation>(voor deze school is geen intern begeleider ingesteld)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="141"/>
        <source>Only you and the care coordinator of the school, %1, can see this concern. It never appears in exports or reports.</source>
        <translation>Alleen u en de intern begeleider van de school, %1, zien dit signaal. Het komt nooit in exports of rapportages.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="124"/>
        <source>What did you observe?</source>
        <translation>Wat hebt u gezien of gehoord?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="126"/>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="153"/>
        <source>Choose the pupil.</source>
        <translation>Kies de leerling.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="155"/>
        <source>Describe what you saw or heard.</source>
        <translation>Beschrijf wat u hebt gezien of gehoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="158"/>
        <source>The review date is before the observation.</source>
        <translation>De evaluatiedatum ligt vóór de observatie.</translation>
    </message>
</context>
</TS>
