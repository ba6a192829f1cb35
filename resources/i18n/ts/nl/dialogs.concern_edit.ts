<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="66" />
        <source>Edit concern</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="66" />
        <source>Record a concern</source>
        <translation>Signaal noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="69" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="122" />
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="79" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="123" />
        <source>Observed on</source>
        <translation>Waargenomen op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="81" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="124" />
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="86" />
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="88" />
        <source>Describe what you saw or heard, as facts: what, when, who was there. No diagnosis or opinion.</source>
        <translation>Beschrijf feitelijk wat u zag of hoorde: wat, wanneer, wie er bij waren. Geen diagnose of mening.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="90" />
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="126" />
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="93" />
        <source>Look at it again on</source>
        <translation>Opnieuw bekijken op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="94" />
        <source>Set a review date</source>
        <translation>Evaluatiedatum instellen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="97" />
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="99" />
        <source>Followed up, closed</source>
        <translation>Opgevolgd, afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="100" />
        <source>Concern closed</source>
        <translation>Signaal afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="144" />
        <source>Only you and the care coordinator of the school, %1, can see this concern. It never appears in exports or reports.</source>
        <translation>Alleen u en de intern begeleider van de school, %1, zien dit signaal. Het komt nooit in exports of rapportages.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="125" />
        <source>What did you observe?</source>
        <translation>Wat hebt u gezien of gehoord?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="127" />
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="147" />
        <source>Only you can see this concern: no care coordinator is set for this school yet (once one is, they can read it too). It never appears in exports or reports.</source>
        <translation>Alleen u ziet dit signaal: voor deze school is nog geen intern begeleider ingesteld (zodra dat wel zo is, kan die het ook lezen). Het komt nooit in exports of rapportages.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="168" />
        <source>Discard concern?</source>
        <translation>Signaal weggooien?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="169" />
        <source>What you typed is not saved anywhere. Discard it?</source>
        <translation>Wat u typte is nergens bewaard. Weggooien?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="179" />
        <source>Choose the pupil.</source>
        <translation>Kies de leerling.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="181" />
        <source>Describe what you saw or heard.</source>
        <translation>Beschrijf wat u hebt gezien of gehoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/concern_edit.py" line="184" />
        <source>The review date is before the observation.</source>
        <translation>De evaluatiedatum ligt vóór de observatie.</translation>
    </message>
</context>
</TS>