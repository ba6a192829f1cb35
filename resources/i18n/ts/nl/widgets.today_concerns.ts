<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConcernsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="52"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="53"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="54"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="55"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="56"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="57"/>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="58"/>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="59"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="61"/>
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="65"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="66"/>
        <source>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</source>
        <translation>U ziet de signalen die u zelf schreef, en als intern begeleider die van uw school. Niemand anders ziet ze; ze komen nooit in exports of rapportages.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="69"/>
        <source>New concern…</source>
        <translation>Nieuw signaal…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="70"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="71"/>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="127"/>
        <source>Mark followed up</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="72"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="73"/>
        <source>Remove expired concerns…</source>
        <translation>Verlopen signalen verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="97"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="101"/>
        <source>due</source>
        <translation>nu evalueren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="125"/>
        <source>No concerns to show.</source>
        <translation>Er zijn geen signalen om te tonen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="127"/>
        <source>Open again</source>
        <translation>Weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="160"/>
        <source>Record concern</source>
        <translation>Signaal noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="179"/>
        <source>Edit concern</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="185"/>
        <source>Open concern again</source>
        <translation>Signaal weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="185"/>
        <source>Mark concern followed up</source>
        <translation>Signaal afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="198"/>
        <source>Delete concern</source>
        <translation>Signaal verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="214"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="220"/>
        <source>Remove expired concerns</source>
        <translation>Verlopen signalen verwijderen</translation>
    </message>
</context>
</TS>
