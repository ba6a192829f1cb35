<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConcernsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="55"/>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="56"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="57"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="58"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="59"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="61"/>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="62"/>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="63"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="65"/>
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="69"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="70"/>
        <source>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</source>
        <translation>U ziet de signalen die u zelf schreef, en als intern begeleider die van uw school. Niemand anders ziet ze; ze komen nooit in exports of rapportages.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="73"/>
        <source>New concern…</source>
        <translation>Nieuw signaal…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="74"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="75"/>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="131"/>
        <source>Mark followed up</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="76"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="77"/>
        <source>Remove expired concerns…</source>
        <translation>Verlopen signalen verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="101"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="105"/>
        <source>due</source>
        <translation>nu evalueren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="129"/>
        <source>No concerns to show.</source>
        <translation>Er zijn geen signalen om te tonen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="131"/>
        <source>Open again</source>
        <translation>Weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="157"/>
        <source>Record concern</source>
        <translation>Signaal noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="173"/>
        <source>Edit concern</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="183"/>
        <source>Open concern again</source>
        <translation>Signaal weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="183"/>
        <source>Mark concern followed up</source>
        <translation>Signaal afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="194"/>
        <source>Delete concern</source>
        <translation>Signaal verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="211"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="217"/>
        <source>Remove expired concerns</source>
        <translation>Verlopen signalen verwijderen</translation>
    </message>
</context>
</TS>
